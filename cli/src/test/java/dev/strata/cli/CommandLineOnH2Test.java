package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.Migrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against the real runtime and a real (in-memory) H2 database. */
class CommandLineOnH2Test {

  private ShopOnH2 shop;

  @BeforeEach
  void openDatabase() throws SQLException {
    shop = new ShopOnH2();
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    shop.close();
  }

  private CliRun strata(String... args) {
    return shop.strata(args);
  }

  private CliRun strata(boolean allowFuture, String... args) {
    return shop.strata(allowFuture, args);
  }

  @Test
  void readOnlyCommands_neverCreateAnH2FileDatabase(@TempDir Path dir) throws IOException {
    String typo = "jdbc:h2:file:" + dir.resolve("shpo");

    for (String command : List.of("status", "validate", "plan", "changes", "journal")) {
      CliRun run = strata(command, "--url", typo);

      assertEquals(ExitCode.CONNECTION.code(), run.exitCode(), command + ": " + run.err());
      assertTrue(run.err().startsWith("error: Cannot connect to " + typo), run.err());
      assertTrue(run.err().contains("never create a database; migrate creates it"), run.err());
    }
    try (var files = Files.list(dir)) {
      assertEquals(List.of(), files.toList());
    }
    CliRun migrate = strata("migrate", "--url", typo);
    assertEquals(0, migrate.exitCode(), migrate.err());
    assertEquals(0, strata("status", "--url", typo).exitCode());
  }

  @Test
  void migrate_printsALinePerMigrationAndASummary() {
    CliRun run = strata("migrate");

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(4, lines.size(), run.out());
    assertTrue(lines.get(0).matches("\\[1/3] 1  create authors \\.\\.\\. \\d+ ms"), lines.get(0));
    assertTrue(lines.get(1).matches("\\[2/3] 2  seed authors \\.\\.\\. \\d+ ms"), lines.get(1));
    assertTrue(lines.get(2).matches("\\[3/3] 3  add country \\.\\.\\. \\d+ ms"), lines.get(2));
    assertTrue(
        lines.get(3).matches("Applied 3 migrations in \\d+ ms; the database is at version 3\\."),
        lines.get(3));
    assertEquals("", run.err());
  }

  @Test
  void migrateTarget_thenStatus_showsAppliedAndPending() {
    assertEquals(0, strata("migrate", "--target", "2").exitCode());

    CliRun status = strata("status");

    assertEquals(0, status.exitCode(), status.err());
    List<String> lines = status.out().lines().toList();
    assertTrue(
        lines.get(0).startsWith("Version  Description     State    Installed on (UTC)"),
        status.out());
    assertTrue(
        lines
            .get(2)
            .matches(
                "1        create authors  applied  \\d{4}-\\d\\d-\\d\\d "
                    + "\\d\\d:\\d\\d:\\d\\d +\\d+ ms"),
        lines.get(2));
    assertEquals("3        add country     pending", lines.get(4));
    assertEquals("3 migrations: 1 pending, 2 applied.", lines.get(5));
  }

  /** Every row, oldest first: an undone migration shows both its rows, and its owners. */
  @Test
  void history_listsEveryRow_includingUndone() {
    assertEquals(0, strata("migrate", "--target", "2").exitCode());
    assertEquals(0, strata("undo", "--to", "1").exitCode());

    CliRun history = strata("history");

    assertEquals(0, history.exitCode(), history.err());
    List<String> lines = history.out().lines().toList();
    assertEquals(6, lines.size(), history.out());
    assertTrue(
        lines
            .get(0)
            .matches(
                "Rank  Version  Description     Type     Installed by  Installed on \\(UTC\\) +"
                    + "Duration  Success  Owners"),
        lines.get(0));
    String when = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +\\d+ ms";
    assertTrue(
        lines
            .get(2)
            .matches("   1  1        create authors  migrate  SA  +" + when + "  yes      team"),
        lines.get(2));
    assertTrue(
        lines
            .get(3)
            .matches("   2  2        seed authors    migrate  SA  +" + when + "  yes      team"),
        lines.get(3));
    assertTrue(
        lines
            .get(4)
            .matches("   3  2        seed authors    undo     SA  +" + when + "  yes      team"),
        lines.get(4));
    assertEquals("3 history rows.", lines.get(5));
  }

  @Test
  void history_ofANewDatabase_saysThereIsNone() {
    CliRun history = strata("history");

    assertEquals(0, history.exitCode(), history.err());
    assertEquals("No history: nothing has been applied to this database yet.\n", history.out());
  }

  @Test
  void plan_printsTheSqlOfPendingMigrations_withoutRunningThem() {
    CliRun plan = strata("plan");

    assertEquals(0, plan.exitCode(), plan.err());
    assertTrue(plan.out().startsWith("-- 3 pending migrations, rendered for H2\n"), plan.out());
    assertTrue(
        plan.out()
            .contains(
                "-- 2  seed authors\ninsert into authors (id, name) values " + "(1, 'Le Guin');\n"),
        plan.out());
    assertTrue(
        strata("status").out().endsWith("\n3 migrations: 3 pending.\n"), "plan applied nothing");
  }

  @Test
  void validate_undo_andRefusedUndo() {
    strata("migrate");

    CliRun valid = strata("validate");
    CliRun refused = strata("undo", "--to", "1");
    CliRun undoSeed = strata("undo", "--to", "3");

    assertEquals(0, valid.exitCode(), valid.err());
    assertEquals("Valid: the history matches the migrations in the code.\n", valid.out());
    assertEquals(ExitCode.UNDO_REFUSED.code(), refused.exitCode(), refused.err());
    assertEquals(1, refused.err().lines().count(), refused.err());
    assertTrue(refused.err().startsWith("error: "), refused.err());
    assertTrue(refused.err().contains("3"), "names the migration: " + refused.err());
    assertEquals(0, undoSeed.exitCode(), undoSeed.err());
    assertEquals("Nothing to undo: the database is at version 3.\n", undoSeed.out());
  }

  @Test
  void baseline_onAnExistingDatabase_skipsOlderMigrations() {
    CliRun baseline = strata("baseline", "--version", "2");
    CliRun migrate = strata("migrate");

    assertEquals(0, baseline.exitCode(), baseline.err());
    assertEquals(
        "Baselined at version 2: migrations up to it will not be applied.\n", baseline.out());
    assertEquals(
        ExitCode.MIGRATION_FAILED.code(),
        migrate.exitCode(),
        "3 alters a table that 1 would have created: " + migrate.out() + migrate.err());
    assertTrue(migrate.out().startsWith("[1/1] 3  add country ... FAILED\n"), migrate.out());
  }

  @Test
  void repair_onAHealthyHistory_saysNothingToRepair() {
    strata("migrate");

    CliRun repair = strata("repair");

    assertEquals(0, repair.exitCode(), repair.err());
    assertEquals(
        "Nothing to repair: no failed entries, every checksum matches the code.\n", repair.out());
  }

  /** Build N+1: the shop and a fourth migration, applied before the deploy went back to SHOP. */
  private void migrateWithANewerBuild() {
    MigrationDescriptor addCity =
        ShopOnH2.migration(
            "4",
            "add city",
            db -> db.execute("alter table authors add column city varchar(50)"),
            null);
    MigrationRegistry newer =
        () -> Stream.concat(ShopOnH2.SHOP.migrations().stream(), Stream.of(addCity)).toList();
    Migrator.builder()
        .url(shop.url)
        .user("sa")
        .password("right-pw")
        .registry(newer)
        .build()
        .migrate();
  }

  @Test
  void afterARollback_statusShowsFuture_andNoAllowFutureExitsWithValidation() {
    migrateWithANewerBuild();

    CliRun status = strata("status");
    CliRun migrate = strata("migrate");
    CliRun strictMigrate = strata("migrate", "--no-allow-future");
    CliRun strictValidate = strata("validate", "--no-allow-future");
    CliRun strictApplication = strata(false, "validate");
    CliRun lenientValidate = strata(false, "validate", "--allow-future");
    CliRun repair = strata("repair");
    CliRun undo = strata("undo", "--to", "2");

    assertEquals(0, status.exitCode(), status.err());
    List<String> lines = status.out().lines().toList();
    assertTrue(lines.get(5).matches("4 +add city +future +\\d{4}-.*"), status.out());
    assertEquals("4 migrations: 3 applied, 1 future.", lines.get(6));
    assertEquals(0, migrate.exitCode(), migrate.err());
    assertEquals("Nothing to migrate: the database is at version 4.\n", migrate.out());
    for (CliRun tolerated : List.of(migrate, lenientValidate)) {
      List<String> warning = tolerated.err().lines().toList();
      assertEquals(1, warning.size(), tolerated.err());
      assertTrue(
          warning.get(0).startsWith("warning: The database has version 4 applied, above every"),
          tolerated.err());
      assertTrue(
          warning
              .get(0)
              .endsWith("--no-allow-future, or allowFuture(false) on Migrator.builder()."),
          warning.get(0));
    }
    assertEquals("", status.err());
    for (CliRun refused : List.of(strictMigrate, strictValidate, strictApplication)) {
      assertEquals(ExitCode.VALIDATION.code(), refused.exitCode(), refused.err());
      assertEquals(1, refused.err().lines().count(), refused.err());
      assertTrue(
          refused.err().contains("version 4 applied, above every migration this build knows"),
          refused.err());
      assertTrue(refused.err().contains("--allow-future, or allowFuture(true)"), refused.err());
    }
    assertEquals(0, lenientValidate.exitCode(), lenientValidate.err());
    assertEquals(0, repair.exitCode(), repair.err());
    assertTrue(
        repair.out().contains("Left as they are: 4, applied by a newer build"), repair.out());
    assertEquals(ExitCode.UNDO_REFUSED.code(), undo.exitCode(), undo.err());
    assertTrue(undo.err().contains("with the build that applied them"), undo.err());
  }

  @Test
  void wrongPassword_isOneLineConnectionError_withoutThePassword() {
    CliRun run = strata("status", "--password", "wrong-pw-123");

    assertAll(
        () -> assertEquals(ExitCode.CONNECTION.code(), run.exitCode(), run.err()),
        () -> assertEquals(1, run.err().lines().count(), run.err()),
        () -> assertTrue(run.err().startsWith("error: "), run.err()),
        () -> assertTrue(run.err().toLowerCase().contains("password"), run.err()),
        () -> assertFalse(run.err().contains("wrong-pw-123"), run.err()),
        () -> assertFalse(run.err().contains("right-pw"), run.err()),
        () -> assertEquals("", run.out()));
  }
}
