package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationReport;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reliability scenario 5: two consecutive {@code transactional = false} migrations each build an
 * index with {@code CREATE INDEX CONCURRENTLY} on a table of 1,000,000 rows while other sessions
 * write to it and other migrators wait for the lock — the situation in which Flyway hung (issues
 * 1654 and 3682: a waiter blocked in {@code pg_advisory_lock} holds a snapshot that the index build
 * waits for). PostgreSQL only: H2 has no concurrent index build.
 */
@Tag("reliability")
class ConcurrentIndexTest {

  private static final int ROWS = 1_000_000;
  private static final int WRITERS = 2;
  private static final int WAITERS = 3;

  private static String index(String name, String column) {
    return """
          @Up
          void up(DSLContext db) {
            db.execute("create index concurrently %1$s on events (%2$s)");
          }
        """
        .formatted(name, column);
  }

  @Test
  void twoConcurrentIndexBuildsOnAMillionRowsUnderWrites_completeWithoutHanging() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES)) {
      Scenario scenario =
          Scenario.in("it.cic.million")
              .migration(
                  "IndexKind",
                  "version = \"1\", transactional = false",
                  index("events_kind_idx", "kind"))
              .migration(
                  "IndexAt",
                  "version = \"2\", transactional = false",
                  index("events_at_idx", "at"));
      scenario.registry();
      long setup = System.nanoTime();
      db.execute("create table events (id bigserial primary key, kind int, at int)");
      db.execute(
          "insert into events (kind, at) select n % 7, n % 1000 from generate_series(1, "
              + ROWS
              + ") n");
      System.out.printf(
          "[reliability] %,d rows built in %.1f s%n", ROWS, (System.nanoTime() - setup) / 1e9);

      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong writes = new AtomicLong();
      ExecutorService threads = Executors.newFixedThreadPool(WRITERS + WAITERS + 1);
      List<Future<?>> writers = new ArrayList<>();
      try {
        for (int w = 0; w < WRITERS; w++) {
          int writer = w;
          writers.add(
              threads.submit(
                  () -> {
                    try (Connection c = db.connect();
                        Statement s = c.createStatement()) { // autocommit: short transactions
                      for (long i = 0; !stop.get(); i++) {
                        s.executeUpdate(
                            i % 2 == 0
                                ? "insert into events (kind, at) values ("
                                    + writer
                                    + ", "
                                    + (i % 1000)
                                    + ")"
                                : "update events set at = at + 1 where id = "
                                    + (1 + (i * 7919) % ROWS));
                        writes.incrementAndGet();
                      }
                    }
                    return null;
                  }));
        }
        while (writes.get() < 100) {
          Thread.sleep(10); // the writers are running
        }
        long start = System.nanoTime();
        long writesBefore = writes.get();
        List<Future<MigrationReport>> migrators = new ArrayList<>();
        for (int m = 0; m < WAITERS + 1; m++) {
          migrators.add(
              threads.submit(() -> db.migrator().registry(scenario.registry()).build().migrate()));
        }
        int applied = 0;
        int idle = 0;
        for (Future<MigrationReport> migrator : migrators) {
          MigrationReport report = migrator.get(3, TimeUnit.MINUTES); // a hang fails here
          applied += report.executed().size();
          idle += report.nothingToDo() ? 1 : 0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long writesDuring = writes.get() - writesBefore;
        stop.set(true);
        for (Future<?> writer : writers) {
          writer.get(30, TimeUnit.SECONDS); // no writer failed
        }
        System.out.printf(
            "[reliability] 2 concurrent index builds on %,d rows: %.1f s, %d writes"
                + " meanwhile, %d migrators waited and found nothing to do%n",
            ROWS, seconds, writesDuring, idle);

        assertEquals(2, applied);
        assertEquals(WAITERS, idle);
        assertTrue(writesDuring > 0, "the writers wrote during the builds");
      } finally {
        stop.set(true);
        threads.shutdownNow();
      }
      assertEquals(
          List.of(
              List.of("events_at_idx", "true", "true"), List.of("events_kind_idx", "true", "true")),
          db.rows(
              "select c.relname, i.indisvalid::text, i.indisready::text from pg_index i join pg_class c on c.oid = i.indexrelid"
                  + " where c.relname like 'events_%_idx' order by c.relname"),
          "both indexes valid and ready");
      assertEquals(
          List.of(List.of("1", "1"), List.of("2", "1")),
          db.rows(
              "select version, case when success then 1 else 0 end from strata_history order by rank"));
    }
  }
}
