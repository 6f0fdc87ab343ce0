package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.runtime.KeyRange;
import dev.strata.runtime.MigrationBackfill;
import dev.strata.runtime.internal.BackfillTable.KeyType;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The key column a backfill walks: checked before anything runs (the table exists, the column
 * exists, is unique by itself and has a type a key may have), its largest key, the next batch's
 * range, and the catalog's estimate of the table's rows.
 */
final class BackfillKeys {

  private static final Set<Integer> INTEGERS =
      Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT);
  private static final Set<Integer> TEXTS =
      Set.of(
          Types.CHAR,
          Types.VARCHAR,
          Types.LONGVARCHAR,
          Types.NCHAR,
          Types.NVARCHAR,
          Types.LONGNVARCHAR);

  private BackfillKeys() {}

  /** The key's type; a {@link BackfillMessages#badKey} refusal when the key cannot be walked. */
  static KeyType check(Connection connection, Database database, Known k) {
    MigrationBackfill b = k.migration().backfill();
    KeyType type;
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("select " + b.key() + " from " + b.table() + " where 1 = 0")) {
      ResultSetMetaData meta = r.getMetaData();
      int jdbc = meta.getColumnType(1);
      String name = meta.getColumnTypeName(1);
      if (INTEGERS.contains(jdbc)) {
        type = KeyType.INTEGER;
      } else if (TEXTS.contains(jdbc)) {
        type = KeyType.TEXT;
      } else if ("uuid".equalsIgnoreCase(name)) {
        type = KeyType.UUID;
      } else {
        throw BackfillMessages.badKey(
            k,
            "its type is "
                + name.toLowerCase(Locale.ROOT)
                + ", and a key must be an integer,"
                + " text or UUID column; pick such a column as key");
      }
    } catch (SQLException e) {
      String state = e.getSQLState();
      if (Failures.isMissingTable(state)) {
        throw BackfillMessages.badKey(
            k, "the table does not exist; create it in an earlier migration");
      }
      if ("42703".equals(state) || "42S22".equals(state) || "42122".equals(state)) {
        throw BackfillMessages.badKey(
            k, "the table has no column " + b.key() + "; name an existing column as key");
      }
      throw BackfillMessages.badKey(k, "reading the column failed: " + Failures.describe(e));
    }
    List<List<String>> unique;
    try {
      unique = uniqueKeys(connection, database, b.table());
    } catch (SQLException e) {
      throw BackfillMessages.badKey(k, "reading its indexes failed: " + Failures.describe(e));
    }
    String key = unquoted(database, b.key());
    if (unique.stream().noneMatch(columns -> columns.equals(List.of(key)))) {
      List<String> containing =
          unique.stream().filter(c -> c.contains(key)).map(c -> String.join(", ", c)).toList();
      throw BackfillMessages.badKey(
          k,
          (containing.isEmpty()
                  ? "it is not unique: no primary key or unique index is on it alone"
                  : "it is not unique by itself: it is part of the composite key ("
                      + String.join("), (", containing)
                      + ")")
              + ". A backfill needs a column unique by itself, so that each batch is one range of"
              + " keys: give it a unique index, or pick such a column as key");
    }
    return type;
  }

  /** The columns of each unique index (the primary key among them) of {@code table}. */
  private static List<List<String>> uniqueKeys(Connection c, Database database, String table)
      throws SQLException {
    String[] name = resolve(c, database, table);
    Map<String, List<String>> indexes = new LinkedHashMap<>();
    try (ResultSet r = c.getMetaData().getIndexInfo(null, name[0], name[1], true, true)) {
      while (r.next()) {
        String index = r.getString("INDEX_NAME");
        String column = r.getString("COLUMN_NAME");
        if (index != null && column != null && !r.getBoolean("NON_UNIQUE")) {
          indexes.computeIfAbsent(index, i -> new ArrayList<>()).add(column);
        }
      }
    }
    return new ArrayList<>(indexes.values());
  }

  /** The schema and name the catalog stores {@code table} under. */
  private static String[] resolve(Connection c, Database database, String table)
      throws SQLException {
    if (database.dialect() == Dialect.POSTGRES) {
      try (PreparedStatement s =
          c.prepareStatement(
              "select n.nspname, t.relname from pg_class t join pg_namespace n"
                  + " on n.oid = t.relnamespace where t.oid = ?::regclass")) {
        s.setString(1, table);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return new String[] {r.getString(1), r.getString(2)};
        }
      }
    }
    int dot = table.lastIndexOf('.');
    String schema;
    if (dot < 0) {
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select schema()")) {
        r.next();
        schema = r.getString(1);
      }
    } else {
      schema = unquoted(database, table.substring(0, dot));
    }
    return new String[] {schema, unquoted(database, table.substring(dot + 1))};
  }

  /** An identifier as the catalog stores it: folded unless quoted. */
  private static String unquoted(Database database, String name) {
    String trimmed = name.trim();
    return trimmed.startsWith("\"") && trimmed.endsWith("\"") && trimmed.length() > 1
        ? trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"")
        : database.fold(trimmed);
  }

  /**
   * The keys the first batch would cover now, for a plan: checked as a migrate checks them; {@code
   * key <= batchSize} when the table does not exist yet (an earlier pending migration may create
   * it) or is empty.
   */
  static KeyRange firstRange(Connection c, Database database, Known k) throws SQLException {
    MigrationBackfill b = k.migration().backfill();
    KeyRange standIn = new KeyRange(null, (long) b.batchSize());
    try (Statement s = c.createStatement()) {
      s.executeQuery("select 1 from " + b.table() + " where 1 = 0").close();
    } catch (SQLException e) {
      if (Failures.isMissingTable(e.getSQLState())) {
        return standIn;
      }
      throw e;
    }
    KeyType type = check(c, database, k);
    Object end = max(c, b, type);
    if (end == null) {
      return standIn;
    }
    Object[] range = new Object[2];
    next(c, database.dialect(), b, type, null, end, b.batchSize(), range);
    return new KeyRange(null, range[1]);
  }

  /** The largest key now, where the backfill ends; null for an empty table. */
  static Object max(Connection c, MigrationBackfill b, KeyType type) throws SQLException {
    String sql =
        "select " + b.key() + " from " + b.table() + " order by " + b.key() + " desc limit 1";
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? type.read(r, 1) : null;
    }
  }

  /**
   * Into {@code range}: how many keys the next batch of {@code size} after {@code after} covers
   * (not beyond {@code end}), and its last key. PostgreSQL has no {@code max} of a UUID: the last
   * one is taken as text in byte order.
   */
  static void next(
      Connection c,
      Dialect dialect,
      MigrationBackfill b,
      KeyType type,
      Object after,
      Object end,
      int size,
      Object[] range)
      throws SQLException {
    KeyRange all = new KeyRange(after, end);
    boolean pgUuid = type == KeyType.UUID && dialect == Dialect.POSTGRES;
    String last = pgUuid ? "max(k::text collate \"C\")::uuid" : "max(k)";
    String sql =
        ("select count(*), %s from (select %s as k from %s where %s order by %s limit %d) batch")
            .formatted(last, b.key(), b.table(), all.where(b.key()), b.key(), size);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      Object[] bindings = all.bindings();
      for (int i = 0; i < bindings.length; i++) {
        s.setObject(i + 1, bindings[i]);
      }
      if (b.timeoutSeconds() > 0) {
        s.setQueryTimeout(b.timeoutSeconds());
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        range[0] = r.getLong(1);
        range[1] = type.read(r, 2);
      }
    }
  }

  /**
   * The catalog's estimate of the rows of {@code table}: PostgreSQL's {@code reltuples} or the
   * statistics' live rows, whichever is larger; H2's {@code ROW_COUNT_ESTIMATE}; -1 when unknown.
   */
  static long estimate(Connection c, Database database, String table) {
    try {
      String[] name = resolve(c, database, table);
      String sql =
          database.dialect() == Dialect.POSTGRES
              ? "select greatest(t.reltuples::bigint, coalesce(s.n_live_tup, -1)) from pg_class t"
                  + " join pg_namespace n on n.oid = t.relnamespace left join pg_stat_user_tables s"
                  + " on s.relid = t.oid where n.nspname = ? and t.relname = ?"
              : "select row_count_estimate from information_schema.tables"
                  + " where table_schema = ? and table_name = ?";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, name[0]);
        s.setString(2, name[1]);
        try (ResultSet r = s.executeQuery()) {
          long estimate = r.next() ? r.getLong(1) : -1;
          return estimate > 0 ? estimate : -1;
        }
      }
    } catch (SQLException e) {
      return -1; // an estimate only feeds the progress: never a reason to stop
    }
  }
}
