package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history table's layout: the statements that create it, and what it has beyond the columns of
 * the first release: {@code change_name} and {@code stage} (null for a migration that is no stage
 * of a change) and an index on {@code (change_name, version)}, which answers the live stage's query
 * both for the rows that carry a change and for those written before the column existed (change
 * null, found by version). A table this build creates has them; a table an earlier Strata wrote
 * gets them from the first command that writes the history, under the lock ({@link #upgrade}), so
 * it never needs a hand edit, and reads that would need them ask {@link #current} first.
 */
final class HistorySchema {

  static final String CHANGE = "change_name";
  static final String STAGE = "stage";

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");
  private static final int CHANGE_LENGTH = 200;
  private static final int STAGE_LENGTH = 20;

  private final History history;

  HistorySchema(History history) {
    this.history = history;
  }

  /**
   * The statements that create the schema (when set), the table with every column, and the index,
   * each only if missing.
   */
  List<String> createStatements() {
    String createTable =
        "create table if not exists "
            + history.table()
            + " ("
            + history.column("rank")
            + " bigint not null, "
            + history.column("version")
            + " varchar(50) not null, "
            + history.column("description")
            + " varchar("
            + History.DESCRIPTION_LENGTH
            + ") not null, "
            + history.column("type")
            + " varchar(20) not null, "
            + history.column("checksum")
            + " varchar(128), "
            + history.column("owners")
            + " varchar(1000), "
            + history.column("installed_by")
            + " varchar(100) not null, "
            + history.column("installed_on")
            + " timestamp with time zone not null, "
            + history.column("execution_ms")
            + " bigint not null, "
            + history.column("success")
            + " boolean not null, "
            + columnDefinitions()
            + ", constraint "
            + History.quote(history.foldedName("_pk"))
            + " primary key ("
            + history.column("rank")
            + "))";
    return history.schema() == null
        ? List.of(createTable, createIndex())
        : List.of(
            "create schema if not exists " + History.quote(history.schema()),
            createTable,
            createIndex());
  }

  /** The new columns' definitions, for the table's create statement. */
  private String columnDefinitions() {
    return history.column(CHANGE)
        + " varchar("
        + CHANGE_LENGTH
        + "), "
        + history.column(STAGE)
        + " varchar("
        + STAGE_LENGTH
        + ")";
  }

  /** Creates the index on {@code (change_name, version)} if missing. */
  private String createIndex() {
    return "create index if not exists "
        + History.quote(history.foldedName("_change"))
        + " on "
        + history.table()
        + " ("
        + history.column(CHANGE)
        + ", "
        + history.column("version")
        + ")";
  }

  /**
   * Whether the table has the new columns: the catalog asked for {@code stage}, which {@link
   * #upgrade} adds last. False when the table does not exist.
   */
  boolean current(Connection connection) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select count(*) from information_schema.columns where table_schema ="
                + " coalesce(?, current_schema) and table_name = ? and column_name = ?")) {
      query.setString(1, history.schema());
      query.setString(2, history.displayName());
      query.setString(3, history.fold(STAGE));
      try (ResultSet result = query.executeQuery()) {
        return result.next() && result.getLong(1) > 0;
      }
    }
  }

  /**
   * Under the lock, before anything writes or reads the new columns: adds them and the index to a
   * table an earlier Strata wrote; does nothing to a current one. Each statement is "if not
   * exists", and {@code stage} comes last, so a run that died halfway is finished by the next one,
   * and a migrator that waited for the lock while another upgraded finds nothing to do. On
   * PostgreSQL each {@code alter table} changes only the catalog (the columns are nullable without
   * a default), so the table is not rewritten.
   */
  void upgrade(Connection connection) throws SQLException {
    if (Bounded.call(connection, () -> current(connection))) {
      return;
    }
    List<String> statements =
        List.of(addColumn(CHANGE, CHANGE_LENGTH), createIndex(), addColumn(STAGE, STAGE_LENGTH));
    Bounded.run(
        connection,
        () -> {
          try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
              statement.execute(sql);
            }
          }
        });
    LOG.info(
        "Upgraded history table {}: added columns {} and {}, and an index on ({}, version)",
        history.displayName(),
        CHANGE,
        STAGE,
        CHANGE);
  }

  private String addColumn(String column, int length) {
    return "alter table "
        + history.table()
        + " add column if not exists "
        + history.column(column)
        + " varchar("
        + length
        + ")";
  }
}
