package dev.strata.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One run of the command line with its output captured. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(StrataCommandLine.Builder builder, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        builder
            .out(new PrintWriter(out, true))
            .err(new PrintWriter(err, true))
            .build()
            .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** A command line that sees no STRATA_* variables of the machine running the tests. */
  static StrataCommandLine.Builder isolated() {
    return StrataCommandLine.builder().name("strata").environment(Map.of());
  }
}
