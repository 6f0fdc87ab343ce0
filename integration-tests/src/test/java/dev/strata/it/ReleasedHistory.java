package dev.strata.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.strata.Dialect;
import dev.strata.Stage;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.MigrationStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A database as the release before the history's change and stage columns left it: the fixtures in
 * {@code released-history/} (its README says how they were made), and the migrations that wrote
 * them (the first three here, as {@code MakeFixtures.java} has them, with the same checksums),
 * followed by the later stages of change {@code customers-email}.
 */
final class ReleasedHistory {

  static final String CHANGE = "customers-email";

  private ReleasedHistory() {}

  /** Loads the fixture of {@code db}'s kind into it. */
  static void load(TestDatabase db) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      if (db.kind == Db.H2) {
        s.execute("runscript from 'classpath:/released-history/h2.sql'");
      } else {
        s.execute(resource("/released-history/postgresql.sql")); // its own search_path: own conn
      }
    }
  }

  private static String resource(String name) {
    try (InputStream in = ReleasedHistory.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The released migrations 1 to 3 (2 is the change's EXPAND), and then 4 (BACKFILL) and 5
   * (CONSTRAIN) up to {@code newest}.
   */
  static MigrationRegistry registry(int newest) {
    List<MigrationDescriptor> all = new ArrayList<>();
    all.add(migration("1", null, null, "create table customers (id int primary key)"));
    all.add(
        migration(
            "2", CHANGE, Stage.EXPAND, "alter table customers add column email varchar(200)"));
    all.add(migration("3", null, null, "create table orders (id int primary key)"));
    all.add(migration("4", CHANGE, Stage.BACKFILL, "update customers set email = 'x'"));
    all.add(
        migration(
            "5", CHANGE, Stage.CONSTRAIN, "alter table customers alter column email set not null"));
    List<MigrationDescriptor> listed = List.copyOf(all.subList(0, newest));
    return () -> listed;
  }

  static MigrationDescriptor migration(String version, String change, Stage stage, String sql) {
    Set<Dialect> both = Set.of(Dialect.H2, Dialect.POSTGRES);
    return new MigrationDescriptor(
        version,
        "migration " + version,
        "app.V" + version,
        List.of(),
        true,
        List.of("team-a"),
        List.of(),
        "sum" + version,
        List.of(new MigrationStep("up", both, 0, 0, db -> db.execute(sql))),
        List.of(),
        List.of(),
        List.of(),
        change,
        stage,
        List.of(),
        null,
        null);
  }

  /** The columns of the history table, lower case, in table order. */
  static List<String> historyColumns(TestDatabase db) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection c = db.connect();
        ResultSet r = c.getMetaData().getColumns(null, null, table(db, "strata_history"), null)) {
      while (r.next()) {
        columns.add(r.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
      }
    }
    return columns;
  }

  /** The indexes of the history table, lower case. */
  static List<String> historyIndexes(TestDatabase db) throws SQLException {
    List<String> indexes = new ArrayList<>();
    try (Connection c = db.connect();
        ResultSet r =
            c.getMetaData().getIndexInfo(null, null, table(db, "strata_history"), false, false)) {
      while (r.next()) {
        indexes.add(r.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT));
      }
    }
    return indexes;
  }

  private static String table(TestDatabase db, String name) {
    return db.kind == Db.H2 ? name.toUpperCase(java.util.Locale.ROOT) : name;
  }
}
