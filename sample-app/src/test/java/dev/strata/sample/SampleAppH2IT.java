package dev.strata.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.sample.AppProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar on its default embedded H2 database, each test in a fresh working directory. */
class SampleAppH2IT {

  @TempDir Path dir;

  @Test
  void noArguments_migratesH2UnderData_andPrintsTheStatusTable() {
    Result first = AppProcess.run(dir);
    Result second = AppProcess.run(dir);

    assertEquals(0, first.exitCode(), first.err());
    List<String> lines = first.out().lines().toList();
    assertTrue(lines.get(0).matches("\\[1/15] 1  create authors \\.\\.\\. \\d+ ms"), first.out());
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith("  backfill 13 customers done: 3 keys, 3 rows in 1 batch")),
        "the backfill's progress, as lines off a terminal: " + first.out());
    assertTrue(
        lines.stream()
            .anyMatch(
                l -> l.matches("\\[14/15] 14  require customer name parts \\.\\.\\. \\d+ ms")),
        first.out());
    assertTrue(
        lines.stream()
            .anyMatch(
                l -> l.matches("Applied 14 migrations in .+; the database is at version 14\\.")),
        first.out());
    assertTrue(first.out().contains("\nVersion  Description  "), first.out());
    assertTrue(
        first.out().contains("\n15       drop customer full name       pending\n"),
        "the contract waits for its gate and attestation: " + first.out());
    assertTrue(first.out().endsWith("15 migrations: 1 pending, 14 applied.\n"), first.out());
    assertEquals("", first.err());
    assertTrue(Files.exists(dir.resolve("data/bookshop.mv.db")), "database under ./data/");
    assertFalse(Files.exists(dir.resolve("data/bookshop.trace.db")), "no failed statement traced");
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.out().contains("the database is at version 14."), second.out());
    assertTrue(second.out().endsWith("15 migrations: 1 pending, 14 applied.\n"), second.out());
  }

  @Test
  void readOnlyCommandsOnAMistypedPath_areConnectionErrors_andCreateNothing() throws IOException {
    for (String command : List.of("status", "validate", "plan")) {
      Result result = AppProcess.run(dir, command, "--url", "jdbc:h2:./data/bookshpo");

      result.assertOneLineError(4);
      assertTrue(
          result.err().contains("never create a database; migrate creates it"), result.err());
    }
    assertFalse(Files.exists(dir.resolve("data")), "nothing created");
  }

  @Test
  void status_beforeAndAfter_migrateToATarget() throws SQLException {
    // an empty database that exists (status never creates one)
    DriverManager.getConnection("jdbc:h2:" + dir.resolve("data/bookshop")).close();
    Result before = AppProcess.run(dir, "status");
    Result migrate = AppProcess.run(dir, "migrate", "--target", "4");
    Result after = AppProcess.run(dir, "status");

    assertEquals(0, before.exitCode(), before.err());
    assertTrue(before.out().endsWith("15 migrations: 15 pending.\n"), before.out());
    assertEquals(0, migrate.exitCode(), migrate.err());
    assertEquals(5, migrate.out().lines().count(), migrate.out());
    assertTrue(
        after.out().matches("(?s).*\n4        create orders +applied  \\d{4}-.*"), after.out());
    assertTrue(after.out().matches("(?s).*\n5 +seed sample data +pending\n.*"), after.out());
    assertTrue(after.out().endsWith("15 migrations: 11 pending, 4 applied.\n"), after.out());
  }

  @Test
  void validate_afterMigrate_passes() {
    AppProcess.run(dir);

    Result validate = AppProcess.run(dir, "validate");

    assertEquals(0, validate.exitCode(), validate.err());
    assertEquals("Valid: the history matches the migrations in the code.\n", validate.out());
  }

  @Test
  void plan_printsTheH2SqlOfPendingMigrations_andRunsNothing() {
    AppProcess.run(dir, "migrate", "--target", "7");

    Result plan = AppProcess.run(dir, "plan");
    Result status = AppProcess.run(dir, "status");

    assertEquals(0, plan.exitCode(), plan.err());
    assertTrue(plan.out().startsWith("-- 8 pending migrations, rendered for H2\n"), plan.out());
    assertTrue(
        plan.out()
            .contains(
                "-- 8  index orders by customer (not transactional: runs in "
                    + "autocommit)\ncreate index if not exists orders_customer_placed_idx"),
        plan.out());
    assertTrue(
        plan.out()
            .contains(
                "alter table customers add constraint customers_email_uk " + "unique (email);"),
        plan.out());
    assertTrue(status.out().endsWith("15 migrations: 8 pending, 7 applied.\n"), status.out());
  }

  @Test
  void undo_runsDownNewestFirst_andRefusesPastAMigrationWithoutDown() {
    AppProcess.run(dir);

    Result undo = AppProcess.run(dir, "undo", "--to", "9");
    Result refused = AppProcess.run(dir, "undo", "--to", "5");
    Result status = AppProcess.run(dir, "status");

    assertEquals(0, undo.exitCode(), undo.err());
    List<String> lines = undo.out().lines().toList();
    assertTrue(
        lines.get(0).matches("\\[1/5] undo 14  require customer name parts \\.\\.\\. \\d+ ms"),
        undo.out());
    assertTrue(
        lines.get(4).matches("\\[5/5] undo 10  add customer email unique \\.\\.\\. \\d+ ms"),
        undo.out());
    assertTrue(
        lines.get(5).matches("Undid 5 migrations in .+; the database is at version 9\\."),
        undo.out());
    refused.assertOneLineError(9);
    assertTrue(refused.err().contains("NormalizeCustomerEmails"), refused.err());
    assertTrue(status.out().endsWith("15 migrations: 6 pending, 9 applied.\n"), status.out());
  }

  @Test
  void wrongPassword_isOneLineConnectionError_thatNeverShowsAPassword() {
    Map<String, String> owner = Map.of("STRATA_USER", "shop", "STRATA_PASSWORD", "Right-Pw-123");
    assertEquals(0, AppProcess.run(dir, owner, "migrate").exitCode());

    Result wrong = AppProcess.run(dir, "status", "--user", "shop", "--password", "Wrong-Pw-456");
    Result verbose =
        AppProcess.run(dir, "status", "--verbose", "--user", "shop", "--password", "Wrong-Pw-456");

    wrong.assertOneLineError(4);
    assertTrue(wrong.err().contains("Wrong user name or password"), wrong.err());
    assertAll(
        () ->
            assertFalse(
                wrong.err().contains("Wrong-Pw-456") || wrong.out().contains("Wrong-Pw-456")),
        () -> assertFalse(wrong.err().contains("Right-Pw-123")),
        () -> assertEquals(4, verbose.exitCode()),
        () ->
            assertTrue(
                verbose.err().contains("\tat "), "--verbose shows the trace: " + verbose.err()),
        () -> assertFalse(verbose.err().contains("Wrong-Pw-456"), verbose.err()));
  }

  @Test
  void unreachableUrl_isOneLineConnectionError() {
    // port 1 on the loopback interface: nothing listens, the connection is refused at once
    Result run =
        AppProcess.run(
            dir,
            "status",
            "--url",
            "jdbc:postgresql://127.0.0.1:1/bookshop?user=app&password=Url-Secret-789");

    run.assertOneLineError(4);
    assertTrue(run.err().contains("127.0.0.1:1"), run.err());
    assertFalse(run.err().contains("Url-Secret-789"), run.err());
  }

  @Test
  void embeddedDatabaseInUseByAnotherProcess_isOneLineConnectionError() throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("data/bookshop").toAbsolutePath();
    try (Connection held = DriverManager.getConnection(url)) { // this JVM holds the file lock
      Result run = AppProcess.run(dir, "status");

      run.assertOneLineError(4);
      assertTrue(run.err().contains("already in use"), run.err());
    }
  }

  @Test
  void usageErrors_exitWithTwo() {
    AppProcess.run(dir, "undo").assertOneLineError(2);
    AppProcess.run(dir, "migrate", "--no-such-option").assertOneLineError(2);
  }

  @Test
  void help_describesEveryCommand() {
    Result help = AppProcess.run(dir, "--help");
    Result undoHelp = AppProcess.run(dir, "undo", "--help");

    assertEquals(0, help.exitCode());
    assertTrue(help.out().startsWith("Usage: bookshop "), help.out());
    assertTrue(help.out().contains("Exit codes:"), help.out());
    assertEquals(0, undoHelp.exitCode());
    assertTrue(undoHelp.out().contains("--to=<version>"), undoHelp.out());
  }

  @Test
  void new_writesTheNextVersionAfterTheRegistry_andNeverOverwrites() throws IOException {
    Path src = dir.resolve("src/main/java");
    String[] args = {"new", "add gift cards", "--dir", src.toString()};

    Result created = AppProcess.run(dir, args);
    Result again = AppProcess.run(dir, args);

    Path file = src.resolve("dev/strata/sample/migrations/AddGiftCards.java");
    assertEquals(0, created.exitCode(), created.err());
    assertEquals("Created migration 16: " + file + "\n", created.out());
    assertTrue(
        Files.readString(file)
            .contains("@Migration(version = \"16\", description = \"add gift cards\")"));
    again.assertOneLineError(11);
  }
}
