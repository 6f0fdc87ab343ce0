package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Backfilled.COUNT;
import static dev.strata.runtime.internal.Backfilled.counters;
import static dev.strata.runtime.internal.Backfilled.fill;
import static dev.strata.runtime.internal.Backfilled.filling;
import static dev.strata.runtime.internal.Backfilled.items;
import static dev.strata.runtime.internal.Backfilled.migration;
import static dev.strata.runtime.internal.Backfilled.migrator;
import static dev.strata.runtime.internal.Backfilled.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Dialect;
import dev.strata.runtime.BackfillProgress;
import dev.strata.runtime.MigrationBackfill;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.internal.Backfilled.Events;
import dev.strata.runtime.internal.Backfilled.Key;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Backfills gentle on the database: adaptive sizes, retries, timeouts, other writers go on. */
class BackfillGentleTest {

  /** The lock wait statement of {@code dialect}, in milliseconds, for this session. */
  private static String lockTimeout(Dialect dialect, int millis) {
    return dialect == Dialect.H2
        ? "set lock_timeout " + millis
        : "set lock_timeout = '" + millis + "ms'";
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void quickBatches_grow(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 1500);
      Events events = new Events();
      migrator(db, events, migration("1", fill(10, 5000, COUNT))).migrate();

      assertEquals(List.of(20, 40, 80, 160, 320, 640, 1000), events.sizes().subList(0, 7));
      assertEquals(repeat("1", 1500), counters(db));
    }
  }

  /**
   * A lower bound only, which a sleep guarantees: the gaps between batches are at least the pause
   * (quick batches without it are a millisecond apart).
   */
  @ParameterizedTest
  @EnumSource(Dialect.class)
  void pauseMillis_between_batches(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 30);
      List<Long> at = new java.util.ArrayList<>();
      MigrationListener events =
          new MigrationListener() {
            @Override
            public void backfillProgress(BackfillProgress progress) {
              at.add(System.nanoTime());
            }
          };
      migrator(
              db,
              events,
              migration("1", new MigrationBackfill("fill", "items", "id", 10, 150, 0, 0, 3, COUNT)))
          .migrate();

      assertEquals(3, at.size()); // after each batch; the third is the last
      for (int i = 1; i < 3; i++) {
        assertTrue(at.get(i) - at.get(i - 1) >= 150_000_000L, "gap " + i);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void slowRows_shrinkTheBatches(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 150);
      Events events = new Events();
      MigrationBackfill.Filler slow =
          (ctx, range) -> {
            int changed = COUNT.fill(ctx, range);
            Thread.sleep(2L * changed); // each row costs the database 2 ms
            return changed;
          };
      migrator(db, events, migration("1", fill(64, 10, slow))).migrate();

      List<Integer> sizes = events.sizes();
      assertTrue(sizes.get(0) < 64 && sizes.get(1) < sizes.get(0), sizes.toString());
      assertTrue(sizes.get(2) < sizes.get(1), sizes.toString());
      assertEquals(repeat("1", 150), counters(db));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void lockTimeout_retriesTheBatch(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect);
        Connection blocker = DriverManager.getConnection(db.url)) {
      items(db, Key.INTEGER, 100);
      blocker.setAutoCommit(false);
      try (Statement s = blocker.createStatement()) {
        s.execute("update items set n = n where id = 70"); // holds the row's lock
      }
      AtomicInteger attempts = new AtomicInteger();
      filling(
              db,
              50,
              (ctx, range) -> {
                if (!range.first() && attempts.incrementAndGet() == 2) {
                  blocker.commit(); // the first attempt timed out: let the retry through
                }
                ctx.execute(lockTimeout(dialect, 200));
                return COUNT.fill(ctx, range);
              })
          .migrate();

      assertEquals(2, attempts.get());
      assertEquals(repeat("1", 100), counters(db)); // the failed attempt rolled back
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = "POSTGRES")
  void timeoutSeconds_boundsEachBatch(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 10);
      MigrationBackfill.Filler sleepy =
          (ctx, range) -> {
            ctx.execute("select pg_sleep(30)");
            return 0;
          };
      MigrationException e =
          assertThrows(
              MigrationException.class,
              () ->
                  migrator(
                          db,
                          new Events(),
                          migration(
                              "1",
                              new MigrationBackfill("fill", "items", "id", 5, 0, 0, 1, 0, sleepy)))
                      .migrate());

      assertEquals("57014", e.sqlState(), e.getMessage());
      assertTrue(
          e.getMessage().contains("failed in @Backfill fill() for keys up to 5"), e.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void otherWriters_goOnWhileItRuns(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 500);
      AtomicReference<SQLException> writerFailure = new AtomicReference<>();
      AtomicInteger writes = new AtomicInteger();
      filling(
              db,
              50,
              (ctx, range) -> {
                int changed = COUNT.fill(ctx, range); // this batch's rows are locked now
                if (Long.valueOf(200).equals(range.after())) { // mid-way: batches behind and ahead
                  try (Connection writer = DriverManager.getConnection(db.url);
                      Statement s = writer.createStatement()) {
                    s.execute(lockTimeout(dialect, 2000)); // fails instead of waiting us out
                    writes.addAndGet(s.executeUpdate("update items set n = n + 10 where id = 10"));
                    writes.addAndGet(s.executeUpdate("update items set n = n + 10 where id = 400"));
                    writes.addAndGet(s.executeUpdate("insert into items (id) values (1000)"));
                  } catch (SQLException e) {
                    writerFailure.set(e);
                  }
                }
                return changed;
              })
          .migrate();

      assertNull(writerFailure.get());
      assertEquals(3, writes.get());
      assertEquals(
          List.of(List.of("11"), List.of("11"), List.of("0")),
          db.rows("select n from items where id in (10, 400, 1000) order by id"));
    }
  }
}
