package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.Migrator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LockTest {

  @ParameterizedTest
  @EnumSource(Db.class)
  void lockHeldLongerThanLockTimeout_failsNamingTheOption(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Scenario scenario =
          Scenario.in("it.slow")
              .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
              .migration(
                  "Slow",
                  "version = \"2\"",
                  """
                @Up
                void up(DSLContext db) throws InterruptedException {
                  // holds the lock until the test has seen the impatient migrator give up
                  for (int i = 0; i < 1200 && !Boolean.getBoolean("it.slow.release"); i++) {
                    Thread.sleep(50);
                  }
                }
              """);
      scenario.registry(); // compiled before the clock starts
      System.clearProperty("it.slow.release");
      CompletableFuture<?> holder =
          CompletableFuture.runAsync(
              () -> db.migrator().registry(scenario.registry()).build().migrate());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!historyHas(db, 1) && System.nanoTime() < deadline) {
        Thread.sleep(50); // the holder is in migration 2, holding the lock
      }
      Migrator impatient =
          db.migrator().registry(scenario.registry()).lockTimeout(Duration.ofMillis(500)).build();

      MigrationException e;
      try {
        e = assertThrows(MigrationException.class, impatient::migrate);
      } finally {
        System.setProperty("it.slow.release", "true");
      }

      assertEquals(Reason.LOCK, e.reason());
      assertTrue(e.getMessage().contains("lockTimeout"), e.getMessage());
      holder.get(60, TimeUnit.SECONDS);
      assertTrue(impatient.migrate().nothingToDo());
    }
  }

  private static boolean historyHas(TestDatabase db, int rows) {
    try {
      return db.count("select count(*) from strata_history") >= rows;
    } catch (IllegalStateException notYetCreated) {
      return false;
    }
  }

  /**
   * A run whose lock session dies stops before its next migration instead of racing another run.
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void lockSessionKilled_runStopsBeforeNextMigration(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Scenario scenario =
          Scenario.in("it.locklost")
              .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
              .migration(
                  "KillLockSession",
                  "version = \"2\"",
                  """
                @Up(dialects = Dialect.POSTGRES)
                void upPostgres(DSLContext db) {
                  db.fetch("select pg_terminate_backend(pid) from pg_locks" // this database's only:
                      + " where locktype = 'advisory' and pid <> pg_backend_pid()" // other builds share the server
                      + " and database = (select oid from pg_database where datname = current_database())");
                }

                @Up(dialects = Dialect.H2)
                void upH2(DSLContext db) {
                  db.fetch("select abort_session(session_id) from information_schema.sessions"
                      + " where session_id <> session_id()");
                }
              """)
              .migration("AddUsers", "version = \"3\"", Scenarios.ADD_USERS);
      Migrator migrator = db.migrator().registry(scenario.registry()).build();

      MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

      assertEquals(Reason.LOCK, e.reason());
      assertTrue(e.getMessage().contains("The migration lock was lost"), e.getMessage());
      assertEquals(
          List.of(List.of("1"), List.of("2")),
          db.rows("select version from strata_history order by rank"));
      assertEquals(0, db.count("select count(*) from users"));
      assertEquals(1, migrator.migrate().executed().size()); // a new run takes a new lock
    }
  }
}
