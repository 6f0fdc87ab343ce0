package dev.strata.runtime.internal;

import dev.strata.runtime.BackfillProgress;
import dev.strata.runtime.MigrationBackfill;
import dev.strata.runtime.MigrationCheck;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.MigrationStep;
import dev.strata.runtime.Migrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built backfill migrations, as the processor would generate them, and their tables: {@code
 * items} with a key, a per-row counter {@code n} that each fill adds one to, so a test sees that
 * every row was updated exactly once.
 */
final class Backfilled {

  private Backfilled() {}

  /** A key type and how the test writes the key of row {@code i}. */
  enum Key {
    INTEGER("bigint"),
    TEXT("varchar(40)"),
    UUID("uuid");

    final String sql;

    Key(String sql) {
      this.sql = sql;
    }

    Object of(int i) {
      return switch (this) {
        case INTEGER -> (long) i;
        case TEXT -> "k" + String.format("%06d", i);
        case UUID -> new java.util.UUID(i, 42); // in key order, as the tests count on
      };
    }
  }

  /** {@code items(id <key> primary key, n int)} with {@code rows} rows, counters at 0. */
  static void items(GateDb db, Key key, int rows) throws SQLException {
    try (Connection c = DriverManager.getConnection(db.url);
        Statement s = c.createStatement()) {
      s.execute("create table items (id " + key.sql + " primary key, n int default 0 not null)");
      insert(c, key, 1, rows);
    }
  }

  /** Inserts the rows {@code from} to {@code to} of {@code items}. */
  static void insert(Connection c, Key key, int from, int to) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("insert into items (id) values (?)")) {
      for (int i = from; i <= to; i++) {
        p.setObject(1, key.of(i));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /**
   * Adds one to the counter of every row of the range; what a real fill does, idempotence aside.
   */
  static final MigrationBackfill.Filler COUNT =
      (db, range) ->
          db.execute("update items set n = n + 1 where " + range.where("id"), range.bindings());

  static MigrationBackfill fill(int batchSize, int targetMillis, MigrationBackfill.Filler filler) {
    return new MigrationBackfill("fill", "items", "id", batchSize, 0, targetMillis, 0, 3, filler);
  }

  static MigrationDescriptor migration(
      String version, MigrationBackfill backfill, List<MigrationStep> up) {
    return migration(version, backfill, up, List.of(), List.of());
  }

  static MigrationDescriptor migration(
      String version,
      MigrationBackfill backfill,
      List<MigrationStep> up,
      List<MigrationCheck> preChecks,
      List<MigrationCheck> postChecks) {
    return new MigrationDescriptor(
        version,
        "backfill " + version,
        "app.V" + version,
        List.of(),
        false,
        List.of("team-a"),
        List.of(),
        "sum" + version,
        up,
        List.of(
            new MigrationStep(
                "down", Gated.BOTH, 0, 0, db -> db.execute("update items set n = 0"))),
        preChecks,
        postChecks,
        null,
        null,
        List.of(),
        null,
        backfill);
  }

  static MigrationDescriptor migration(String version, MigrationBackfill backfill) {
    return migration(version, backfill, List.of());
  }

  /** An {@code @Up} that counts its runs in table {@code ups}. */
  static MigrationStep countingUp() {
    return new MigrationStep(
        "up",
        Gated.BOTH,
        0,
        0,
        db -> {
          db.execute("create table if not exists ups (n int)");
          db.execute("insert into ups values (1)");
        });
  }

  /** Collects the progress events. */
  static final class Events implements MigrationListener {
    final List<BackfillProgress> events = new ArrayList<>();

    @Override
    public void backfillProgress(BackfillProgress progress) {
      events.add(progress);
    }

    List<Integer> sizes() {
      return events.stream().map(BackfillProgress::batchSize).toList();
    }
  }

  static Migrator migrator(GateDb db, MigrationListener listener, MigrationDescriptor... ms) {
    return db.migrator().registry(new Registries.Listed(List.of(ms))).listener(listener).build();
  }

  /** A migrator of migration 1, filling {@code items} in batches of {@code size} with {@code f}. */
  static Migrator filling(GateDb db, int size, MigrationBackfill.Filler f, MigrationStep... up) {
    return migrator(db, new Events(), migration("1", fill(size, 0, f), List.of(up)));
  }

  /** Each row's counter, in key order. */
  static List<String> counters(GateDb db) throws SQLException {
    return db.rows("select n from items order by id").stream().map(r -> r.get(0)).toList();
  }

  static List<String> repeat(String value, int times) {
    return java.util.Collections.nCopies(times, value);
  }
}
