package dev.strata.cli;

import dev.strata.runtime.Migrator;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that needs a database: builds the migrator, then does its one thing. */
abstract class DatabaseCommand implements Callable<Integer> {

  final RootCommand root;

  @Spec CommandSpec spec;

  private boolean json;

  @Option(
      names = "--format",
      paramLabel = "<format>",
      description =
          "table (default), or json: one JSON object on standard output, "
              + "progress and errors on standard error.")
  void format(String value) {
    json =
        switch (value.toLowerCase(Locale.ROOT)) {
          case "table" -> false;
          case "json" -> true;
          default ->
              throw new ParameterException(
                  spec.commandLine(),
                  "Invalid value for option '--format': '%s' is not a format; write table or json"
                      .formatted(value));
        };
  }

  DatabaseCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public final Integer call() {
    if (json) {
      root.jsonCommand = spec.name(); // from here on, a failure is also reported as JSON
    }
    ProgressOption progress = progress();
    Migrator migrator =
        configured(
            root.migrator(
                spec,
                json,
                readOnly(),
                progress == null ? BackfillMeter.Style.LINES : progress.style(json),
                progress == null ? ProgressOption.DEFAULT_INTERVAL : progress.interval()));
    Duration lockTimeout = lockTimeout();
    run(lockTimeout == null ? migrator : migrator.withLockTimeout(lockTimeout), root.context.out());
    return outcome().code();
  }

  /** Whether to print JSON rather than text. */
  final boolean json() {
    return json;
  }

  /** Whether the command only reads: then it must not create the database it was pointed at. */
  boolean readOnly() {
    return false;
  }

  /** The command's {@code --progress} options; null when it runs no backfill. */
  ProgressOption progress() {
    return null;
  }

  /** The application's migrator with this command's own options applied. */
  Migrator configured(Migrator migrator) {
    return migrator;
  }

  /** The {@code --lock-timeout} given, or null for the migrator's own. */
  Duration lockTimeout() {
    return null;
  }

  abstract void run(Migrator migrator, PrintWriter out);

  /** The exit code of a {@link #run} that returned normally. */
  ExitCode outcome() {
    return ExitCode.OK;
  }
}
