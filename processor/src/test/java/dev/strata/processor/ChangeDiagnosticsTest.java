package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiler.compile;
import static dev.strata.processor.DiagnosticsTest.assertOnlyError;
import static dev.strata.processor.DiagnosticsTest.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics of changes, gates and attestations (docs/compile-time-checks.md), each with its
 * whole message and its line; {@link LibraryChangeTest} checks a change across two compilations.
 */
class ChangeDiagnosticsTest {

  /** A migration of change {@code users-full-name} at {@code stage}, with {@code extra} lines. */
  static JavaFileObject stage(String name, String version, String stage, String... extra) {
    String[] lines = new String[4 + extra.length];
    lines[0] = "@Migration(version = \"" + version + "\")";
    lines[1] = "@Change(name = \"users-full-name\", stage = Stage." + stage + ")";
    System.arraycopy(extra, 0, lines, 2, extra.length);
    lines[2 + extra.length] = "final class " + name + " {";
    lines[3 + extra.length] = "  @Up void up(DSLContext db) {}\n}";
    return source(name, lines);
  }

  /** Migration {@code DropFirstName} with {@code members} beside its {@code @Up}. */
  static JavaFileObject gated(String... members) {
    String[] lines = new String[members.length + 4];
    lines[0] = "@Migration(version = \"15\")";
    lines[1] = "final class DropFirstName {";
    System.arraycopy(members, 0, lines, 2, members.length);
    lines[members.length + 2] = "  @Up void up(DSLContext db) {}";
    lines[members.length + 3] = "}";
    return source("DropFirstName", lines);
  }

  private static final String ATTESTED = "@Attested(\"a DBA confirmed it\")";

  @Test
  void badChange_invalidName() {
    JavaFileObject source =
        source(
            "AddFullName",
            "@Migration(version = \"12\")",
            "@Change(",
            "    name = \"Users Full Name\",",
            "    stage = Stage.EXPAND)",
            "final class AddFullName {",
            "  @Up void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-change] @Change name \"Users Full Name\" is not valid: it must start with a"
            + " lowercase letter or a digit and have only lowercase letters, digits, '.', '_' and"
            + " '-'; write it as \"users-full-name\"",
        "name = \"Users Full Name\"");
  }

  @Test
  void badChange_emptyName() {
    JavaFileObject source =
        source(
            "AddFullName",
            "@Migration(version = \"12\")",
            "@Change(name = \"\", stage = Stage.EXPAND)",
            "final class AddFullName {",
            "  @Up void up(DSLContext db) {}",
            "}");

    Compilation compilation = compile(source);

    assertOnlyError(
        compilation,
        source,
        "[strata:bad-change] @Change name is empty; name the change in lowercase letters, digits,"
            + " '.', '_' and '-', such as \"users-full-name\"",
        "@Change(");
    assertThat(compilation).hadErrorContaining("[strata:bad-change]").inFile(source).onLine(7);
  }

  @Test
  void badChange_withoutMigration() {
    JavaFileObject source =
        source(
            "FullNameNotes",
            "@Change(name = \"users-full-name\", stage = Stage.EXPAND)",
            "final class FullNameNotes {}");

    Compilation compilation = compile(source);

    assertOnlyError(
        compilation,
        source,
        "[strata:bad-change] @Change is on \"FullNameNotes\", which has no @Migration, so it is the"
            + " stage of no change; annotate \"FullNameNotes\" with @Migration, or remove @Change",
        "@Change(");
    assertThat(compilation)
        .hadErrorContaining("[strata:bad-change]")
        .inFile(source)
        .onLine(6)
        .atColumn(1);
  }

  @Test
  void stageOrder() {
    JavaFileObject expand = stage("AddFullName", "12", "EXPAND");
    JavaFileObject backfill = stage("BackfillFullName", "11", "BACKFILL");

    assertOnlyError(
        compile(expand, backfill),
        backfill,
        "[strata:stage-order] \"BackfillFullName\" (version 11) is stage BACKFILL of change"
            + " \"users-full-name\", but \"test.AddFullName\" is at the earlier stage EXPAND with"
            + " version 12, which is not lower, so the stages would apply out of order; give"
            + " \"BackfillFullName\" a version above 12",
        "version = \"11\"");
  }

  /**
   * Every stage of change {@code users-full-name}, two migrations at each of EXPAND and CONTRACT
   * (the contracts out of version order among themselves, which is fine).
   */
  private static Compilation everyStage(String secondExpand) {
    return compile(
        stage("AddFullName", "10", "EXPAND"),
        stage("AddFullNameIndex", secondExpand, "EXPAND"),
        stage("BackfillFullName", "13", "BACKFILL"),
        stage("FullNameNotNull", "14", "CONSTRAIN"),
        stage("DropFirstName", "16", "CONTRACT", ATTESTED),
        stage("DropLastName", "15", "CONTRACT", ATTESTED));
  }

  @Test
  void stageOrder_severalMigrationsPerStageInOrder_compile() {
    assertThat(everyStage("11")).succeededWithoutWarnings();
  }

  @Test
  void stageOrder_againstTheHighestEarlierVersion_andOncePerLaterMigration() {
    Compilation compilation = everyStage("14.5"); // above BACKFILL and CONSTRAIN

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "\"BackfillFullName\" (version 13) is stage BACKFILL of change \"users-full-name\","
                + " but \"test.AddFullNameIndex\" is at the earlier stage EXPAND with version 14.5");
    assertThat(compilation)
        .hadErrorContaining(
            "\"FullNameNotNull\" (version 14) is stage CONSTRAIN of change \"users-full-name\","
                + " but \"test.AddFullNameIndex\" is at the earlier stage EXPAND with version 14.5");
  }

  @Test
  void missingExpand() {
    JavaFileObject backfill = stage("BackfillFullName", "13", "BACKFILL");
    JavaFileObject contract = stage("DropFirstName", "15", "CONTRACT", ATTESTED);

    assertOnlyError(
        compile(contract, backfill),
        backfill,
        "[strata:missing-expand] change \"users-full-name\" has stages BACKFILL and CONTRACT but"
            + " no EXPAND stage, neither in this compilation nor on the classpath, so nothing adds"
            + " the new shape beside the old one; add a migration with @Change(name ="
            + " \"users-full-name\", stage = Stage.EXPAND) and a version below 13, or check the"
            + " change's name",
        "stage = Stage.BACKFILL");
  }

  @Test
  void ungatedContract() {
    JavaFileObject contract = stage("DropFirstName", "15", "CONTRACT");

    Compilation compilation = compile(stage("AddFullName", "12", "EXPAND"), contract);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[strata:ungated-contract] \"DropFirstName\" is the CONTRACT stage of change"
                + " \"users-full-name\" but has no @Gate and no @Attested, so nothing shows that"
                + " the old shape is unused before it is removed; add a @Gate method that checks"
                + " live evidence, or @Attested(\"what a person must confirm\"), or"
                + " @SuppressWarnings(\"strata:ungated-contract\") on \"DropFirstName\"")
        .inFile(contract)
        .onLineContaining("stage = Stage.CONTRACT");
  }

  @Test
  void ungatedContract_notWithAGateOrAnAttestation_norWhenSuppressed() {
    Compilation compilation =
        compile(
            stage("AddFullName", "12", "EXPAND"),
            source(
                "DropFirstName",
                "@Migration(version = \"15\")",
                "@Change(name = \"users-full-name\", stage = Stage.CONTRACT)",
                "final class DropFirstName {",
                "  @Gate(\"no reads\") boolean unread(DSLContext db) { return true; }",
                "  @Up void up(DSLContext db) {}",
                "}"),
            stage("DropLastName", "16", "CONTRACT", ATTESTED),
            stage(
                "DropNickname",
                "17",
                "CONTRACT",
                "@SuppressWarnings(\"strata:ungated-contract\")"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void badSignature_gateReturnType() {
    JavaFileObject source =
        gated(
            "  @Gate(\"no report reads users.first_name\")",
            "  int reads(DSLContext db) { return 0; }");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-signature] @Gate method \"reads\" must return Evidence or boolean, but"
            + " returns int; declare it as Evidence reads(DSLContext db) and return"
            + " Evidence.ok(..) or Evidence.notYet(..)",
        "int reads(");
  }

  @Test
  void badSignature_gateParameter() {
    JavaFileObject source =
        gated(
            "  @Gate(\"no report reads users.first_name\")",
            "  boolean unread(java.sql.Connection db) { return true; }");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-signature] @Gate method \"unread\" must take one parameter,"
            + " org.jooq.DSLContext or dev.strata.runtime.MigrationContext, but takes"
            + " (Connection); declare it as Evidence unread(MigrationContext db) for plain SQL or"
            + " Evidence unread(DSLContext db) for jOOQ's DSL",
        "boolean unread(");
  }

  @Test
  void badAttribute_gateTimeout() {
    JavaFileObject source =
        gated(
            "  @Gate(value = \"no reads\", timeoutSeconds = -1)",
            "  boolean unread(DSLContext db) { return true; }");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-attribute] timeoutSeconds = -1 on @Gate method \"unread\" is negative; write"
            + " 0 for none, or a positive number",
        "timeoutSeconds = -1");
  }

  @Test
  void orphanMethod_gate() {
    JavaFileObject source =
        source(
            "Evidences",
            "final class Evidences {",
            "  @Gate(\"no reads\") boolean unread(DSLContext db) { return true; }",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:orphan-method] @Gate method \"unread\" is in \"Evidences\", which has no"
            + " @Migration, so it never runs (Strata methods are not inherited); annotate"
            + " \"Evidences\" with @Migration, or move the method into a @Migration class",
        "@Gate(");
  }

  @Test
  void orphanMethod_attested() {
    JavaFileObject source =
        source(
            "Confirmations", "@Attested(\"a DBA confirmed it\")", "final class Confirmations {}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:orphan-method] @Attested is on \"Confirmations\", which has no @Migration, so"
            + " nothing waits for the attestation; annotate \"Confirmations\" with @Migration, or"
            + " remove @Attested",
        "@Attested(");
  }
}
