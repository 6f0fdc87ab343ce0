package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.Stage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The history table: what Strata did to this database, one row per applied, undone, failed or
 * baselined migration. Its name is an identifier folded to the database's unquoted case and then
 * quoted, so {@code select * from strata_history} works by hand on H2 and PostgreSQL alike.
 *
 * <p>Its statements go straight to JDBC, not through jOOQ: the names in them are checked
 * identifiers, the SQL is the same on both databases, and a run whose migrations do not use jOOQ
 * never loads it.
 */
public final class History {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
  static final int DESCRIPTION_LENGTH = 1000;

  /**
   * What a read takes, in this order: each of {@link Read}'s columns adds to the one before. Every
   * read takes what decides whether a run has anything to do.
   */
  private static final String DECISION_COLUMNS = "rank, version, type, checksum, success";

  private static final String DESCRIPTION_COLUMN = "description";
  private static final String DETAIL_COLUMNS = "owners, installed_by, installed_on, execution_ms";
  private static final String CHANGE_COLUMNS = HistorySchema.CHANGE + ", " + HistorySchema.STAGE;
  private static final String INSERT_COLUMNS =
      "rank, version, description, type, checksum, owners,"
          + " installed_by, installed_on, execution_ms, success, "
          + CHANGE_COLUMNS;
  private static final Stage[] STAGES = Stage.values();
  private static final HistoryRow.Type[] TYPES = HistoryRow.Type.values();

  private final Database database;
  private final String schema; // folded, or null for the connection's current schema
  private final String name; // folded, unquoted
  private final String table; // quoted, qualified when the schema is set
  private final HistorySchema layout;

  public History(Database database, String schema, String tableName) {
    this.database = database;
    this.schema = schema == null ? null : database.fold(schema);
    this.name = database.fold(tableName);
    this.table = qualified(name);
    this.layout = new HistorySchema(this);
  }

  /** Rejects anything but a plain identifier, so a name can never carry SQL. */
  public static String checkIdentifier(String what, String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw FailureMessages.invalidIdentifier(what, name);
    }
    return name;
  }

  /** The table's name as it is rendered, for messages. */
  public String displayName() {
    return name;
  }

  /** The schema the table lives in, folded, or null for the connection's current schema. */
  public String schema() {
    return schema;
  }

  /** The quoted (and, with a schema, qualified) name of a table beside this one, as SQL. */
  public String sibling(String suffix) {
    return qualified(foldedName(suffix));
  }

  /** The table's name with {@code suffix}, folded: the name of an index or a sibling. */
  String foldedName(String suffix) {
    return database.fold(name + suffix);
  }

  /** {@code identifier} folded to the database's unquoted case. */
  String fold(String identifier) {
    return database.fold(identifier);
  }

  /** The quoted, qualified table, as SQL. */
  String table() {
    return table;
  }

  /**
   * {@code name} as a quoted identifier, each {@code "} doubled, so the database reads back exactly
   * {@code name}; our own names passed {@link #checkIdentifier}, and a name the database reported
   * (a previous schema) is quoted as it was given.
   */
  static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private String qualified(String folded) {
    return schema == null ? quote(folded) : quote(schema) + "." + quote(folded);
  }

  String column(String column) {
    return quote(database.fold(column));
  }

  private String columns(String list) {
    StringBuilder sql = new StringBuilder();
    for (String column : list.split(", ")) {
      sql.append(sql.length() == 0 ? "" : ", ").append(column(column));
    }
    return sql.toString();
  }

  /**
   * Under the lock: gives a table an earlier Strata wrote this build's columns ({@link
   * HistorySchema}).
   */
  public void upgrade(Connection connection) throws SQLException {
    layout.upgrade(connection);
  }

  /** Whether the table has this build's columns; false when it does not exist. */
  boolean current(Connection connection) throws SQLException {
    return layout.current(connection);
  }

  /** Creates the table (and its schema) if missing. */
  public void create(Connection connection) throws SQLException {
    Bounded.run(
        connection,
        () -> {
          try (Statement statement = connection.createStatement()) {
            for (String sql : layout.createStatements()) {
              statement.execute(sql);
            }
          }
        });
  }

  /**
   * Refuses a run that would record ranks up to {@code lastRank} when the rank column cannot hold
   * them: a table created before Strata made ranks {@code bigint} has an {@code int} column. Not
   * widened here: on PostgreSQL that rewrites the whole table and its index under the lock, which
   * its owner should choose to do. Asks the database only past {@code int}'s range.
   */
  public void refuseRankOverflow(Connection connection, long lastRank) throws SQLException {
    if (lastRank <= Integer.MAX_VALUE) {
      return;
    }
    int type = Bounded.call(connection, () -> rankType(connection));
    if (type == Types.INTEGER || type == Types.SMALLINT || type == Types.TINYINT) {
      String widen =
          "alter table "
              + table
              + " alter column "
              + column("rank")
              + (database.dialect() == Dialect.POSTGRES ? " type bigint" : " set data type bigint");
      throw FailureMessages.rankOverflow(displayName(), lastRank, widen);
    }
  }

  private int rankType(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "select " + column("rank") + " from " + table + " where 1 = 0")) {
      return result.getMetaData().getColumnType(1);
    }
  }

  /** How much of each row a read takes. */
  public enum Read {
    /**
     * What decides whether a run has anything to do, and whether the history validates: each row's
     * description is left null, so a caller that finds a problem reads again with {@link #LEAN} to
     * report it.
     */
    DECISION,
    /** All a run needs, messages included. */
    LEAN,
    /**
     * Also who applied each row, when, how long it took, its owners, and (where the table has them)
     * its change and stage: for {@code status()} and {@code history()}.
     */
    FULL
  }

  /**
   * {@link #create} and then the rows as {@link #readIfExists} reads them with {@link Read#LEAN}:
   * for a run that found no table and will write one. PostgreSQL takes all of it in one round trip
   * (one implicit transaction); H2 runs them one by one (given several statements at once, it
   * returns only the first one's result).
   */
  public List<HistoryRow> createThenRead(Connection connection) throws SQLException {
    return Bounded.call(connection, () -> createThenReadUnbounded(connection));
  }

  private List<HistoryRow> createThenReadUnbounded(Connection connection) throws SQLException {
    if (database.dialect() != Dialect.POSTGRES) {
      create(connection);
      return read(connection, Read.LEAN);
    }
    try (Statement statement = connection.createStatement()) {
      String select = select(Read.LEAN);
      boolean rows =
          statement.execute(String.join("; ", layout.createStatements()) + "; " + select);
      while (!rows) { // the creates' update counts come first
        if (statement.getUpdateCount() == -1) {
          throw new SQLException("PostgreSQL returned no result for " + select);
        }
        rows = statement.getMoreResults();
      }
      try (ResultSet result = statement.getResultSet()) {
        return rows(result, Read.LEAN, false);
      }
    }
  }

  /**
   * Every row in rank order, or null when the table (or its schema) does not exist yet. On
   * PostgreSQL one statement, where asking the catalog first would be two; on H2 the catalog is
   * asked first (in process, so nearly free), because H2 writes every failed statement to a {@code
   * .trace.db} file beside the database, which a first run would leave behind.
   *
   * @param columns how much of each row to read; what is not read is left empty, which keeps a run
   *     over a long history cheap
   */
  public List<HistoryRow> readIfExists(Connection connection, Read columns) throws SQLException {
    if (database.dialect() == Dialect.H2 && !existsOnH2(connection)) {
      return null;
    }
    try {
      return Bounded.call(connection, () -> read(connection, columns));
    } catch (SQLException e) {
      if (Failures.isMissingTable(e.getSQLState())) {
        return null;
      }
      throw e;
    }
  }

  private boolean existsOnH2(Connection connection) throws SQLException {
    return tableExists(connection, schema, name);
  }

  /**
   * Whether table {@code name} exists in {@code schema} ({@code null}: the current one), as the
   * catalog spells both.
   */
  static boolean tableExists(Connection connection, String schema, String name)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select count(*) from information_schema.tables"
                + " where table_schema = coalesce(?, current_schema) and table_name = ?")) {
      query.setString(1, schema);
      query.setString(2, name);
      try (ResultSet result = query.executeQuery()) {
        return result.next() && result.getLong(1) > 0;
      }
    }
  }

  /**
   * The query for a read. Built when used, as every statement here is: a run sends one or two of
   * them, and building all of them showed in the profile of a run with nothing to do.
   */
  private String select(Read columns, boolean changes) {
    String list =
        switch (columns) {
          case DECISION -> DECISION_COLUMNS;
          case LEAN -> DECISION_COLUMNS + ", " + DESCRIPTION_COLUMN;
          case FULL -> DECISION_COLUMNS + ", " + DESCRIPTION_COLUMN + ", " + DETAIL_COLUMNS;
        };
    if (changes) {
      list += ", " + CHANGE_COLUMNS;
    }
    return "select " + columns(list) + " from " + table; // ordered by rows(): see there
  }

  /** The query of a read without the change columns; a caller may append a where clause. */
  String select(Read columns) {
    return select(columns, false);
  }

  /**
   * The rows; with {@link Read#FULL}, the catalog is asked first whether the table has the change
   * columns, so that a read-only command works on a table an earlier Strata wrote.
   */
  private List<HistoryRow> read(Connection connection, Read columns) throws SQLException {
    boolean changes = columns == Read.FULL && layout.current(connection);
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(select(columns, changes))) {
      return rows(result, columns, changes);
    }
  }

  /**
   * The rows in rank order, here rather than with {@code order by}: both databases return the
   * table's rows in rank order almost always (H2 keys its rows by the primary key, and Strata
   * inserts in rank order), and checking that as the rows arrive costs less than H2's ordered index
   * scan, on which a run with nothing to do spent about a tenth of its read.
   */
  List<HistoryRow> rows(ResultSet result, Read columns, boolean changes) throws SQLException {
    List<HistoryRow> rows = new ArrayList<>();
    boolean ascending = true; // strictly: in order, and no rank twice
    long previous = Long.MIN_VALUE;
    while (result.next()) {
      HistoryRow row = row(result, columns, changes);
      ascending &= row.rank() > previous;
      previous = row.rank();
      rows.add(row);
    }
    if (!ascending) {
      rows.sort(Comparator.comparingLong(HistoryRow::rank)); // stable: equal ranks keep their order
      checkRanks(rows);
    }
    return rows;
  }

  /**
   * One row, the columns in the order of {@link #DECISION_COLUMNS}, {@link #DESCRIPTION_COLUMN},
   * {@link #DETAIL_COLUMNS} and, when {@code changes}, {@link #CHANGE_COLUMNS}.
   */
  private HistoryRow row(ResultSet result, Read columns, boolean changes) throws SQLException {
    long rankValue = result.getLong(1);
    HistoryRow.Type typeValue = type(rankValue, result.getString(3));
    String descriptionValue = columns == Read.DECISION ? null : result.getString(6);
    if (columns != Read.FULL) {
      return new HistoryRow(
          rankValue,
          result.getString(2),
          descriptionValue,
          typeValue,
          result.getString(4),
          List.of(),
          null,
          null,
          0,
          result.getBoolean(5),
          null,
          null);
    }
    String owners = result.getString(7);
    OffsetDateTime installedOn = result.getObject(9, OffsetDateTime.class);
    return new HistoryRow(
        rankValue,
        result.getString(2),
        descriptionValue,
        typeValue,
        result.getString(4),
        owners == null || owners.isEmpty() ? List.of() : Arrays.asList(owners.split(",\\s*")),
        result.getString(8),
        installedOn == null ? null : installedOn.toInstant(),
        result.getLong(10), // 0 when null
        result.getBoolean(5),
        changes ? result.getString(11) : null,
        changes ? stage(result.getString(12)) : null);
  }

  /** The stage a row records, or null; a name this build does not know is left out. */
  static Stage stage(String text) {
    for (Stage s : STAGES) {
      if (s.name().equals(text)) {
        return s;
      }
    }
    return null;
  }

  /**
   * Refuses a history whose order is ambiguous: two rows with one rank (possible only once the
   * primary key is gone).
   */
  private void checkRanks(List<HistoryRow> rows) {
    for (int i = 1; i < rows.size(); i++) {
      HistoryRow previous = rows.get(i - 1);
      HistoryRow row = rows.get(i);
      if (row.rank() == previous.rank()) {
        throw FailureMessages.duplicateRank(displayName(), previous, row);
      }
    }
  }

  private HistoryRow.Type type(long rankValue, String text) {
    for (HistoryRow.Type t : TYPES) {
      if (t.name().equals(text)) {
        return t;
      }
    }
    throw FailureMessages.unknownRowType(rankValue, displayName(), text);
  }

  /** A writer of history rows on {@code connection}, to be closed when the run ends. */
  public Writer writer(Connection connection) {
    return new Writer(connection);
  }

  /**
   * Inserts history rows on one connection through one statement, prepared on first use and kept
   * until {@link #close()}: a run inserts a row per migration, and preparing the insert again for
   * each costs H2 a parse of it.
   */
  public final class Writer implements AutoCloseable {
    private final Connection connection;
    private PreparedStatement statement;

    private Writer(Connection connection) {
      this.connection = connection;
    }

    /** Inserts a row; the database fills in who and when. Change and stage are null for none. */
    public void insert(
        long rankValue,
        String versionValue,
        String descriptionValue,
        HistoryRow.Type typeValue,
        String checksumValue,
        List<String> ownersValue,
        long executionMsValue,
        boolean successValue,
        String changeValue,
        Stage stageValue)
        throws SQLException {
      Bounded.run(
          connection,
          () -> {
            if (statement == null) {
              statement =
                  connection.prepareStatement(
                      "insert into "
                          + table
                          + " ("
                          + columns(INSERT_COLUMNS)
                          + ") values (?, ?, ?, ?, ?, ?, current_user,"
                          + " current_timestamp, ?, ?, ?, ?)");
            }
            statement.setLong(1, rankValue);
            statement.setString(2, versionValue);
            statement.setString(
                3,
                descriptionValue.length() > DESCRIPTION_LENGTH
                    ? descriptionValue.substring(0, DESCRIPTION_LENGTH)
                    : descriptionValue);
            statement.setString(4, typeValue.name());
            statement.setString(5, checksumValue); // null: SQL null
            statement.setString(6, String.join(", ", ownersValue));
            statement.setLong(7, executionMsValue);
            statement.setBoolean(8, successValue);
            statement.setString(9, changeValue);
            statement.setString(10, stageValue == null ? null : stageValue.name());
            statement.executeUpdate();
          });
    }

    @Override
    public void close() {
      if (statement != null) {
        try {
          statement.close();
        } catch (SQLException e) {
          // the connection failed or closed, and the statement with it
        }
      }
    }
  }

  /**
   * Marks a non-transactional migration's row, written before it ran, as finished; false when the
   * row is gone (another process removed it while the migration ran).
   */
  public boolean markSucceeded(Connection connection, long rankValue, long executionMsValue)
      throws SQLException {
    String set = " set " + column("success") + " = true, " + column("execution_ms") + " = ?";
    return byRank(connection, "update " + table + set, rankValue, executionMsValue) == 1;
  }

  /**
   * Deletes one row: a pre-check refused a non-transactional migration before it changed anything.
   */
  public void delete(Connection connection, long rankValue) throws SQLException {
    byRank(connection, "delete from " + table, rankValue);
  }

  public int deleteFailed(Connection connection) throws SQLException {
    return Bounded.call(
        connection,
        () -> {
          try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(
                "delete from " + table + " where " + column("success") + " = false");
          }
        });
  }

  public void updateChecksum(Connection connection, long rankValue, String checksumValue)
      throws SQLException {
    byRank(
        connection,
        "update " + table + " set " + column("checksum") + " = ?",
        rankValue,
        checksumValue);
  }

  /**
   * Runs {@code sql} (an update or delete) on the row of {@code rankValue}, its {@code values}
   * bound first; the number of rows it changed.
   */
  private int byRank(Connection connection, String sql, long rankValue, Object... values)
      throws SQLException {
    return Bounded.call(
        connection,
        () -> {
          try (PreparedStatement statement =
              connection.prepareStatement(sql + " where " + column("rank") + " = ?")) {
            for (int i = 0; i < values.length; i++) {
              if (values[i] instanceof Long number) {
                statement.setLong(i + 1, number);
              } else {
                statement.setString(i + 1, (String) values[i]);
              }
            }
            statement.setLong(values.length + 1, rankValue);
            return statement.executeUpdate();
          }
        });
  }
}
