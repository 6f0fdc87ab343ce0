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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The migrating backend is terminated from another session (PostgreSQL only: H2 cannot sleep in SQL). */
class ConnectionLossTest {

  @ParameterizedTest
  @EnumSource(value = Db.class, names = "POSTGRES")
  void migratingBackendTerminated_failsNamingMigrationAndRerunCompletes(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Scenario scenario = Scenario.in("it.terminated")
          .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
          .migration("SlowAddUsers", "version = \"2\"", """
                @Up
                void up(DSLContext db) {
                  db.insertInto(DSL.table("users"), DSL.field("id"), DSL.field("name")).values(1, "alice").execute();
                  db.fetch("select pg_sleep(1.5)");
                }
              """);
      Migrator migrator = db.migrator().registry(scenario.registry()).build();
      migrator.migrate("1");

      CompletableFuture<MigrationException> run = CompletableFuture.supplyAsync(
          () -> assertThrows(MigrationException.class, migrator::migrate));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (db.count("select count(*) from pg_stat_activity where query like 'select pg_sleep%'"
          + " and state = 'active'") == 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      db.execute("select pg_terminate_backend(pid) from pg_stat_activity"
          + " where query like 'select pg_sleep%' and pid <> pg_backend_pid()");
      MigrationException e = run.get(30, TimeUnit.SECONDS);

      assertEquals(Reason.MIGRATION_FAILED, e.reason());
      assertEquals("2", e.version());
      assertEquals("@Up up()", e.step());
      assertTrue(e.getMessage().startsWith("Migration 2 (slow add users, it.terminated.SlowAddUsers)"), e.getMessage());
      assertTrue(e.getMessage().contains("The connection was lost"), e.getMessage());
      assertEquals(0, db.count("select count(*) from users"));
      assertEquals(List.of(List.of("1")), db.rows("select version from strata_history order by rank"));

      assertEquals(1, migrator.migrate().executed().size());
      assertEquals(1, db.count("select count(*) from users"));
    }
  }
}
