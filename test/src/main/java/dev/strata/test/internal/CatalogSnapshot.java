package dev.strata.test.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the catalog says about one schema, and the data in it: each object ("column users.nick",
 * "index ix_orders_book") with its attributes, and per table the row count and a hash of the sorted
 * rows. Strata's own tables are left out: a rehearsal changes them on purpose.
 */
public record CatalogSnapshot(
    Map<String, Map<String, String>> objects, Map<String, Long> rows, Map<String, String> hashes) {

  public CatalogSnapshot {
    objects = Map.copyOf(objects);
    rows = Map.copyOf(rows);
    hashes = Map.copyOf(hashes);
  }

  // columns of tables only: a view's are compared through its definition
  private static final String COLUMNS =
      "select c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default,"
          + " c.is_identity from information_schema.columns c join information_schema.tables t"
          + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
          + " where c.table_schema = ? and t.table_type in ('BASE TABLE', 'TABLE')";
  private static final String H2_INDEXES =
      "select i.index_name, i.table_name, i.index_type_name, i.index_class,"
          + " listagg(c.column_name, ',') within group (order by c.ordinal_position)"
          + " from information_schema.indexes i join information_schema.index_columns c"
          + " on c.index_schema = i.index_schema and c.index_name = i.index_name"
          + " where i.index_schema = ? and i.index_type_name not in ('PRIMARY KEY')"
          + " and i.index_name not in (select constraint_name from information_schema.table_constraints)"
          + " and i.index_name not like 'CONSTRAINT_INDEX_%'"
          + " group by i.index_name, i.table_name, i.index_type_name, i.index_class";
  private static final String PG_INDEXES =
      "select ic.relname, t.relname, case when x.indisunique then 'UNIQUE' else '' end, am.amname,"
          + " pg_get_indexdef(x.indexrelid)"
          + " from pg_index x join pg_class ic on ic.oid = x.indexrelid"
          + " join pg_class t on t.oid = x.indrelid join pg_am am on am.oid = ic.relam"
          + " join pg_namespace n on n.oid = t.relnamespace where n.nspname = ?";
  // H2 names unnamed constraints by a counter, so those are keyed by what they say
  private static final String H2_CONSTRAINTS =
      "select tc.constraint_name, tc.table_name, tc.constraint_type,"
          + " coalesce((select listagg(k.column_name, ',') within group (order by k.ordinal_position)"
          + " from information_schema.key_column_usage k where k.constraint_schema = tc.constraint_schema"
          + " and k.constraint_name = tc.constraint_name), '')"
          + " || coalesce(' ' || (select cc.check_clause from information_schema.check_constraints cc"
          + " where cc.constraint_schema = tc.constraint_schema"
          + " and cc.constraint_name = tc.constraint_name), '')"
          + " from information_schema.table_constraints tc where tc.constraint_schema = ?";
  private static final String PG_CONSTRAINTS =
      "select c.conname, t.relname, c.contype::text, pg_get_constraintdef(c.oid)"
          + " from pg_constraint c join pg_class t on t.oid = c.conrelid"
          + " join pg_namespace n on n.oid = c.connamespace where n.nspname = ?";
  private static final String SEQUENCES =
      "select sequence_name, data_type, start_value, minimum_value, maximum_value, increment,"
          + " cycle_option from information_schema.sequences where sequence_schema = ?";
  private static final String VIEWS =
      "select table_name, view_definition from information_schema.views where table_schema = ?";
  // each foreign-key column with the column it references
  private static final String REFERENCES =
      "select fk.table_name, fk.column_name, pk.table_name, pk.column_name"
          + " from information_schema.referential_constraints rc"
          + " join information_schema.key_column_usage fk on fk.constraint_schema = rc.constraint_schema"
          + " and fk.constraint_name = rc.constraint_name"
          + " join information_schema.key_column_usage pk"
          + " on pk.constraint_schema = rc.unique_constraint_schema"
          + " and pk.constraint_name = rc.unique_constraint_name"
          + " and pk.ordinal_position = fk.position_in_unique_constraint"
          + " where rc.constraint_schema = ?";
  private static final String TABLES =
      "select table_name from information_schema.tables where table_schema = ?"
          + " and table_type in ('BASE TABLE', 'TABLE')";

  /** Reads the snapshot of {@code schema} through {@code connection}. */
  public static CatalogSnapshot read(Connection connection, String schema, boolean h2)
      throws SQLException {
    Map<String, Map<String, String>> objects = new TreeMap<>();
    Map<String, Set<String>> generated = new TreeMap<>();
    for (List<String> r : rows(connection, COLUMNS, schema)) {
      if (own(r.get(0))) {
        continue;
      }
      String table = lower(r.get(0));
      objects.put("table " + table, Map.of());
      Map<String, String> column = new TreeMap<>();
      column.put("type", lower(r.get(2)));
      column.put("nullable", "YES".equalsIgnoreCase(r.get(3)) ? "true" : "false");
      column.put("default", String.valueOf(r.get(4)));
      column.put("identity", "YES".equalsIgnoreCase(r.get(5)) ? "true" : "false");
      objects.put("column " + table + "." + lower(r.get(1)), column);
      if (isGenerated(r.get(4), r.get(5))) {
        generated.computeIfAbsent(table, t -> new TreeSet<>()).add(lower(r.get(1)));
      }
    }
    for (List<String> r : rows(connection, h2 ? H2_INDEXES : PG_INDEXES, schema)) {
      if (own(r.get(1))) {
        continue;
      }
      Map<String, String> index = new TreeMap<>();
      index.put("table", lower(r.get(1)));
      index.put("unique", r.get(2).contains("UNIQUE") ? "true" : "false");
      index.put("method", r.get(3));
      index.put(h2 ? "columns" : "definition", lower(r.get(4)));
      String name = lower(r.get(0));
      // H2 names the index it makes for a foreign key by a counter: keyed by what it covers
      String key =
          h2 && name.matches(".*_index_[0-9a-f]+")
              ? "index on " + lower(r.get(1)) + " (" + lower(r.get(4)) + ")"
              : "index " + name;
      objects.put(key, index);
    }
    for (List<String> r : rows(connection, h2 ? H2_CONSTRAINTS : PG_CONSTRAINTS, schema)) {
      if (own(r.get(1))) {
        continue;
      }
      String name = lower(r.get(0));
      String definition = lower(r.get(2) + " " + r.get(3));
      String key =
          h2 && name.startsWith("constraint_")
              ? "constraint on " + lower(r.get(1)) + " (" + definition + ")"
              : "constraint " + name;
      objects.put(key, Map.of("table", lower(r.get(1)), "definition", definition));
    }
    for (List<String> r : rows(connection, SEQUENCES, schema)) {
      if (own(r.get(0))) {
        continue;
      }
      Map<String, String> sequence = new TreeMap<>();
      String[] names = {"", "type", "start", "minimum", "maximum", "increment", "cycle"};
      for (int i = 1; i < names.length; i++) {
        sequence.put(names[i], lower(r.get(i)));
      }
      objects.put("sequence " + lower(r.get(0)), sequence);
    }
    for (List<String> r : rows(connection, VIEWS, schema)) {
      objects.put("view " + lower(r.get(0)), Map.of("definition", String.valueOf(r.get(1))));
    }
    withReferences(generated, rows(connection, REFERENCES, schema));
    Map<String, Long> counts = new TreeMap<>();
    Map<String, String> hashes = new TreeMap<>();
    for (List<String> r : rows(connection, TABLES, schema)) {
      if (own(r.get(0))) {
        continue;
      }
      String table = lower(r.get(0));
      List<String> texts = tableRows(connection, schema, r.get(0), generated.get(table));
      counts.put(table, (long) texts.size());
      hashes.put(table, sha256(texts));
    }
    return new CatalogSnapshot(objects, counts, hashes);
  }

  /**
   * Identity, serial and clock-default columns are left out of the row hash: a correct @Down that
   * deletes rows and an @Up that inserts them again gives them new values.
   */
  static boolean isGenerated(String columnDefault, String isIdentity) {
    if ("YES".equalsIgnoreCase(isIdentity)) {
      return true;
    }
    if (columnDefault == null) {
      return false;
    }
    String d = columnDefault.toLowerCase(Locale.ROOT);
    return d.contains("nextval")
        || d.contains("next value for")
        || d.contains("current_timestamp")
        || d.contains("localtimestamp")
        || d.contains("now()")
        || d.contains("random_uuid")
        || d.contains("gen_random_uuid");
  }

  /**
   * Adds to {@code generated} every foreign-key column that references a generated one, to any
   * depth: it holds the values a re-insert changed ({@code order_lines.book_id} after {@code
   * books.id}).
   */
  static void withReferences(Map<String, Set<String>> generated, List<List<String>> references) {
    boolean grew = true;
    while (grew) {
      grew = false;
      for (List<String> r : references) {
        String table = lower(r.get(0));
        Set<String> referenced = generated.getOrDefault(lower(r.get(2)), Set.of());
        if (referenced.contains(lower(r.get(3)))) {
          grew |= generated.computeIfAbsent(table, t -> new TreeSet<>()).add(lower(r.get(1)));
        }
      }
    }
  }

  private static List<String> tableRows(
      Connection connection, String schema, String table, Set<String> skipped) throws SQLException {
    List<String> texts = new ArrayList<>();
    String sql = "select * from \"" + schema + "\".\"" + table + "\"";
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      int width = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= width; i++) {
          String column = lower(result.getMetaData().getColumnName(i));
          if (skipped == null || !skipped.contains(column)) {
            text.append(result.getString(i)).append('\u0001');
          }
        }
        texts.add(text.toString());
      }
    }
    texts.sort(null);
    return texts;
  }

  private static String sha256(List<String> texts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      texts.forEach(t -> sha.update((t + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<List<String>> rows(Connection connection, String sql, String schema)
      throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, schema);
      try (ResultSet result = statement.executeQuery()) {
        int width = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= width; i++) {
            row.add(result.getString(i));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** Strata's own tables (history, journal, backfill progress), named strata_… by default. */
  private static boolean own(String name) {
    String lower = lower(name);
    return lower.startsWith("strata_");
  }

  private static String lower(String text) {
    return String.valueOf(text).toLowerCase(Locale.ROOT);
  }
}
