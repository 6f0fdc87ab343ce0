package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiler.compile;
import static dev.strata.processor.DiagnosticsTest.assertOnlyError;
import static dev.strata.processor.DiagnosticsTest.source;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics of {@code @Backfill} (docs/compile-time-checks.md), each with its whole message
 * and its line.
 */
class BackfillDiagnosticsTest {

  private static final String MIGRATION = "@Migration(version = \"13\", transactional = false)";
  private static final String FILL =
      "  int fill(MigrationContext db, KeyRange range) { return 0; }";

  /** Migration {@code BackfillFullName} under {@code migration}, with {@code members}. */
  static JavaFileObject backfill(String migration, String... members) {
    return source(
        "BackfillFullName",
        Stream.of(
                Stream.of(
                    "import dev.strata.runtime.KeyRange;",
                    "import dev.strata.runtime.MigrationContext;",
                    migration,
                    "final class BackfillFullName {"),
                Stream.of(members),
                Stream.of("}"))
            .flatMap(s -> s)
            .toArray(String[]::new));
  }

  @Test
  void badBackfill_inATransactionalMigration() {
    JavaFileObject source =
        backfill(
            "@Migration(version = \"13\")", "  @Backfill(table = \"users\", key = \"id\")", FILL);

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-backfill] @Backfill method \"fill\" commits each batch in a transaction of its"
            + " own, but \"BackfillFullName\" is a transactional migration, which would hold every"
            + " batch in one; declare it @Migration(version = \"13\", transactional = false)",
        "@Backfill(table");
  }

  @Test
  void badBackfill_twoBackfills_onTheSecond() {
    JavaFileObject source =
        backfill(
            MIGRATION,
            "  @Backfill(table = \"users\", key = \"id\")",
            FILL,
            "  @Backfill(table = \"orders\", key = \"id\")",
            "  int fillOrders(MigrationContext db, KeyRange range) { return 0; }");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-backfill] \"BackfillFullName\" has two @Backfill methods, \"fill\" and"
            + " \"fillOrders\", but a migration has one progress row, so it fills one table; move"
            + " \"fillOrders\" to a migration of its own",
        "table = \"orders\"");
  }

  @Test
  void badBackfill_emptyTable_andBlankKey_onTheirValues() {
    JavaFileObject source =
        backfill(MIGRATION, "  @Backfill(", "      table = \"\",", "      key = \" \")", FILL);

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[strata:bad-backfill] @Backfill table on method \"fill\" is empty; name the table"
                + " whose rows the batches walk, such as table = \"users\"")
        .inFile(source)
        .onLineContaining("table = \"\"");
    assertThat(compilation)
        .hadErrorContaining(
            "[strata:bad-backfill] @Backfill key on method \"fill\" is empty; name the table's key"
                + " column, one unique column of an integer, text or UUID type, such as key ="
                + " \"id\"")
        .inFile(source)
        .onLineContaining("key = \" \"");
  }

  @Test
  void badBackfill_batchSizeBelowOne() {
    JavaFileObject source =
        backfill(
            MIGRATION,
            "  @Backfill(table = \"users\", key = \"id\",",
            "      batchSize = 0)",
            FILL);

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-backfill] @Backfill batchSize = 0 on method \"fill\" is below 1, so no batch"
            + " would cover a key; write how many keys a batch covers, such as the default 1000",
        "batchSize = 0");
  }

  @Test
  void badSignature_backfillWithoutItsKeyRange() {
    JavaFileObject source =
        backfill(
            MIGRATION,
            "  @Backfill(table = \"users\", key = \"id\")",
            "  int fill(MigrationContext db) { return 0; }");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-signature] @Backfill method \"fill\" must take the context and the batch's"
            + " keys, but takes (MigrationContext); declare it as int fill(MigrationContext db,"
            + " KeyRange range) for plain SQL or int fill(DSLContext db, KeyRange range) for"
            + " jOOQ's DSL",
        "int fill(");
  }

  @Test
  void badSignature_backfillReturningVoid() {
    JavaFileObject source =
        backfill(
            MIGRATION,
            "  @Backfill(table = \"users\", key = \"id\")",
            "  void fill(DSLContext db, KeyRange range) {}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-signature] @Backfill method \"fill\" must return int, the number of rows the"
            + " batch changed, but returns void; declare it as int fill(DSLContext db, KeyRange"
            + " range)",
        "void fill(");
  }

  @Test
  void badSignature_backfillThatIsAlsoUp_onTheOtherAnnotation() {
    JavaFileObject source =
        backfill(
            MIGRATION, "  @Backfill(table = \"users\", key = \"id\")", "  @Up(retries = 1)", FILL);

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-signature] method \"fill\" is both @Backfill and @Up, but a @Backfill method"
            + " is called once per batch with its keys and has no other role; give @Up a method of"
            + " its own",
        "@Up(retries");
  }

  @Test
  void badAttribute_negativeBackfillCounts_eachOnItsValue() {
    JavaFileObject source =
        backfill(
            MIGRATION,
            "  @Backfill(table = \"users\", key = \"id\",",
            "      pauseMillis = -1,",
            "      targetBatchMillis = -2,",
            "      timeoutSeconds = -3,",
            "      retries = -4)",
            FILL);

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(4);
    String[][] expected = {
      {"pauseMillis", "-1"},
      {"targetBatchMillis", "-2"},
      {"timeoutSeconds", "-3"},
      {"retries", "-4"}
    };
    for (String[] attribute : expected) {
      String written = attribute[0] + " = " + attribute[1];
      assertThat(compilation)
          .hadErrorContaining(
              "[strata:bad-attribute] "
                  + written
                  + " on @Backfill method \"fill\" is negative; write 0 for none, or a positive"
                  + " number")
          .inFile(source)
          .onLineContaining(written);
    }
  }

  @Test
  void orphanMethod_backfillOutsideAMigration() {
    JavaFileObject source =
        source(
            "Fills",
            "import dev.strata.runtime.KeyRange;",
            "import dev.strata.runtime.MigrationContext;",
            "final class Fills {",
            "  @Backfill(table = \"users\", key = \"id\")",
            FILL,
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:orphan-method] @Backfill method \"fill\" is in \"Fills\", which has no"
            + " @Migration, so it never runs (Strata methods are not inherited); annotate \"Fills\""
            + " with @Migration, or move the method into a @Migration class",
        "@Backfill(");
  }
}
