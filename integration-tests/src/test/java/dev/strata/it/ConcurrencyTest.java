package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConcurrencyTest {

  private static final int MIGRATORS = 8;

  @ParameterizedTest
  @EnumSource(Db.class)
  void eightMigratorsAtOnce_applyEachMigrationExactlyOnce(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      int migrations = 30;

      race(db, Scenarios.many(migrations));

      assertEquals(migrations, db.count("select count(*) from strata_history"));
      assertEquals(migrations, db.count("select count(distinct version) from strata_history"));
      assertEquals(migrations - 1, db.count("select count(*) from numbers"));
      assertEquals(
          List.of(List.of("1", String.valueOf(migrations))),
          db.rows("select min(rank), max(rank) from strata_history"));
    }
  }

  /**
   * Waiters must not hold a snapshot while the holder builds an index concurrently: PostgreSQL's
   * CREATE INDEX CONCURRENTLY waits for every older snapshot, so a waiter blocked inside
   * pg_advisory_lock would hang the run (Flyway issues 1654 and 3682).
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void eightMigratorsAtOnce_concurrentIndexBuildsUnderTheLockDoNotHang(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Scenario scenario =
          Scenario.in("it.cic")
              .migration(
                  "CreateEvents",
                  "version = \"1\"",
                  """
                @Up(dialects = Dialect.POSTGRES)
                void upPostgres(DSLContext db) {
                  db.execute("create table events (id int primary key, kind int, at int)");
                  db.execute("insert into events select n, n % 7, n % 1000 from generate_series(1, 50000) n");
                }

                @Up(dialects = Dialect.H2)
                void upH2(DSLContext db) {
                  db.execute("create table events (id int primary key, kind int, at int)");
                  db.execute("insert into events select x, mod(x, 7), mod(x, 1000) from system_range(1, 50000)");
                }
              """)
              .migration(
                  "IndexKind",
                  "version = \"2\", transactional = false",
                  index("events_kind_idx", "kind"))
              .migration(
                  "IndexAt",
                  "version = \"3\", transactional = false",
                  index("events_at_idx", "at"));

      race(db, scenario);

      assertEquals(3, db.count("select count(*) from strata_history"));
      assertTrue(
          db.schema()
              .containsAll(List.of("events index events_kind_idx", "events index events_at_idx")),
          db.schema().toString());
    }
  }

  private static String index(String name, String column) {
    return """
          @Up(dialects = Dialect.POSTGRES)
          void upPostgres(DSLContext db) {
            db.execute("create index concurrently %1$s on events (%2$s)");
          }

          @Up(dialects = Dialect.H2)
          void upH2(DSLContext db) {
            db.execute("create index %1$s on events (%2$s)");
          }
        """
        .formatted(name, column);
  }

  /** Starts eight migrators, each with its own connections, at once; all must return normally. */
  private static void race(TestDatabase db, Scenario scenario) throws Exception {
    int total = scenario.registry().migrations().size();
    ExecutorService threads = Executors.newFixedThreadPool(MIGRATORS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<MigrationReport>> runs = new ArrayList<>();
    try {
      for (int i = 0; i < MIGRATORS; i++) {
        runs.add(
            threads.submit(
                () -> {
                  var migrator = db.migrator().registry(scenario.registry()).build();
                  start.await();
                  return migrator.migrate();
                }));
      }
      start.countDown();
      int applied = 0;
      int idle = 0;
      for (Future<MigrationReport> run : runs) {
        MigrationReport report = run.get(3, TimeUnit.MINUTES); // throws if any call failed or hung
        applied += report.executed().size();
        idle += report.nothingToDo() ? 1 : 0;
      }
      assertEquals(total, applied, "each migration applied by exactly one migrator");
      assertEquals(MIGRATORS - 1, idle, "the waiters find nothing to do");
    } finally {
      threads.shutdownNow();
    }
  }
}
