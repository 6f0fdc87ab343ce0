package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.Migrator;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** timeoutSeconds bounds a step's statements; retries rerun it in a fresh transaction. */
class RetryTest {

  private static Scenario renaming(int retries) {
    return Scenario.in("it.retry" + retries)
        .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
        .migration("AddUsers", "version = \"2\"", Scenarios.ADD_USERS)
        .migration(
            "RenameAlice",
            "version = \"3\"",
            """
              @Up(timeoutSeconds = 1, retries = %d)
              void up(DSLContext db) {
                db.update(DSL.table("users")).set(DSL.field("name"), "alicia").where(DSL.field("id").eq(1)).execute();
              }
            """
                .formatted(retries));
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void lockedRow_retriedUntilReleased(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(renaming(10).registry()).build();
      migrator.migrate("2");
      try (Connection holder = db.connect();
          Statement s = holder.createStatement()) {
        holder.setAutoCommit(false);
        s.executeUpdate("update users set name = 'held' where id = 1"); // row lock until rollback

        CompletableFuture<?> run = CompletableFuture.runAsync(migrator::migrate);
        Thread.sleep(2500); // at least one attempt times out meanwhile
        holder.rollback();
        run.get(60, TimeUnit.SECONDS);
      }

      assertEquals(List.of(List.of("alicia")), db.rows("select name from users where id = 1"));
      assertEquals(3, db.count("select count(*) from strata_history"));
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void lockedRow_withoutRetries_failsClearlyAndLeavesNothingOpen(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(renaming(0).registry()).build();
      migrator.migrate("2");
      MigrationException e;
      try (Connection holder = db.connect();
          Statement s = holder.createStatement()) {
        holder.setAutoCommit(false);
        s.executeUpdate("update users set name = 'held' where id = 1");

        e = assertThrows(MigrationException.class, migrator::migrate);
        holder.rollback();
      }

      assertEquals(Reason.MIGRATION_FAILED, e.reason());
      assertEquals("3", e.version());
      assertEquals("@Up up()", e.step());
      assertTrue(Set.of("57014", "HYT00", "55P03").contains(e.sqlState()), e.sqlState());
      assertEquals(2, db.count("select count(*) from strata_history"));
      assertEquals(List.of(List.of("alice")), db.rows("select name from users where id = 1"));
      migrator.migrate(); // nothing was left holding a lock or a transaction
      assertEquals(3, db.count("select count(*) from strata_history"));
    }
  }

  /**
   * Reliability scenario 4: another session's open transaction has written to {@code users}, so it
   * holds a lock on the table (PostgreSQL: ROW EXCLUSIVE; H2: its table lock) that the migration's
   * {@code ALTER TABLE} must wait for.
   */
  private static Scenario altering(int retries) {
    return Scenario.in("it.tablelock" + retries)
        .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
        .migration("AddUsers", "version = \"2\"", Scenarios.ADD_USERS)
        .migration(
            "AddEmail",
            "version = \"3\"",
            """
              @Up(timeoutSeconds = 1, retries = %d)
              void up(DSLContext db) {
                db.alterTable("users").addColumn("email", SQLDataType.VARCHAR(200)).execute();
              }
            """
                .formatted(retries));
  }

  @Tag("reliability")
  @ParameterizedTest
  @EnumSource(Db.class)
  void tableLockedByAnotherSession_waitsRetriesAndSucceedsWhenReleased(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(altering(20).registry()).build();
      migrator.migrate("2");
      long start = System.nanoTime();
      try (Connection holder = db.connect();
          Statement s = holder.createStatement()) {
        holder.setAutoCommit(false);
        s.executeUpdate("update users set name = 'held' where id = 1");

        CompletableFuture<?> run = CompletableFuture.runAsync(migrator::migrate);
        Thread.sleep(3500); // several attempts time out and are retried meanwhile
        assertFalse(run.isDone(), "the migration waited for the lock");
        holder.rollback();
        run.get(60, TimeUnit.SECONDS);
      }
      System.out.printf(
          "[reliability] table lock on %s: waited, retried, applied after %.1f s%n",
          kind, (System.nanoTime() - start) / 1e9);

      assertTrue(db.schema().contains("users email character varying yes"), db.schema().toString());
      assertEquals(3, db.count("select count(*) from strata_history"));
    }
  }

  @Tag("reliability")
  @ParameterizedTest
  @EnumSource(Db.class)
  void tableLockedByAnotherSession_notReleased_failsClearlyWithNoTransactionLeftOpen(Db kind)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(altering(2).registry()).build();
      migrator.migrate("2");
      List<String> schema = db.schema();
      MigrationException e;
      try (Connection holder = db.connect();
          Statement s = holder.createStatement()) {
        holder.setAutoCommit(false);
        s.executeUpdate("update users set name = 'held' where id = 1");
        String self = kind == Db.H2 ? "session_id()" : "pg_backend_pid()";
        String holderId;
        try (var r = s.executeQuery("select " + self)) {
          r.next();
          holderId = r.getString(1);
        }

        e = assertThrows(MigrationException.class, migrator::migrate);

        // the migrator's sessions: none left in an open transaction, none holding the lock
        String open =
            kind == Db.H2
                ? "select count(*) from information_schema.sessions where contains_uncommitted"
                    + " and session_id <> "
                    + holderId
                : "select count(*) from pg_stat_activity where datname = current_database()"
                    + " and state like 'idle in transaction%' and pid <> "
                    + holderId;
        assertEquals(0, db.count(open), "a migrator session left its transaction open");
        if (kind == Db.POSTGRES) {
          assertEquals(
              0,
              db.count(
                  "select count(*) from pg_locks where locktype = 'advisory'"
                      + " and database = (select oid from pg_database where datname = current_database())"));
        }
        holder.rollback();
      }

      assertEquals(Reason.MIGRATION_FAILED, e.reason());
      assertEquals("3", e.version());
      assertEquals("@Up up()", e.step());
      assertTrue(Set.of("57014", "HYT00", "55P03").contains(e.sqlState()), e.sqlState());
      assertTrue(
          e.getMessage()
              .startsWith("Migration 3 (add email, it.tablelock2.AddEmail) failed in @Up up()"),
          e.getMessage());
      assertTrue(e.getMessage().contains("3 attempts"), e.getMessage());
      assertEquals(schema, db.schema());
      assertEquals(2, db.count("select count(*) from strata_history"));
      migrator.migrate(); // released: nothing was left holding a lock or a transaction
      assertEquals(3, db.count("select count(*) from strata_history"));
    }
  }
}
