package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Backfilled.COUNT;
import static dev.strata.runtime.internal.Backfilled.counters;
import static dev.strata.runtime.internal.Backfilled.fill;
import static dev.strata.runtime.internal.Backfilled.items;
import static dev.strata.runtime.internal.Backfilled.migration;
import static dev.strata.runtime.internal.Backfilled.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Dialect;
import dev.strata.runtime.BackfillInfo;
import dev.strata.runtime.MigrationBackfill;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.internal.Backfilled.Key;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rule for other instances: a migrate that waits for the lock while another migrator runs a
 * backfill returns at once, applying nothing, unless it was told to wait for backfills.
 */
class BackfillInstancesTest {

  /**
   * Runs migration 1's backfill with one migrator; in its third batch, {@code other} runs with a
   * second migrator of the same migrations, whose outcome (report or failure) it returns.
   */
  private static Object whileBackfilling(GateDb db, Function<Migrator.Builder, Object> other)
      throws Exception {
    items(db, Key.INTEGER, 200);
    Object[] outcome = new Object[1];
    MigrationDescriptor[] self = new MigrationDescriptor[1];
    MigrationBackfill.Filler filler =
        (ctx, range) -> {
          if (Long.valueOf(100).equals(range.after())) {
            outcome[0] =
                other.apply(db.migrator().registry(new Registries.Listed(List.of(self[0]))));
          }
          return COUNT.fill(ctx, range);
        };
    self[0] = migration("1", fill(50, 0, filler));
    db.migrator().registry(new Registries.Listed(List.of(self[0]))).build().migrate();
    assertEquals(repeat("1", 200), counters(db)); // the second migrator applied nothing
    return outcome[0];
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anotherInstance_doesNotWaitOutABackfill(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      List<String> warnings = new ArrayList<>();
      MigrationListener listener =
          new MigrationListener() {
            @Override
            public void warning(String message) {
              warnings.add(message);
            }
          };
      MigrationReport report =
          (MigrationReport)
              whileBackfilling(
                  db,
                  b -> b.listener(listener).lockTimeout(Duration.ofMinutes(5)).build().migrate());

      BackfillInfo elsewhere = report.backfillElsewhere();
      assertEquals("1", elsewhere.version());
      assertEquals(BackfillInfo.State.RUNNING, elsewhere.state());
      assertEquals(List.of(100L, 2L), List.of(elsewhere.keys(), elsewhere.batches()));
      assertTrue(report.executed().isEmpty());
      assertFalse(report.nothingToDo());
      assertNull(report.initialVersion());
      assertEquals(
          List.of(
              "Another process is backfilling 1 (backfill 1) on table items: 100 keys, 2 batches"
                  + " done, up to key 100 of 200. This run applied nothing and does not wait for"
                  + " it; it will apply what is pending once the backfill ends. To wait instead,"
                  + " set waitForBackfill(true) on Migrator.builder() (for the command line, in"
                  + " the application's MigratorFactory)."),
          warnings);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void waitForBackfill_waitsAsForAnyLock(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      Object outcome =
          whileBackfilling(
              db,
              b -> {
                try {
                  return b.waitForBackfill(true)
                      .lockTimeout(Duration.ofSeconds(2))
                      .build()
                      .migrate();
                } catch (MigrationException e) {
                  return e;
                }
              });

      assertEquals(
          MigrationException.Reason.LOCK,
          ((MigrationException) outcome).reason(),
          outcome.toString());
    }
  }
}
