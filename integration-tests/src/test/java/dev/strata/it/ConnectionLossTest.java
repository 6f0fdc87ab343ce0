package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.Migrator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reliability scenario 3: the migrating session is terminated from another session while its
 * migration runs — PostgreSQL {@code pg_terminate_backend} during a {@code pg_sleep}, H2 {@code
 * ABORT_SESSION} while the migration sleeps in Java (H2 has no SQL sleep). On PostgreSQL the
 * migration created a table first (transactional DDL); on H2, which commits DDL at once, it only
 * changed data.
 */
@Tag("reliability")
class ConnectionLossTest {

  @ParameterizedTest
  @EnumSource(Db.class)
  void migratingBackendTerminated_failsNamingMigrationAndRerunCompletes(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Scenario scenario =
          Scenario.in("it.terminated")
              .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
              .migration(
                  "SlowAddUsers",
                  "version = \"2\"",
                  """
                @Up(dialects = Dialect.POSTGRES)
                void upPostgres(DSLContext db) {
                  db.execute("create table audit (id int primary key)");
                  db.insertInto(DSL.table("users"), DSL.field("id"), DSL.field("name")).values(1, "alice").execute();
                  // the first run sleeps until the test terminates it; the re-run does not
                  db.fetch("select pg_sleep(" + (Boolean.getBoolean("it.terminated.hold") ? 120 : 0) + ")");
                }

                @Up(dialects = Dialect.H2)
                void upH2(DSLContext db) throws InterruptedException {
                  db.insertInto(DSL.table("users"), DSL.field("id"), DSL.field("name")).values(1, "alice").execute();
                  // the first run waits until the test aborts its session; the re-run does not
                  for (int i = 0; i < 1200 && Boolean.getBoolean("it.terminated.hold"); i++) {
                    Thread.sleep(100);
                    db.fetch("select 1");
                  }
                }
              """);
      Migrator migrator = db.migrator().registry(scenario.registry()).build();
      migrator.migrate("1");
      List<String> schema = db.schema();

      System.setProperty("it.terminated.hold", "true");
      CompletableFuture<MigrationException> run =
          CompletableFuture.supplyAsync(
              () -> assertThrows(MigrationException.class, migrator::migrate));
      String running =
          kind == Db.H2
              ? "select count(*) from information_schema.locks where table_name = 'USERS'"
              : "select count(*) from pg_stat_activity where datname = current_database()"
                  + " and query like 'select pg_sleep%' and state = 'active'";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (db.count(running) == 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      // H2: the migration's session is the one holding a lock on USERS (the migrator's lock
      // session holds one on the lock table)
      db.execute(
          kind == Db.H2
              ? "select abort_session(session_id) from information_schema.locks where table_name = 'USERS'"
              : "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database()"
                  + " and query like 'select pg_sleep%' and pid <> pg_backend_pid()");
      MigrationException e;
      try {
        e = run.get(30, TimeUnit.SECONDS);
      } finally {
        System.clearProperty("it.terminated.hold");
      }

      assertEquals(Reason.MIGRATION_FAILED, e.reason(), e.getMessage());
      assertEquals("2", e.version());
      assertEquals(kind == Db.H2 ? "@Up upH2()" : "@Up upPostgres()", e.step());
      assertTrue(
          e.getMessage().startsWith("Migration 2 (slow add users, it.terminated.SlowAddUsers)"),
          e.getMessage());
      assertTrue(e.getMessage().contains("The connection was lost"), e.getMessage());
      assertEquals(schema, db.schema(), "nothing half-applied");
      assertEquals(0, db.count("select count(*) from users"));
      assertEquals(
          List.of(List.of("1")), db.rows("select version from strata_history order by rank"));

      assertEquals(1, migrator.migrate().executed().size());
      assertEquals(1, db.count("select count(*) from users"));
    }
  }
}
