package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Backfilled.COUNT;
import static dev.strata.runtime.internal.Backfilled.counters;
import static dev.strata.runtime.internal.Backfilled.fill;
import static dev.strata.runtime.internal.Backfilled.items;
import static dev.strata.runtime.internal.Backfilled.migration;
import static dev.strata.runtime.internal.Backfilled.migrator;
import static dev.strata.runtime.internal.Backfilled.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Dialect;
import dev.strata.runtime.BackfillInfo;
import dev.strata.runtime.MigrationCheck;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.internal.Backfilled.Events;
import dev.strata.runtime.internal.Backfilled.Key;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A backfill's {@code @PreCheck}s guard its start, its {@code @PostCheck}s its history row. */
class BackfillChecksTest {

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void preCheckFalse_nothingRuns_andNoProgressRowIsWritten(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 100);
      AtomicBoolean ready = new AtomicBoolean(false);
      MigrationCheck pre = new MigrationCheck("ready", "the items are loaded", c -> ready.get());
      Migrator m =
          migrator(
              db,
              new Events(),
              migration("1", fill(40, 0, COUNT), List.of(), List.of(pre), List.of()));

      MigrationException e = assertThrows(MigrationException.class, m::migrate);

      assertEquals(Reason.MIGRATION_FAILED, e.reason(), e.getMessage());
      assertTrue(
          e.getMessage().contains("@PreCheck 'the items are loaded' (ready())"), e.getMessage());
      assertEquals(repeat("0", 100), counters(db));
      assertEquals(List.of(), m.backfills());
      assertEquals(List.of(), m.history());

      ready.set(true);
      m.migrate();

      assertEquals(repeat("1", 100), counters(db));
      assertEquals(1, m.history().size());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void postCheckFalse_keepsTheBatches_withholdsTheHistoryRow_untilItHolds(Dialect dialect)
      throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 100);
      AtomicBoolean done = new AtomicBoolean(false);
      MigrationCheck post = new MigrationCheck("counted", "every item is counted", c -> done.get());
      Migrator m =
          migrator(
              db,
              new Events(),
              migration("1", fill(40, 0, COUNT), List.of(), List.of(), List.of(post)));

      MigrationException e = assertThrows(MigrationException.class, m::migrate);

      assertTrue(
          e.getMessage().contains("@PostCheck 'every item is counted' (counted())"),
          e.getMessage());
      assertEquals(repeat("1", 100), counters(db)); // each batch committed on its own
      assertEquals(List.of(), m.history());
      assertEquals(BackfillInfo.State.INTERRUPTED, m.backfills().get(0).state());

      done.set(true);
      m.migrate();

      assertEquals(repeat("1", 100), counters(db)); // no batch ran twice
      assertEquals(1, m.history().size());
      assertEquals(BackfillInfo.State.FINISHED, m.backfills().get(0).state());
    }
  }
}
