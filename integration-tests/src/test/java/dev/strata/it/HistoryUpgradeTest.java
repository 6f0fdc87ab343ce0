package dev.strata.it;

import static dev.strata.it.ReleasedHistory.CHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Stage;
import dev.strata.runtime.HistoryEntry;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A history table written by the release before the change and stage columns (the fixtures of
 * {@link ReleasedHistory}) is upgraded in place by the first run that takes the lock, keeps its
 * rows and checksums, and is left alone by the read-only commands.
 */
class HistoryUpgradeTest {

  @ParameterizedTest
  @EnumSource(Db.class)
  void releasedHistory_isUpgradedByTheFirstMigrate(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      ReleasedHistory.load(db);
      Migrator migrator = db.migrator().registry(ReleasedHistory.registry(5)).build();

      // read-only commands work on the old table and leave it as it is
      assertEquals(5, migrator.history().size());
      assertTrue(migrator.history().stream().allMatch(e -> e.change() == null));
      assertEquals(5, migrator.status().size());
      migrator.validate(); // the released checksums still validate
      // the live stage too, from the old row of 2, an EXPAND the release did not record as one
      assertEquals(Optional.of(Stage.EXPAND), migrator.stage(CHANGE));
      assertEquals(Map.of(CHANGE, Stage.EXPAND), migrator.stages());
      assertFalse(ReleasedHistory.historyColumns(db).contains("change_name"));

      MigrationReport report = migrator.migrate();

      assertEquals(List.of("4", "5"), report.executed().stream().map(m -> m.version()).toList());
      List<String> columns = ReleasedHistory.historyColumns(db);
      assertEquals(
          List.of("success", "change_name", "stage"), columns.subList(9, 12), columns.toString());
      assertTrue(
          ReleasedHistory.historyIndexes(db).contains("strata_history_change"),
          ReleasedHistory.historyIndexes(db).toString());
      List<HistoryEntry> history = migrator.history();
      assertEquals(7, history.size());
      for (HistoryEntry old : history.subList(0, 5)) { // version 2 was an EXPAND, unrecorded then
        assertNull(old.change(), old.toString());
        assertNull(old.stage(), old.toString());
      }
      assertEquals("sum2", history.get(1).checksum());
      assertEquals(CHANGE, history.get(5).change());
      assertEquals(Stage.BACKFILL, history.get(5).stage());
      assertEquals(CHANGE, history.get(6).change());
      assertEquals(Stage.CONSTRAIN, history.get(6).stage());
      migrator.validate();
      assertTrue(migrator.migrate().executed().isEmpty());
      assertEquals(Optional.of(Stage.CONSTRAIN), migrator.stage(CHANGE));
      // a new migrator queries by change_name, and still takes 2's row, which has none
      Migrator fresh = db.migrator().registry(ReleasedHistory.registry(5)).build();
      assertEquals(Optional.of(Stage.CONSTRAIN), fresh.stage(CHANGE));
      assertEquals(Map.of(CHANGE, Stage.CONSTRAIN), fresh.stages());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void twoMigratorsRacing_upgradeTheTableOnce(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      ReleasedHistory.load(db);
      CyclicBarrier start = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<MigrationReport>> runs = new ArrayList<>();
        for (int newest : new int[] {4, 5}) {
          Migrator migrator = db.migrator().registry(ReleasedHistory.registry(newest)).build();
          Callable<MigrationReport> run =
              () -> {
                start.await();
                return migrator.migrate();
              };
          runs.add(pool.submit(run));
        }
        for (Future<MigrationReport> run : runs) {
          run.get(); // neither failed
        }
      } finally {
        pool.shutdownNow();
      }
      List<HistoryEntry> history =
          db.migrator().registry(ReleasedHistory.registry(5)).build().history();
      assertEquals(
          List.of("1", "2", "3", "3", "3", "4", "5"),
          history.stream().map(HistoryEntry::version).toList());
      assertEquals(
          List.of(Stage.BACKFILL, Stage.CONSTRAIN),
          List.of(history.get(5).stage(), history.get(6).stage()));
      List<String> columns = ReleasedHistory.historyColumns(db);
      assertEquals(12, columns.size(), columns.toString());
    }
  }
}
