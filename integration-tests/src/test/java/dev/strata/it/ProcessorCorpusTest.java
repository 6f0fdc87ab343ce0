package dev.strata.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.StrataProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reliability scenario 8: a generated corpus of malformed migration sources — wrong attribute
 * values, missing parts, broken syntax, half-typed code, huge descriptions, unicode — each compiled
 * on its own by javac with the real processor (one compiler and file manager, a fresh processor per
 * compilation). Every one must yield an error diagnostic and none an uncaught processor exception.
 * A smaller set of extreme but legal sources must compile cleanly.
 */
@Tag("reliability")
class ProcessorCorpusTest {

  /** One generated source: {@code body} is everything after the imports. */
  private record Case(String category, String body) {}

  private static final String BASE_UP = "@Up void up(DSLContext db) { db.execute(\"select 1\"); }";

  private static final List<String> BAD_VERSIONS =
      List.of(
          "\"\"",
          "\" \"",
          "\"1.\"",
          "\".1\"",
          "\"1..2\"",
          "\"-1\"",
          "\"1.a\"",
          "\"v1\"",
          "\"\u0661\"",
          "\"1 2\"",
          "\"1e3\"",
          "\"0x10\"",
          "\"1,2\"",
          "\"\\u0000\"",
          "\"\uff11\"",
          "\"1.-2\"",
          "\"+1\"",
          "\"1.2.3.\"",
          "\"\\t1\"",
          "\"1\\n\"",
          "\"NaN\"",
          "\"\u221e\"",
          "\"1_000\"",
          "\"1/2\"");

  private static final List<String> DESCRIPTIONS =
      List.of(
          "", // derived from the class name
          ", description = \"plain\"",
          ", description = \"" + "huge description ".repeat(1200) + "\"",
          ", description = \"\u00dcn\u00efc\u00f8d\u00e9 \u540d\u524d \ud83d\ude80 \u202e rtl e\u0301\"",
          ", description = \"quote \\\" backslash \\\\ */ /* \\n newline \\u0000 nul\"",
          ", description = \"lone \\uD800 surrogate\"");

  private static final List<String> SHAPES =
      List.of(
          BASE_UP,
          "@PreCheck(\"ready\") boolean ready(DSLContext db) { return true; } "
              + BASE_UP
              + " @PostCheck(\"done\") boolean done(DSLContext db) { return true; }",
          "@Up(dialects = Dialect.H2) void h2(DSLContext db) {} @Up(dialects = Dialect.POSTGRES) void pg(DSLContext db) {}"
              + " @Down void down(DSLContext db) {}");

  /** Annotation contents with a wrong or missing attribute. */
  private static final List<String> BAD_ATTRIBUTES =
      List.of(
          "version = 1",
          "version = 1.5",
          "version = {\"1\", \"2\"}",
          "version = null",
          "version = VERSION",
          "",
          "description = \"no version\"",
          "version = \"1\", dependsOn = \"Other\"",
          "version = \"1\", dependsOn = String.class",
          "version = \"1\", dependsOn = M.class",
          "version = \"1\", dependsOn = Missing.class",
          "version = \"1\", dependsOn = {M.class, M.class}",
          "version = \"1\", transactional = \"yes\"",
          "version = \"1\", transactional = 1",
          "version = \"1\", owners = 5",
          "version = \"1\", tags = {1, 2}",
          "version = \"1\", description = 5",
          "version = \"1\", description = null",
          "version = \"1\", foo = 1",
          "version = \"1\", version = \"2\"",
          "version = \"1\",",
          "version = \"1\" description = \"x\"",
          "version = \"1\", dependsOn = ",
          "version = ",
          "version",
          "version = \"1\", dependsOn = int.class",
          "version = \"1\", dependsOn = java.util.List<String>.class",
          "version = \"1\", owners = {null}",
          "version = \"1\" + 2 +");

  /** Whole class declarations with a missing or wrong part (after the imports). */
  private static final List<String> BAD_CLASSES =
      List.of(
          "@Migration(version = \"1\") final class M {}",
          "@Migration(version = \"1\") final class M { @Down void down(DSLContext db) {} }",
          "@Migration(version = \"1\") final class M { @Up void up() {} }",
          "@Migration(version = \"1\") final class M { @Up void up(DSLContext db, int x) {} }",
          "@Migration(version = \"1\") final class M { @Up int up(DSLContext db) { return 1; } }",
          "@Migration(version = \"1\") final class M { @Up private void up(DSLContext db) {} }",
          "@Migration(version = \"1\") final class M { @Up static void up(DSLContext db) {} }",
          "@Migration(version = \"1\") abstract class M { @Up abstract void up(DSLContext db); }",
          "@Migration(version = \"1\") final class M { @Up <T> void up(DSLContext db) {} }",
          "@Migration(version = \"1\") final class M { @Up void up(String db) {} }",
          "@Migration(version = \"1\") final class M { @Up void a(DSLContext db) {} @Up void b(DSLContext db) {} }",
          "@Migration(version = \"1\") final class M { @PreCheck(\"x\") void x(DSLContext db) {} "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\") final class M { @PostCheck(\"x\") Boolean x(DSLContext db) { return true; } "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\") final class M { @PreCheck boolean x(DSLContext db) { return true; } "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\") final class M { @PreCheck(\"x\") boolean x(DSLContext db) { } "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\") interface M { "
              + BASE_UP.replace("{ db.execute(\"select 1\"); }", ";")
              + " }",
          "@Migration(version = \"1\") enum M { A; " + BASE_UP + " }",
          "@Migration(version = \"1\") record M(int x) { " + BASE_UP + " }",
          "@Migration(version = \"1\") @interface M {}",
          "@Migration(version = \"1\") private final class M { " + BASE_UP + " }",
          "@Migration(version = \"1\") final class M { private M() {} " + BASE_UP + " }",
          "@Migration(version = \"1\") final class M { M(int x) {} " + BASE_UP + " }",
          "final class Outer { @Migration(version = \"1\") final class M { " + BASE_UP + " } }",
          "final class M { " + BASE_UP + " }",
          "final class M { @PreCheck(\"x\") boolean x(DSLContext db) { return true; } }",
          "@Migration(version = \"1\") final class M { @Up void up(DSLContex db) {} }",
          "@Migration(version = \"1\") final class M { @Up void up(DSLContext db) { db. } }",
          "@Migration(version = \"1\") final class M { @Up void up(DSLContext db) { db.nothing(); } }",
          "@Migration(version = \"1\") final class M extends Missing { " + BASE_UP + " }",
          "@Migration(version = \"1\") final class M implements Missing { " + BASE_UP + " }",
          "@Migration(version = \"1\") final class M { @javax.inject.Inject M(Missing m) {} "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\") final class M { @Up Missing up(DSLContext db) { return null; } }",
          "@Migration(version = \"1\") final class M { @Up(dialects = Dialect.MYSQL) void up(DSLContext db) {} }",
          "@Migration(version = \"1\") final class M { @Up(timeoutSeconds = -1) void up(DSLContext db) {} }",
          "@Migration(version = \"1\") final class M { @Up(retries = -1) void up(DSLContext db) {} }",
          "@Migration(version = \"1\") final class M { @Up(timeoutSeconds = \"1\") void up(DSLContext db) {} }",
          "@Migration(version = \"1\") final class M { @Up(dialects = {Dialect.H2, Dialect.H2}) void a(DSLContext db) {}"
              + " @Up(dialects = Dialect.H2) void b(DSLContext db) {} }",
          "@Migration(version = \"1\") final class M { @Up @PreCheck(\"x\") boolean up(DSLContext db) { return true; } }",
          "@Migration(version = \"1\") @Migration(version = \"2\") final class M { "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\") final class M { @Up void up(DSLContext db) throws Missing {} }",
          "@Migration(version = \"1\") final class M { @Up void up(DSLContext... db) {} }",
          "@Migration(version = \"1\") final class M { @Up void up(DSLContext db) { return 1; } }",
          "@Migration(version = \"1\", dependsOn = N.class) final class M { "
              + BASE_UP
              + " }"
              + " @Migration(version = \"2\", dependsOn = M.class) final class N { "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\") final class M { "
              + BASE_UP
              + " }"
              + " @Migration(version = \"1.0\") final class N { "
              + BASE_UP
              + " }",
          "@Migration(version = \"3\", dependsOn = N.class) final class M { "
              + BASE_UP
              + " }"
              + " @Migration(version = \"2\", dependsOn = O.class) final class N { "
              + BASE_UP
              + " }"
              + " @Migration(version = \"1\", dependsOn = M.class) final class O { "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\", dependsOn = N.class) final class M { "
              + BASE_UP
              + " } final class N {}",
          "@Migration(version = \"1\") final class M { "
              + BASE_UP
              + " } @Migration(version = \"1\") final class N { }",
          "@Migration(version = \"2\") final class \u00d1\u00e4m\u00eb { @Up void \u00fcp(DSLContext db) {} } final class M { @Up void x() {} }",
          "@Migration(version = \"1\") final class \u540d\u524d { @Up void up(DSLContext db) {} } @Migration(version = \"1\") final class M { "
              + BASE_UP
              + " }");

  /** Legal but extreme: these must compile cleanly. */
  private static final List<String> EXTREMES =
      List.of(
          "@Migration(version = \"99999999999999999999999999999999.0.0007\") final class M { "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\", description = \""
              + "x".repeat(60_000)
              + "\") final class M { "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\", description = \"\u00dcn\u00efc\u00f8d\u00e9 \u540d\u524d \ud83d\ude80 \u202e rtl\") final class M { "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\", description = \"quote \\\" backslash \\\\ */ /* \\n newline \\u0000\") final class M { "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\", description = \"lone \\uD800 surrogate\") final class M { "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\", description = \"\") final class M { " + BASE_UP + " }",
          "@Migration(version = \"1\", owners = {\"\u00e9quipe\", \"*/\"}, tags = {\"\\\"\", \"\"}) final class M { "
              + BASE_UP
              + " }",
          "@Migration(version = \"1\") final class \u00d1\u00e4m\u00eb\u540d { @Up void \u00fcp(DSLContext db) {} }",
          "@Migration(version = \"1\") final class M { @Up(timeoutSeconds = 2147483647, retries = 2147483647) void up(DSLContext db) {} }",
          "@Migration(version = \"00001.000\") final class M { " + BASE_UP + " }");

  static List<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    for (String version : BAD_VERSIONS) {
      for (String description : DESCRIPTIONS) {
        for (String shape : SHAPES) {
          cases.add(
              new Case(
                  "bad version",
                  "@Migration(version = "
                      + version
                      + description
                      + ") final class M { "
                      + shape
                      + " }"));
        }
      }
    }
    for (String attributes : BAD_ATTRIBUTES) {
      for (String description : List.of("", DESCRIPTIONS.get(2), DESCRIPTIONS.get(3))) {
        String withDescription =
            attributes.contains("description") || description.isEmpty()
                ? attributes
                : attributes + description;
        cases.add(
            new Case(
                "wrong attribute",
                "final class Other {} @Migration("
                    + withDescription
                    + ") final class M { "
                    + BASE_UP
                    + " }"));
      }
    }
    for (String type : BAD_CLASSES) {
      cases.add(new Case("missing or wrong part", type));
      cases.add(
          new Case(
              "missing or wrong part",
              "/* \u00fcnic\u00f8de \ud83d\ude80 */ "
                  + type.replace("final class M", "final class M\u00e9")
                      .replace("M.class", "M\u00e9.class")));
    }
    String valid =
        "@Migration(version = \"7\", description = \"valid \u00fcnic\u00f8de\", dependsOn = {})\n"
            + "final class M {\n  @PreCheck(\"ready\") boolean ready(DSLContext db) { return true; }\n"
            + "  @Up(timeoutSeconds = 5, retries = 1) void up(DSLContext db) { db.execute(\"select 1\"); }\n"
            + "  @Down void down(DSLContext db) { db.execute(\"select 2\"); }\n}\n";
    int classStart = valid.indexOf("@Migration(") + 11;
    for (int cut = classStart; cut < valid.length() - 1; cut += 4) {
      cases.add(new Case("half-typed (truncated)", valid.substring(0, cut)));
    }
    for (char token : new char[] {';', '(', ')', '{', '}', '"', '@', '='}) {
      for (int at = valid.indexOf(token); at >= 0; at = valid.indexOf(token, at + 1)) {
        cases.add(
            new Case(
                "broken syntax (a '" + token + "' removed)",
                valid.substring(0, at) + valid.substring(at + 1)));
      }
    }
    return cases;
  }

  @Test
  void malformedCorpus_everySourceGetsDiagnosticsAndNoneCrashesTheProcessor() throws Exception {
    List<Case> corpus = corpus();
    Path out = Files.createTempDirectory("strata-corpus-");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> problems = new ArrayList<>();
    long start = System.nanoTime();
    int diagnostics = 0;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, UTF_8)) {
      for (int i = 0; i < corpus.size(); i++) {
        Outcome outcome = compile(javac, files, out, i, corpus.get(i).body());
        diagnostics += outcome.errors().size();
        if (outcome.crash() != null) {
          problems.add("#" + i + " (" + corpus.get(i).category() + ") crashed: " + outcome.crash());
        } else if (outcome.errors().isEmpty()) {
          problems.add(
              "#"
                  + i
                  + " ("
                  + corpus.get(i).category()
                  + ") compiled without an error: "
                  + corpus.get(i).body());
        }
      }
      for (int i = 0; i < EXTREMES.size(); i++) {
        Outcome outcome = compile(javac, files, out, corpus.size() + i, EXTREMES.get(i));
        if (outcome.crash() != null || !outcome.errors().isEmpty()) {
          problems.add(
              "extreme #"
                  + i
                  + " did not compile cleanly: "
                  + (outcome.crash() != null ? outcome.crash() : outcome.errors()));
        }
      }
    } finally {
      try (var walk = Files.walk(out)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.out.printf(
        "[reliability] processor corpus: %d malformed sources (%d error diagnostics),"
            + " %d extreme legal ones, %.1f s, %d problems%n",
        corpus.size(),
        diagnostics,
        EXTREMES.size(),
        (System.nanoTime() - start) / 1e9,
        problems.size());
    System.out.println(
        "[reliability] processor corpus by family: "
            + corpus.stream()
                .collect(
                    java.util.stream.Collectors.groupingBy(
                        c -> c.category().replaceAll(" \\(.*", ""),
                        java.util.TreeMap::new,
                        java.util.stream.Collectors.counting())));
    assertTrue(corpus.size() >= 500, "corpus of " + corpus.size());
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  /** Error diagnostics, or the uncaught exception's description. */
  private record Outcome(List<String> errors, String crash) {}

  private static Outcome compile(
      JavaCompiler javac, StandardJavaFileManager files, Path out, int index, String body)
      throws IOException {
    String packageName = "corpus.c" + index;
    String text =
        "package "
            + packageName
            + ";\n\nimport dev.strata.*;\nimport org.jooq.DSLContext;\n"
            + "\n"
            + body
            + "\n";
    DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task =
        javac.getTask(
            null,
            files,
            collected,
            List.of(
                "-d",
                out.toString(),
                "-s",
                out.toString(),
                "-implicit:none",
                "-Xlint:none",
                "-classpath",
                System.getProperty("java.class.path")),
            null,
            List.of(new Scenario.Source(packageName + ".M", text)));
    task.setProcessors(List.of(new StrataProcessor())); // a processor initialises once
    String crash = null;
    try {
      task.call();
    } catch (RuntimeException e) { // javac rethrows what a processor let escape
      crash = e.toString();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : collected.getDiagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      if (message.contains("[strata:internal]")
          || message.contains("threw an uncaught exception")) {
        crash = message;
      }
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(message);
      }
    }
    return new Outcome(errors, crash);
  }
}
