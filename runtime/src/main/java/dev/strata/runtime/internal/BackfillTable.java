package dev.strata.runtime.internal;

import dev.strata.runtime.BackfillInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The progress table of backfills ({@code strata_backfill}): one row per backfill that started,
 * updated in the transaction of each batch, so that a resume continues after the last batch that
 * committed. Named, folded and quoted as the journal is, in the history's schema.
 */
public final class BackfillTable {

  /**
   * How long after its last batch a backfill still counts as running when that batch was quick; a
   * slow one counts for ten of its batches' durations, whichever is longer.
   */
  static final Duration RUNNING_WINDOW = Duration.ofSeconds(60);

  private static final String COLUMNS =
      "version, table_name, key_column, key_type, end_key, last_key, keys, rows, batches,"
          + " batch_size, batch_millis, started_at, updated_at, finished_at, run_id";

  private final Database database;
  private final String name; // folded
  private final String table; // quoted, qualified

  public BackfillTable(Database database, String schema, String tableName) {
    this.database = database;
    this.name = database.fold(tableName);
    String folded = schema == null ? null : database.fold(schema);
    this.table =
        folded == null ? History.quote(name) : History.quote(folded) + "." + History.quote(name);
  }

  /** The table's name as it is rendered, for messages. */
  public String displayName() {
    return name;
  }

  private String c(String column) {
    return History.quote(database.fold(column));
  }

  private String columns() {
    List<String> quoted = new ArrayList<>();
    for (String column : COLUMNS.split(", ?")) {
      quoted.add(c(column.trim()));
    }
    return String.join(", ", quoted);
  }

  /** Creates the table if missing. */
  void create(Connection connection) throws SQLException {
    String text = " varchar(1000), ";
    String sql =
        ("create table if not exists %s (%s varchar(50) primary key, %s varchar(200) not null,"
                + " %s varchar(200) not null, %s varchar(20) not null, %s%s%s%s"
                + "%s bigint not null, %s bigint not null, %s bigint not null, %s int not null,"
                + " %s bigint not null, %s timestamp with time zone not null,"
                + " %s timestamp with time zone not null, %s timestamp with time zone,"
                + " %s varchar(36))")
            .formatted(
                table,
                c("version"),
                c("table_name"),
                c("key_column"),
                c("key_type"),
                c("end_key"),
                text,
                c("last_key"),
                text,
                c("keys"),
                c("rows"),
                c("batches"),
                c("batch_size"),
                c("batch_millis"),
                c("started_at"),
                c("updated_at"),
                c("finished_at"),
                c("run_id"));
    Bounded.run(
        connection,
        () -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
          }
        });
  }

  /** One row: where a backfill stands. Keys are text, as {@link KeyType#text} writes them. */
  record Row(
      String version,
      String tableName,
      String keyColumn,
      KeyType keyType,
      String endKey,
      String lastKey,
      long keys,
      long rows,
      long batches,
      int batchSize,
      long batchMillis,
      Instant startedAt,
      Instant updatedAt,
      Instant finishedAt,
      String runId) {

    /** RUNNING while a batch committed recently, FINISHED once done, else INTERRUPTED. */
    BackfillInfo.State state(Instant now) {
      if (finishedAt != null) {
        return BackfillInfo.State.FINISHED;
      }
      Duration window = Duration.ofMillis(Math.max(RUNNING_WINDOW.toMillis(), 10 * batchMillis));
      return updatedAt.plus(window).isAfter(now)
          ? BackfillInfo.State.RUNNING
          : BackfillInfo.State.INTERRUPTED;
    }
  }

  /** As {@link dev.strata.runtime.Migrator#backfills()} shows it. */
  static BackfillInfo info(Row r, String description, Instant now) {
    return new BackfillInfo(
        r.version(),
        description,
        r.tableName(),
        r.keyColumn(),
        r.state(now),
        r.keys(),
        r.rows(),
        r.batches(),
        r.lastKey(),
        r.endKey(),
        r.startedAt(),
        r.updatedAt());
  }

  /** The row of {@code version}, or null when its backfill never started; no table: null. */
  Row read(Connection connection, String version) throws SQLException {
    List<Row> rows = select(connection, " where " + c("version") + " = ?", version);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** Every row, or none when the table does not exist. */
  List<Row> readAll(Connection connection) throws SQLException {
    try {
      return select(connection, "", null);
    } catch (SQLException e) {
      if (Failures.isMissingTable(e.getSQLState())) {
        return List.of();
      }
      throw e;
    }
  }

  private List<Row> select(Connection connection, String where, String version)
      throws SQLException {
    String sql = "select " + columns() + " from " + table + where;
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      if (version != null) {
        s.setString(1, version);
      }
      try (ResultSet r = s.executeQuery()) {
        List<Row> rows = new ArrayList<>();
        while (r.next()) {
          rows.add(
              new Row(
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  KeyType.valueOf(r.getString(4)),
                  r.getString(5),
                  r.getString(6),
                  r.getLong(7),
                  r.getLong(8),
                  r.getLong(9),
                  r.getInt(10),
                  r.getLong(11),
                  instant(r, 12),
                  instant(r, 13),
                  instant(r, 14),
                  r.getString(15)));
        }
        return rows;
      }
    }
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    OffsetDateTime at = r.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  /** The row of a backfill that starts from the beginning, replacing any earlier one. */
  void start(Connection connection, Row row) throws SQLException {
    delete(connection, row.version());
    String sql =
        "insert into "
            + table
            + " ("
            + columns()
            + ") values (?, ?, ?, ?, ?, ?, 0, 0, 0, ?, 0, current_timestamp, current_timestamp,"
            + " null, ?)";
    update(
        connection,
        sql,
        row.version(),
        row.tableName(),
        row.keyColumn(),
        row.keyType().name(),
        row.endKey(),
        row.lastKey(),
        row.batchSize(),
        row.runId());
  }

  /** Records one committed batch, in its transaction. */
  void advance(
      Connection connection,
      String version,
      String lastKey,
      long keys,
      long rows,
      int nextSize,
      long millis,
      String runId)
      throws SQLException {
    update(
        connection,
        ("update %s set %s = ?, %s = %s + ?, %s = %s + ?, %s = %s + 1, %s = ?, %s = ?, %s ="
                + " current_timestamp, %s = ? where %s = ?")
            .formatted(
                table,
                c("last_key"),
                c("keys"),
                c("keys"),
                c("rows"),
                c("rows"),
                c("batches"),
                c("batches"),
                c("batch_size"),
                c("batch_millis"),
                c("updated_at"),
                c("run_id"),
                c("version")),
        lastKey,
        keys,
        rows,
        nextSize,
        millis,
        runId,
        version);
  }

  /** Marks the backfill of {@code version} finished, in the transaction of its history row. */
  void finish(Connection connection, String version) throws SQLException {
    update(
        connection,
        "update %s set %s = current_timestamp, %s = current_timestamp where %s = ?"
            .formatted(table, c("finished_at"), c("updated_at"), c("version")),
        version);
  }

  /** Deletes the row of {@code version}, if any (an undo, or a start from the beginning). */
  void delete(Connection connection, String version) throws SQLException {
    update(connection, "delete from " + table + " where " + c("version") + " = ?", version);
  }

  private static void update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  /** The types a key column may have, and how a key of each is read, bound and stored as text. */
  enum KeyType {
    INTEGER(Long::valueOf),
    TEXT(text -> text),
    UUID(java.util.UUID::fromString);

    private final java.util.function.Function<String, Object> parse;

    KeyType(java.util.function.Function<String, Object> parse) {
      this.parse = parse;
    }

    /** The key that {@code text} stores; null for null. */
    Object parse(String text) {
      return text == null ? null : parse.apply(text);
    }

    /** Column {@code column} of {@code r} as this type's key. */
    Object read(ResultSet r, int column) throws SQLException {
      return switch (this) {
        case INTEGER -> {
          long value = r.getLong(column);
          yield r.wasNull() ? null : value;
        }
        case TEXT -> r.getString(column);
        case UUID -> r.getObject(column, java.util.UUID.class);
      };
    }

    static String text(Object key) {
      return key == null ? null : key.toString();
    }
  }
}
