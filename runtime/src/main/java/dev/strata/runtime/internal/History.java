package dev.strata.runtime.internal;

import static org.jooq.impl.DSL.quotedName;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The history table: what Strata did to this database, one row per applied, undone, failed or
 * baselined migration. Its name is an identifier folded to the database's unquoted case and then
 * quoted, so {@code select * from strata_history} works by hand on H2 and PostgreSQL alike.
 */
public final class History {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
  private static final int DESCRIPTION_LENGTH = 1000;

  private final Database database;
  private final String schema; // folded, or null for the connection's current schema
  private final Table<Record> table;
  private final Field<Integer> rank;
  private final Field<String> version;
  private final Field<String> description;
  private final Field<String> type;
  private final Field<String> checksum;
  private final Field<String> owners;
  private final Field<String> installedBy;
  private final Field<OffsetDateTime> installedOn;
  private final Field<Long> executionMs;
  private final Field<Boolean> success;

  public History(Database database, String schema, String tableName) {
    this.database = database;
    this.schema = schema == null ? null : database.fold(schema);
    String folded = database.fold(tableName);
    this.table = DSL.table(this.schema == null ? quotedName(folded) : quotedName(this.schema, folded));
    this.rank = column("rank", SQLDataType.INTEGER.nullable(false));
    this.version = column("version", SQLDataType.VARCHAR(50).nullable(false));
    this.description = column("description", SQLDataType.VARCHAR(DESCRIPTION_LENGTH).nullable(false));
    this.type = column("type", SQLDataType.VARCHAR(20).nullable(false));
    this.checksum = column("checksum", SQLDataType.VARCHAR(128));
    this.owners = column("owners", SQLDataType.VARCHAR(1000));
    this.installedBy = column("installed_by", SQLDataType.VARCHAR(100).nullable(false));
    this.installedOn = column("installed_on", SQLDataType.TIMESTAMPWITHTIMEZONE.nullable(false));
    this.executionMs = column("execution_ms", SQLDataType.BIGINT.nullable(false));
    this.success = column("success", SQLDataType.BOOLEAN.nullable(false));
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

  private <T> Field<T> column(String name, org.jooq.DataType<T> type) {
    return DSL.field(quotedName(database.fold(name)), type);
  }

  /** The table's name as it is rendered, for messages. */
  public String displayName() {
    return table.getName();
  }

  /** The schema the table lives in, folded, or null for the connection's current schema. */
  public String schema() {
    return schema;
  }

  /** A name in the history table's schema, for tables that live beside it. */
  public Name sibling(String suffix) {
    String folded = database.fold(table.getName() + suffix);
    return schema == null ? quotedName(folded) : quotedName(schema, folded);
  }

  /** One query, through the information schema, that both databases answer the same way. */
  public boolean exists(DSLContext db) {
    Field<String> tableSchema = DSL.field(DSL.unquotedName("table_schema"), String.class);
    Field<String> tableName = DSL.field(DSL.unquotedName("table_name"), String.class);
    return db.fetchExists(DSL.selectOne()
        .from(DSL.table(DSL.unquotedName("information_schema", "tables")))
        .where(tableSchema.eq(schema == null ? DSL.currentSchema() : DSL.val(schema)))
        .and(tableName.eq(table.getName())));
  }

  public void create(DSLContext db) {
    if (schema != null) {
      db.createSchemaIfNotExists(quotedName(schema)).execute();
    }
    db.createTableIfNotExists(table)
        .columns(rank, version, description, type, checksum, owners, installedBy, installedOn,
            executionMs, success)
        .constraints(DSL.constraint(quotedName(database.fold(table.getName() + "_pk")))
            .primaryKey(rank))
        .execute();
  }

  /**
   * Every row in rank order; empty when the table does not exist yet. Refuses a history whose
   * order is ambiguous: two rows with one rank (possible only once the primary key is gone).
   */
  public List<HistoryRow> read(DSLContext db) {
    List<HistoryRow> rows = fetch(db);
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
    return rows;
  }

  private List<HistoryRow> fetch(DSLContext db) {
    return db.select(rank, version, description, type, checksum, owners, installedBy,
            installedOn, executionMs, success)
        .from(table)
        .orderBy(rank)
        .fetch(r -> new HistoryRow(
            r.value1(),
            r.value2(),
            r.value3(),
            type(r.value1(), r.value4()),
            r.value5(),
            r.value6() == null || r.value6().isEmpty()
                ? List.of() : Arrays.asList(r.value6().split(",\\s*")),
            r.value7(),
            r.value8() == null ? null : r.value8().toInstant(),
            r.value9() == null ? 0 : r.value9(),
            Boolean.TRUE.equals(r.value10())));
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
    db.insertInto(table)
        .set(rank, rankValue)
        .set(version, versionValue)
        .set(description, text)
        .set(type, typeValue.name())
        .set(checksum, checksumValue)
        .set(owners, String.join(", ", ownersValue))
        .set(installedBy, DSL.currentUser())
        .set(installedOn, DSL.currentOffsetDateTime())
        .set(executionMs, executionMsValue)
        .set(success, successValue)
        .execute();
  }

  /** Marks a non-transactional migration's row, written before it ran, as finished. */
  public void markSucceeded(DSLContext db, int rankValue, long executionMsValue) {
    db.update(table)
        .set(success, true)
        .set(executionMs, executionMsValue)
        .where(rank.eq(rankValue))
        .execute();
  }

  /** Deletes one row: a pre-check refused a non-transactional migration before it changed anything. */
  public void delete(DSLContext db, int rankValue) {
    db.deleteFrom(table).where(rank.eq(rankValue)).execute();
  }

  public int deleteFailed(DSLContext db) {
    return db.deleteFrom(table).where(success.isFalse()).execute();
  }

  public void updateChecksum(DSLContext db, int rankValue, String checksumValue) {
    db.update(table).set(checksum, checksumValue).where(rank.eq(rankValue)).execute();
  }
}
