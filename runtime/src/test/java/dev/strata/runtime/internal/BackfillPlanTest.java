package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Backfilled.COUNT;
import static dev.strata.runtime.internal.Backfilled.countingUp;
import static dev.strata.runtime.internal.Backfilled.fill;
import static dev.strata.runtime.internal.Backfilled.filling;
import static dev.strata.runtime.internal.Backfilled.items;
import static dev.strata.runtime.internal.Backfilled.migration;
import static dev.strata.runtime.internal.Backfilled.migrator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.Dialect;
import dev.strata.runtime.BackfillInfo;
import dev.strata.runtime.MigrationBackfill;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Plan;
import dev.strata.runtime.internal.Backfilled.Events;
import dev.strata.runtime.internal.Backfilled.Key;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A backfill in {@code plan}, and an interrupted one in {@code backfills()}. */
class BackfillPlanTest {

  private static void execute(GateDb db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(db.url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void plan_showsTheFirstBatch_andTheBatchCount(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 250);
      execute(db, "delete from items where id <= 20"); // the first batch starts at 21
      execute(db, "analyze" + (dialect == Dialect.H2 ? "" : " items"));
      Migrator m =
          migrator(db, new Events(), migration("1", fill(100, 0, COUNT), List.of(countingUp())));

      Plan.Step step = m.plan().steps().get(0);

      assertEquals(
          List.of("create table if not exists ups (n int)", "insert into ups values (1)"),
          step.statements());
      assertEquals(
          new Plan.Backfill(
              "items", "id", 100, List.of("update items set n = n + 1 where id <= 120"), 3),
          step.backfill());
      assertEquals(List.of(List.of("0")), db.rows("select count(*) from items where n > 0"));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void plan_ofATableNotThereYet_showsAStandInRange(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      Plan.Step step = filling(db, 100, COUNT).plan().steps().get(0);

      assertEquals(
          List.of("update items set n = n + 1 where id <= 100"), step.backfill().batchStatements());
      assertEquals(-1, step.backfill().estimatedBatches());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void plan_refusesAKeyMigrateWouldRefuse(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      execute(db, "create table items (id int, n int)");

      MigrationException e =
          assertThrows(MigrationException.class, () -> filling(db, 100, COUNT).plan());

      assertEquals(MigrationException.Reason.VALIDATION, e.reason());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aStoppedBackfill_isInterrupted_untilItResumes(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 100);
      Migrator broken =
          filling(
              db,
              40,
              (ctx, range) -> {
                if (!range.first()) {
                  throw new IllegalStateException("stopped");
                }
                return COUNT.fill(ctx, range);
              });
      assertThrows(MigrationException.class, broken::migrate);
      // the batch committed long ago: no process is running it
      execute(db, "update strata_backfill set updated_at = updated_at - interval '1' hour");

      BackfillInfo info = broken.backfills().get(0);

      assertEquals(BackfillInfo.State.INTERRUPTED, info.state());
      assertEquals(List.of(40L, 40L, 1L), List.of(info.keys(), info.rows(), info.batches()));
      assertEquals(List.of("40", "100"), List.of(info.lastKey(), info.endKey()));
      assertEquals("backfill 1", info.description());
      filling(db, 40, COUNT).migrate();
      assertEquals(BackfillInfo.State.FINISHED, broken.backfills().get(0).state());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aResume_onAnotherKey_isRefused_andTheTableNameIsConfigurable(Dialect dialect)
      throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 100);
      execute(db, "create table others (code varchar(10) primary key)");
      MigrationBackfill.Filler failing =
          (ctx, range) -> {
            if (!range.first()) {
              throw new IllegalStateException("stopped");
            }
            return COUNT.fill(ctx, range);
          };
      Migrator.Builder builder = db.migrator().backfillTable("fills").listener(new Events());
      assertThrows(
          MigrationException.class,
          () ->
              builder
                  .registry(new Registries.Listed(List.of(migration("1", fill(40, 0, failing)))))
                  .build()
                  .migrate());
      assertEquals(List.of(List.of("40")), db.rows("select last_key from fills"));

      MigrationException e =
          assertThrows(
              MigrationException.class,
              () ->
                  db.migrator()
                      .backfillTable("fills")
                      .registry(
                          new Registries.Listed(
                              List.of(
                                  migration(
                                      "1",
                                      new MigrationBackfill(
                                          "fill", "others", "code", 40, 0, 0, 0, 0, COUNT)))))
                      .build()
                      .migrate());

      assertEquals(MigrationException.Reason.CONFIGURATION, e.reason());
      assertEquals(
          "Migration 1 (backfill 1, app.V1): its backfill started on table items by key id"
              + " (integer), and its @Backfill now walks table others by key code (text): the 1"
              + " batch(es) done cannot be resumed on it. Restore the migration as it was, or"
              + " delete its row from "
              + db.dialect.name().replace("POSTGRES", "fills").replace("H2", "FILLS")
              + " (where version = '1') to start it over from the beginning. Nothing ran.",
          e.getMessage());
      MigrationException named =
          assertThrows(
              MigrationException.class,
              () -> db.migrator().backfillTable("strata_journal").build());
      assertEquals(MigrationException.Reason.CONFIGURATION, named.reason());
    }
  }
}
