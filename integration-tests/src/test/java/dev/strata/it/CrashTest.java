package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Migrator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reliability scenario 2: a migrating process is killed with SIGKILL in the middle of a long
 * migration, and a new run takes over at once.
 */
@Tag("reliability")
class CrashTest {

  /**
   * Migration 2 creates a table (PostgreSQL: DDL is transactional) and fills it, then sleeps in the
   * database for {@code -Dstrata.it.sleep} seconds (0 unless the crash test sets it). On H2 DDL
   * commits at once, so there migration 2 only changes data, and sleeps in Java (H2 has no SQL
   * sleep): the killed client's TCP session ends, and H2 rolls its transaction back.
   */
  static Scenario crashing() {
    return Scenario.in("it.crash")
        .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
        .migration(
            "SlowBackfill",
            "version = \"2\"",
            """
              @Up(dialects = Dialect.POSTGRES)
              void upPostgres(DSLContext db) {
                db.execute("create table audit (id int primary key, note varchar(100))");
                db.execute("insert into audit select n, 'note ' || n from generate_series(1, 1000) n");
                db.execute("insert into users values (1, 'alice')");
                System.out.println("MIGRATION 2 SLEEPING");
                System.out.flush();
                db.fetch("select pg_sleep(" + Integer.getInteger("strata.it.sleep", 0) + ")");
              }

              @Up(dialects = Dialect.H2)
              void upH2(DSLContext db) throws InterruptedException {
                db.execute("insert into users values (1, 'alice')");
                System.out.println("MIGRATION 2 SLEEPING");
                System.out.flush();
                Thread.sleep(1000L * Integer.getInteger("strata.it.sleep", 0));
              }
            """)
        .migration("AddEmail", "version = \"3\"", Scenarios.ADD_EMAIL)
        .migration("CreateOrders", "version = \"4\"", Scenarios.CREATE_ORDERS)
        .migration("IndexOrders", "version = \"5\"", Scenarios.INDEX_ORDERS);
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void killedMidMigration_nextRunStartsAtOnceAndEndsLikeAnUninterruptedRun(Db kind)
      throws Exception {
    Scenario scenario = crashing();
    List<String> uninterruptedSchema;
    List<String> uninterruptedData;
    try (TestDatabase reference = TestDatabase.create(kind)) {
      reference.migrator().registry(scenario.registry()).build().migrate();
      uninterruptedSchema = reference.schema();
      uninterruptedData = reference.data();
    }

    try (TestDatabase db = TestDatabase.createServed(kind)) {
      Process victim = Jvm.migrate(scenario, db.url, 0, "-Dstrata.it.sleep=300");
      String output;
      try {
        Jvm.Output said = Jvm.Output.of(victim);
        assertTrue(said.await("MIGRATION 2 SLEEPING", 60, TimeUnit.SECONDS), said.text());
        Thread.sleep(500); // well inside the sleep
        victim
            .destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally, no rollback sent
        assertTrue(victim.waitFor(30, TimeUnit.SECONDS));
        output = said.whole(30, TimeUnit.SECONDS);
      } finally {
        victim.destroyForcibly();
      }
      assertEquals(137, victim.exitValue(), output); // 128 + SIGKILL

      assertEquals(
          List.of(List.of("1", "1", "MIGRATE", db.history().get(0).get(3), "1")),
          db.history(),
          "only migration 1 is recorded: no partial row for migration 2");

      Migrator migrator =
          db.migrator()
              .registry(scenario.registry())
              .lockTimeout(Duration.ofSeconds(5))
              .build(); // a stale lock would make this fail
      long start = System.nanoTime();
      int applied =
          CompletableFuture.supplyAsync(() -> migrator.migrate().executed().size())
              .get(60, TimeUnit.SECONDS);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "[reliability] SIGKILL mid-migration on %s: re-run applied %d in %.2f s%n",
          kind, applied, seconds);

      assertEquals(4, applied);
      assertTrue(
          seconds < 20, "the re-run waited " + seconds + " s for what the killed process left");
      assertEquals(uninterruptedSchema, db.schema());
      assertEquals(uninterruptedData, db.data());
      assertEquals(
          List.of("1", "2", "3", "4", "5"),
          db.rows("select version from strata_history where success order by rank").stream()
              .map(r -> r.get(0))
              .toList());
      assertEquals(5, db.count("select count(*) from strata_history"));
    }
  }

  /**
   * The dead-client check is set for the run only: a pool's connection (here one that ignores
   * {@code close()}, as a pool does) gets PostgreSQL's default back.
   */
  @org.junit.jupiter.api.Test
  void pooledConnection_getsClientConnectionCheckIntervalBack() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES);
        KeptConnections pool = new KeptConnections(db, c -> {})) {
      Migrator.builder()
          .dataSource(pool.dataSource())
          .registry(Scenarios.shop().registry())
          .build()
          .migrate();

      assertEquals(5, db.count("select count(*) from strata_history"));
      for (java.sql.Connection c : pool.handedOut()) {
        try (java.sql.Statement s = c.createStatement();
            java.sql.ResultSet r = s.executeQuery("show client_connection_check_interval")) {
          r.next();
          assertEquals("0", r.getString(1));
          assertTrue(c.getAutoCommit());
        }
      }
    }
  }
}
