package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Backfilled.COUNT;
import static dev.strata.runtime.internal.Backfilled.counters;
import static dev.strata.runtime.internal.Backfilled.countingUp;
import static dev.strata.runtime.internal.Backfilled.fill;
import static dev.strata.runtime.internal.Backfilled.filling;
import static dev.strata.runtime.internal.Backfilled.items;
import static dev.strata.runtime.internal.Backfilled.migration;
import static dev.strata.runtime.internal.Backfilled.migrator;
import static dev.strata.runtime.internal.Backfilled.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Dialect;
import dev.strata.runtime.BackfillInfo;
import dev.strata.runtime.BackfillProgress;
import dev.strata.runtime.JournalEntry;
import dev.strata.runtime.JournalQuery;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.internal.Backfilled.Events;
import dev.strata.runtime.internal.Backfilled.Key;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The backfill engine on H2 and PostgreSQL: batches, progress row, resume, history at the end. */
class BackfillTest {

  static Stream<Arguments> dialectsAndKeys() {
    return Stream.of(Dialect.values())
        .flatMap(d -> Stream.of(Key.values()).map(k -> Arguments.of(d, k)));
  }

  private static List<String> journal(Migrator m) {
    return m.journal(JournalQuery.all()).stream().map(JournalEntry::event).map(Enum::name).toList();
  }

  @ParameterizedTest
  @MethodSource("dialectsAndKeys")
  void everyRowOnce_inBatches_historyRowAtTheEnd(Dialect dialect, Key key) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, key, 250);
      Events events = new Events();
      Migrator m = migrator(db, events, migration("1", fill(100, 0, COUNT)));

      assertEquals(
          List.of("1"), m.migrate().executed().stream().map(MigrationInfo::version).toList());

      assertEquals(repeat("1", 250), counters(db));
      assertEquals(
          List.of(100L, 200L, 250L), events.events.stream().map(BackfillProgress::keys).toList());
      assertEquals(
          List.of(false, false, true),
          events.events.stream().map(BackfillProgress::finished).toList());
      BackfillProgress last = events.events.get(2);
      assertEquals(250, last.rows());
      assertEquals(3, last.batches());
      assertEquals("items", last.table());
      if (dialect == Dialect.H2) { // PostgreSQL's statistics lag behind fresh inserts
        assertEquals(250, last.estimatedKeys());
      }
      assertEquals(MigrationState.APPLIED, m.status().get(0).state());
      assertEquals(1, m.history().size());
      assertEquals(List.of("APPLIED"), journal(m));
      BackfillInfo info = m.backfills().get(0);
      assertEquals(BackfillInfo.State.FINISHED, info.state());
      assertEquals(List.of(250L, 250L, 3L), List.of(info.keys(), info.rows(), info.batches()));
      assertEquals(key.of(250).toString(), info.endKey());
      assertEquals(info.endKey(), info.lastKey());
      assertTrue(m.migrate().nothingToDo());
      assertEquals(repeat("1", 250), counters(db));
    }
  }

  @ParameterizedTest
  @MethodSource("dialectsAndKeys")
  void failedBatch_keepsTheEarlierOnes_andTheNextMigrateResumes(Dialect dialect, Key key)
      throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, key, 200);
      AtomicBoolean broken = new AtomicBoolean(true);
      int[] batches = {0};
      Migrator m =
          filling(
              db,
              50,
              (ctx, range) -> {
                int changed = COUNT.fill(ctx, range);
                if (++batches[0] == 3 && broken.get()) {
                  throw new IllegalStateException("the third batch breaks");
                }
                return changed;
              },
              countingUp());

      MigrationException e = assertThrows(MigrationException.class, m::migrate);

      assertEquals(Reason.MIGRATION_FAILED, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("the third batch breaks"), e.getMessage());
      assertTrue(e.getMessage().contains("it resumes after key " + key.of(100)), e.getMessage());
      assertEquals(repeat("1", 100), counters(db).subList(0, 100));
      assertEquals(repeat("0", 100), counters(db).subList(100, 200));
      BackfillInfo info = m.backfills().get(0);
      assertEquals(List.of(100L, 2L), List.of(info.keys(), info.batches()));
      assertEquals(key.of(100).toString(), info.lastKey());
      assertEquals(MigrationState.PENDING, m.status().get(0).state());
      assertEquals(List.of("FAILED"), journal(m));

      broken.set(false);
      m.migrate();

      assertEquals(repeat("1", 200), counters(db));
      assertEquals(List.of(List.of("1")), db.rows("select count(*) from ups")); // no 2nd @Up
      assertEquals(
          List.of(200L, 4L), List.of(m.backfills().get(0).keys(), m.backfills().get(0).batches()));
      assertEquals(1, m.history().size());
      assertEquals(List.of("FAILED", "APPLIED"), journal(m));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectionKilledMidBatch_theNextMigrateResumes(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 100);
      AtomicBoolean kill = new AtomicBoolean(true);
      Migrator m =
          filling(
              db,
              30,
              (ctx, range) -> {
                int changed = COUNT.fill(ctx, range);
                if (Long.valueOf(60).equals(range.after()) && kill.getAndSet(false)) {
                  if (dialect == Dialect.POSTGRES) { // as a SIGKILL leaves it: the session ends
                    ctx.execute("select pg_terminate_backend(pg_backend_pid())");
                  } else {
                    ctx.connection().close();
                  }
                }
                return changed;
              });

      assertThrows(MigrationException.class, m::migrate);
      assertEquals("60", m.backfills().get(0).lastKey());
      m.migrate();

      assertEquals(repeat("1", 100), counters(db));
      assertEquals(1, m.history().size());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void emptyTable_noBatch_stillApplied(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 0);
      Events events = new Events();
      Migrator m = migrator(db, events, migration("1", fill(100, 0, COUNT)));

      m.migrate();

      assertEquals(1, events.events.size());
      assertTrue(events.events.get(0).finished());
      assertEquals(0, events.events.get(0).batches());
      assertEquals(MigrationState.APPLIED, m.status().get(0).state());
      assertEquals(null, m.backfills().get(0).endKey());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void rowsInsertedAfterTheStart_areNotVisited(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 100);
      Migrator m =
          filling(
              db,
              30,
              (ctx, range) -> {
                if (range.first()) { // another session adds rows above the end key
                  try (Connection other = DriverManager.getConnection(db.url)) {
                    Backfilled.insert(other, Key.INTEGER, 101, 120);
                  }
                }
                return COUNT.fill(ctx, range);
              });

      m.migrate();

      assertEquals(repeat("1", 100), counters(db).subList(0, 100));
      assertEquals(repeat("0", 20), counters(db).subList(100, 120));
      assertEquals("100", m.backfills().get(0).endKey());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void undo_runsDown_andDeletesTheProgressRow(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      items(db, Key.INTEGER, 10);
      db.migrator().registry(new Registries.Listed(List.of(Gated.plain("0")))).build().migrate();
      Migrator m = migrator(db, new Events(), Gated.plain("0"), migration("1", fill(4, 0, COUNT)));
      m.migrate();

      m.undo("0");

      assertEquals(repeat("0", 10), counters(db));
      assertTrue(m.backfills().isEmpty());
      m.migrate(); // from the beginning again
      assertEquals(repeat("1", 10), counters(db));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void unwalkableKeys_refusedBeforeAnythingRuns(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      try (Connection c = DriverManager.getConnection(db.url);
          Statement s = c.createStatement()) {
        s.execute("create table pairs (a int, b int, at timestamp, primary key (a, b))");
        s.execute("create table stamps (at timestamp primary key)");
        s.execute("create table loose (id int)");
      }
      String composite = refusal(db, "pairs", "a");
      assertTrue(
          composite.endsWith(
              "walks table pairs by key column a, but it is not unique by itself: it is part of"
                  + " the composite key ("
                  + db.dialect.name().replace("H2", "A, B").replace("POSTGRES", "a, b")
                  + "). A backfill needs a column unique by itself, so that each batch is one"
                  + " range of keys: give it a unique index, or pick such a column as key."
                  + " Nothing ran."),
          composite);
      assertTrue(
          refusal(db, "loose", "id")
              .contains("but it is not unique: no primary key or unique index is on it alone"));
      assertTrue(
          refusal(db, "stamps", "at")
              .contains("but its type is timestamp, and a key must be an integer, text or UUID"));
      assertTrue(
          refusal(db, "pairs", "c")
              .contains("but the table has no column c; name an existing column as key"));
      assertTrue(
          refusal(db, "missing", "id")
              .contains("but the table does not exist; create it in an earlier migration"));
      assertFalse(db.tableExists("ups"));
    }
  }

  /** The message of the refusal of a backfill over {@code table} by {@code key}. */
  private static String refusal(GateDb db, String table, String key) {
    Migrator m =
        migrator(
            db,
            new Events(),
            migration(
                "1",
                new dev.strata.runtime.MigrationBackfill("fill", table, key, 10, 0, 0, 0, 0, COUNT),
                List.of(countingUp())));
    MigrationException e = assertThrows(MigrationException.class, m::migrate);
    assertEquals(Reason.VALIDATION, e.reason(), e.getMessage());
    assertTrue(
        e.getMessage().startsWith("Migration 1 (backfill 1, app.V1): its @Backfill fill()"),
        e.getMessage());
    return e.getMessage();
  }
}
