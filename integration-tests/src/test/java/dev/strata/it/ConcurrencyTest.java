package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  private static final int MIGRATIONS = 30;

  @ParameterizedTest
  @EnumSource(Db.class)
  void eightMigratorsAtOnce_applyEachMigrationExactlyOnce(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Scenario scenario = Scenarios.many(MIGRATIONS);
      scenario.registry();
      ExecutorService threads = Executors.newFixedThreadPool(MIGRATORS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<MigrationReport>> runs = new ArrayList<>();
      try {
        for (int i = 0; i < MIGRATORS; i++) {
          runs.add(threads.submit(() -> {
            var migrator = db.migrator().registry(scenario.registry()).build(); // its own connections
            start.await();
            return migrator.migrate();
          }));
        }
        start.countDown();
        int applied = 0;
        int idle = 0;
        for (Future<MigrationReport> run : runs) {
          MigrationReport report = run.get(5, TimeUnit.MINUTES); // throws if any call failed
          applied += report.executed().size();
          idle += report.nothingToDo() ? 1 : 0;
        }

        assertEquals(MIGRATIONS, applied, "each migration applied by exactly one migrator");
        assertEquals(MIGRATORS - 1, idle, "the waiters find nothing to do");
        assertEquals(MIGRATIONS, db.count("select count(*) from strata_history"));
        assertEquals(MIGRATIONS, db.count("select count(distinct version) from strata_history"));
        assertEquals(MIGRATIONS - 1, db.count("select count(*) from numbers"));
        assertEquals(List.of(List.of("1", String.valueOf(MIGRATIONS))),
            db.rows("select min(rank), max(rank) from strata_history"));
      } finally {
        threads.shutdownNow();
      }
    }
  }
}
