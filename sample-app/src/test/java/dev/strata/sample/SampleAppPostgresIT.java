package dev.strata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.sample.AppProcess.Result;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar against PostgreSQL, a fresh database per test. */
class SampleAppPostgresIT {

  @TempDir Path dir;

  private PostgresDatabase database;

  @BeforeEach
  void createDatabase() {
    database = PostgresDatabase.create();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    if (database != null) { // null when the test was skipped for want of a server
      database.close();
    }
  }

  private Result bookshop(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--url";
    all[args.length + 1] = database.url();
    return AppProcess.run(dir, all);
  }

  @Test
  void urlAlone_migratesAndPrintsTheStatusTable() throws SQLException {
    Result run = bookshop();

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("[8/15] 8  index orders by customer ... "), run.out());
    assertTrue(run.out().endsWith("15 migrations: 1 pending, 14 applied.\n"), run.out());
    assertEquals("", run.err());
    assertEquals(
        "orders_customer_placed_idx",
        database.queryOne(
            "select indexname from pg_indexes where indexname = 'orders_customer_placed_idx'"));
    assertEquals(
        "tsvector",
        database.queryOne(
            "select data_type from information_schema.columns"
                + " where table_name = 'books' and column_name = 'search_text'"),
        "the PostgreSQL @Up ran, not the H2 one");
    assertEquals(
        "0",
        database.queryOne("select count(*) from customers where email <> lower(trim(email))"),
        "the injected EmailNormalizer cleaned every email");
  }

  @Test
  void status_validate_andTarget() {
    Result migrate = bookshop("migrate", "--target", "6");
    Result status = bookshop("status");
    Result validate = bookshop("validate");

    assertEquals(0, migrate.exitCode(), migrate.err());
    assertTrue(status.out().endsWith("15 migrations: 9 pending, 6 applied.\n"), status.out());
    assertEquals(0, validate.exitCode(), validate.err());
  }

  @Test
  void plan_showsTheConcurrentIndexBuild_outsideATransaction() {
    bookshop("migrate", "--target", "7");

    Result plan = bookshop("plan");

    assertEquals(0, plan.exitCode(), plan.err());
    assertTrue(
        plan.out().startsWith("-- 8 pending migrations, rendered for POSTGRES\n"), plan.out());
    assertTrue(
        plan.out()
            .contains(
                "-- 8  index orders by customer (not transactional: runs in "
                    + "autocommit)\ncreate index concurrently if not exists orders_customer_placed_idx"),
        plan.out());
  }

  @Test
  void undo_runsThePostgresDown_andIsRefusedPastAMigrationWithoutDown() throws SQLException {
    bookshop("migrate", "--target", "8");

    Result undo = bookshop("undo", "--to", "7");
    String index =
        database.queryOne(
            "select indexname from pg_indexes where indexname = 'orders_customer_placed_idx'");
    bookshop("migrate");
    Result refused = bookshop("undo", "--to", "0");

    assertEquals(0, undo.exitCode(), undo.err());
    List<String> lines = undo.out().lines().toList();
    assertTrue(
        lines.get(0).matches("\\[1/1] undo 8  index orders by customer \\.\\.\\. \\d+ ms"),
        undo.out());
    assertTrue(lines.get(1).endsWith("the database is at version 7."), undo.out());
    assertEquals(null, index, "the PostgreSQL @Down dropped the index");
    refused.assertOneLineError(9);
    assertTrue(refused.err().contains("NormalizeCustomerEmails"), refused.err());
  }

  @Test
  void unknownRole_isOneLineConnectionError_thatNeverShowsThePassword() {
    // This server trusts local connections, so any password is accepted for a role that exists:
    // a role that does not exist is the credential failure that can be provoked here.
    Result run =
        AppProcess.run(
            dir,
            "status",
            "--url",
            PostgresDatabase.withDatabase(PostgresDatabase.SERVER_URL, "postgres")
                .replaceFirst("user=[^&]*", "user=strata_no_such_role"),
            "--password",
            "Pw-In-Args-123");

    run.assertOneLineError(4);
    assertTrue(run.err().contains("strata_no_such_role"), run.err());
    assertFalse(run.err().contains("Pw-In-Args-123"), run.err());
  }

  @Test
  void unknownDatabase_isOneLineConnectionError() {
    Result run =
        AppProcess.run(
            dir,
            "migrate",
            "--url",
            PostgresDatabase.withDatabase(PostgresDatabase.SERVER_URL, "strata_no_such_database"));

    run.assertOneLineError(4);
    assertTrue(run.err().contains("strata_no_such_database"), run.err());
  }
}
