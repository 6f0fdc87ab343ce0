package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The history table: what Strata did to this database, one row per applied, undone, failed or
 * baselined migration. Its name is an identifier folded to the database's unquoted case and then
 * quoted, so {@code select * from strata_history} works by hand on H2 and PostgreSQL alike.
 *
 * <p>Its statements are plain SQL run through jOOQ (so an {@code ExecuteListener} sees them), not
 * jOOQ's DSL: the names are checked identifiers, the SQL is the same on both databases, and an
 * application that starts cold does not pay for loading and initialising the DSL's classes.
 */
public final class History {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
  private static final int DESCRIPTION_LENGTH = 1000;
  private static final String COLUMNS = "rank, version, description, type, checksum, owners,"
      + " installed_by, installed_on, execution_ms, success";

  private final Database database;
  private final String schema; // folded, or null for the connection's current schema
  private final String name; // folded, unquoted
  private final String table; // quoted, qualified when the schema is set
  private final String select;
  private final String leanSelect;
  private final String insert;

  public History(Database database, String schema, String tableName) {
    this.database = database;
    this.schema = schema == null ? null : database.fold(schema);
    this.name = database.fold(tableName);
    this.table = qualified(name);
    this.select = "select " + columns() + " from " + table + " order by " + column("rank");
    this.leanSelect = "select " + column("rank") + ", " + column("version") + ", "
        + column("description") + ", " + column("type") + ", " + column("checksum") + ", "
        + column("success") + " from " + table + " order by " + column("rank");
    this.insert = "insert into " + table + " (" + columns() + ") values (?, ?, ?, ?, ?, ?,"
        + " current_user, current_timestamp, ?, ?)";
  }

  /** Rejects anything but a plain identifier, so a name can never carry SQL. */
  public static String checkIdentifier(String what, String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new MigrationException(Reason.CONFIGURATION, what + " '" + name
          + "' is not a valid identifier; use letters, digits and underscores, starting with a"
          + " letter or underscore, at most 63 characters");
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
    return qualified(database.fold(name + suffix));
  }

  /** {@code name} quoted: safe, because every name here passed {@link #checkIdentifier} or is ours. */
  static String quote(String name) {
    return '"' + name + '"';
  }

  private String qualified(String folded) {
    return schema == null ? quote(folded) : quote(schema) + "." + quote(folded);
  }

  private String column(String column) {
    return quote(database.fold(column));
  }

  private String columns() {
    StringBuilder sql = new StringBuilder();
    for (String column : COLUMNS.split(", ")) {
      sql.append(sql.length() == 0 ? "" : ", ").append(column(column));
    }
    return sql.toString();
  }

  /** Creates the table (and its schema) if missing; concurrent creators do not fail. */
  public void create(DSLContext db) {
    if (schema != null) {
      db.execute("create schema if not exists " + quote(schema));
    }
    db.execute("create table if not exists " + table + " ("
        + column("rank") + " int not null, "
        + column("version") + " varchar(50) not null, "
        + column("description") + " varchar(" + DESCRIPTION_LENGTH + ") not null, "
        + column("type") + " varchar(20) not null, "
        + column("checksum") + " varchar(128), "
        + column("owners") + " varchar(1000), "
        + column("installed_by") + " varchar(100) not null, "
        + column("installed_on") + " timestamp with time zone not null, "
        + column("execution_ms") + " bigint not null, "
        + column("success") + " boolean not null, "
        + "constraint " + quote(database.fold(name + "_pk")) + " primary key (" + column("rank") + "))");
  }

  /**
   * Every row in rank order, or null when the table (or its schema) does not exist yet: one
   * statement, where asking the catalog first would be two.
   *
   * @param full whether to read who applied each row, when, how long it took and its owners (for
   *     {@code status()}); without, those are left empty and the rest is read straight from the
   *     JDBC result set, which is what keeps a run over a long history cheap
   */
  public List<HistoryRow> readIfExists(DSLContext db, boolean full) {
    List<HistoryRow> rows;
    try {
      rows = full ? db.resultQuery(select).fetch(this::row) : lean(db);
    } catch (DataAccessException e) {
      if (Failures.isMissingTable(Failures.sqlState(e))) {
        return null;
      }
      throw e;
    }
    checkRanks(rows);
    return rows;
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
        throw new MigrationException(Reason.VALIDATION, "Two rows of " + displayName()
            + " have rank " + row.rank() + " (version " + previous.version() + ", " + previous.type()
            + " and version " + row.version() + ", " + row.type() + "). The rank orders the history"
            + " and is its primary key, so the table was changed by hand or by another tool; nothing"
            + " was executed. Delete or renumber the row Strata did not write, and restore the"
            + " primary key on rank.", row.version(), null, null, null);
      }
    }
  }

  private List<HistoryRow> lean(DSLContext db) {
    List<HistoryRow> rows = new ArrayList<>();
    try (ResultSet rs = db.resultQuery(leanSelect).fetchResultSet()) {
      while (rs.next()) {
        int rankValue = rs.getInt(1);
        rows.add(new HistoryRow(rankValue, rs.getString(2), rs.getString(3),
            type(rankValue, rs.getString(4)), rs.getString(5), List.of(), null, null, 0,
            rs.getBoolean(6)));
      }
    } catch (SQLException e) {
      throw new DataAccessException("Cannot read " + displayName() + ": " + e.getMessage(), e);
    }
    return rows;
  }

  private HistoryRow row(Record r) {
    int rankValue = r.get(0, Integer.class);
    String owners = r.get(5, String.class);
    OffsetDateTime installedOn = r.get(7, OffsetDateTime.class);
    Long executionMs = r.get(8, Long.class);
    return new HistoryRow(
        rankValue,
        r.get(1, String.class),
        r.get(2, String.class),
        type(rankValue, r.get(3, String.class)),
        r.get(4, String.class),
        owners == null || owners.isEmpty() ? List.of() : Arrays.asList(owners.split(",\\s*")),
        r.get(6, String.class),
        installedOn == null ? null : installedOn.toInstant(),
        executionMs == null ? 0 : executionMs,
        Boolean.TRUE.equals(r.get(9, Boolean.class)));
  }

  private HistoryRow.Type type(int rankValue, String text) {
    for (HistoryRow.Type t : HistoryRow.Type.values()) {
      if (t.name().equals(text)) {
        return t;
      }
    }
    throw new MigrationException(Reason.VALIDATION, "The history row with rank " + rankValue
        + " in " + displayName() + " has type '" + text + "', which this version of Strata does"
        + " not know; it was written by a newer Strata or by hand. Upgrade Strata, or fix that row.");
  }

  /** Inserts a row; the database fills in who and when. */
  public void insert(DSLContext db, int rankValue, String versionValue, String descriptionValue,
      HistoryRow.Type typeValue, String checksumValue, List<String> ownersValue,
      long executionMsValue, boolean successValue) {
    String text = descriptionValue.length() > DESCRIPTION_LENGTH
        ? descriptionValue.substring(0, DESCRIPTION_LENGTH) : descriptionValue;
    db.execute(insert, rankValue, versionValue, text, typeValue.name(),
        checksumValue == null ? DSL.val(null, String.class) : checksumValue,
        String.join(", ", ownersValue), executionMsValue, successValue);
  }

  /** Marks a non-transactional migration's row, written before it ran, as finished. */
  public void markSucceeded(DSLContext db, int rankValue, long executionMsValue) {
    db.execute("update " + table + " set " + column("success") + " = true, "
        + column("execution_ms") + " = ? where " + column("rank") + " = ?",
        executionMsValue, rankValue);
  }

  /** Deletes one row: a pre-check refused a non-transactional migration before it changed anything. */
  public void delete(DSLContext db, int rankValue) {
    db.execute("delete from " + table + " where " + column("rank") + " = ?", rankValue);
  }

  public int deleteFailed(DSLContext db) {
    return db.execute("delete from " + table + " where " + column("success") + " = false");
  }

  public void updateChecksum(DSLContext db, int rankValue, String checksumValue) {
    db.execute("update " + table + " set " + column("checksum") + " = ? where "
        + column("rank") + " = ?", checksumValue, rankValue);
  }
}
