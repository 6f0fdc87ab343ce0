package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.Version;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One command's connection, its database and the history table on it. It remembers what it changes
 * on the connection (autocommit, the schema, a session setting), so that a pool's connection goes
 * back as it came. {@link Sessions} opens and ends it.
 */
final class Session {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  private final MigratorOptions options;
  private final Connection connection;
  private final Database database;
  private final History history;
  private final Journal journal;
  private final boolean originalAutoCommit;

  /** The lock this session works under; null for read-only commands. */
  private final MigrationLock lock;

  /** Whether the first look, before the lock, found no history table. */
  private final boolean firstLookFoundNoHistory;

  /** Set before the first statement that changes the database. */
  private boolean changed;

  /**
   * Set before a write that a new attempt must not repeat (a repair, a baseline row); a migration
   * that began is one too, as its executor knows. Creating the history table is not: a new attempt
   * finds it done.
   */
  private boolean wrote;

  /** Whether the last {@link #snapshot()} found the history table. */
  private boolean historyExists;

  /** Whether this session created the history table, or made sure it has this build's columns. */
  private boolean historyCurrent;

  /** The executor of the session's migrations, once there is one. */
  private Executor executor;

  /** The journal rows of this session's run, once it writes one. */
  private RunJournal runJournal;

  Session(
      MigratorOptions options,
      Connection connection,
      Database database,
      MigrationLock lock,
      boolean firstLookFoundNoHistory) {
    this.options = options;
    this.connection = connection;
    this.database = database;
    this.history = new History(database, options.schema(), options.historyTable());
    this.journal = new Journal(database, options.schema(), options.journalTable());
    this.lock = lock;
    this.firstLookFoundNoHistory = firstLookFoundNoHistory;
    try {
      this.originalAutoCommit = connection.getAutoCommit();
      if (!originalAutoCommit) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw FailureMessages.cannotUseConnection(e);
    }
  }

  Connection connection() {
    return connection;
  }

  MigratorOptions options() {
    return options;
  }

  Database database() {
    return database;
  }

  History history() {
    return history;
  }

  Journal journal() {
    return journal;
  }

  /** The backfills' progress table, in the history's schema. */
  BackfillTable backfills() {
    return new BackfillTable(database, options.schema(), options.backfillTable());
  }

  /** The journal of this session's run: one run id for all of its rows. */
  RunJournal runJournal() {
    if (runJournal == null) {
      runJournal = new RunJournal(journal, connection);
    }
    return runJournal;
  }

  /** Creates the journal table if missing: under the lock, before the run's first row. */
  void createJournalIfMissing() throws SQLException {
    changed = true;
    journal.create(connection);
  }

  /** Whether the last {@link #snapshot()} found the history table. */
  boolean historyExists() {
    return historyExists;
  }

  Snapshot snapshot() throws SQLException {
    return snapshot(History.Read.LEAN);
  }

  Snapshot snapshot(History.Read columns) throws SQLException {
    List<HistoryRow> rows = history.readIfExists(connection, columns);
    historyExists = rows != null;
    return new Snapshot(options.migrations(), rows == null ? List.of() : rows);
  }

  /**
   * The history under the lock, validated for a migrate to {@code target}. Where the first look
   * found no history table and an empty history validates, the table is created before it is read:
   * the read that would only fail again is saved, and on PostgreSQL both go in one round trip.
   * Either this run created the table, which is then empty and so validated already, or another
   * migrator created it first and the create did nothing: a refusal never follows a write of ours.
   */
  Snapshot validatedSnapshot(Version target) throws SQLException {
    if (firstLookFoundNoHistory) {
      Snapshot empty = new Snapshot(options.migrations(), List.of());
      if (validates(empty, target)) {
        changed = true;
        List<HistoryRow> rows = history.createThenRead(connection);
        historyExists = true; // maybe by an earlier Strata racing us: prepareHistory() checks
        return rows.isEmpty() ? empty : validated(new Snapshot(options.migrations(), rows), target);
      }
    }
    return validated(snapshot(), target);
  }

  private Snapshot validated(Snapshot snapshot, Version target) throws SQLException {
    validateBefore(snapshot, snapshot.pending(target));
    return snapshot;
  }

  private boolean validates(Snapshot snapshot, Version target) throws SQLException {
    try {
      validated(snapshot, target);
      return true;
    } catch (MigrationException e) {
      return false;
    }
  }

  void validateBefore(Snapshot snapshot, List<Known> pending) throws SQLException {
    List<String> invalid = invalidIndexesLeft(snapshot);
    if (!invalid.isEmpty()) { // the failed entries' refusal, naming what they left
      throw FailureMessages.invalidIndexesLeft(snapshot.failed(), invalid, history.displayName());
    }
    Validation.beforeRun(snapshot, pending, history.displayName(), database.dialect(), options);
  }

  /**
   * PostgreSQL: the invalid indexes in the migrations' schema when the history records a failed
   * non-transactional migration, which may have left them ({@link InvalidIndexes}); else none, and
   * nothing is asked.
   */
  List<String> invalidIndexesLeft(Snapshot snapshot) throws SQLException {
    return database.dialect() == Dialect.POSTGRES && !snapshot.failed().isEmpty()
        ? InvalidIndexes.in(connection, history.schema())
        : List.of();
  }

  Executor executor() {
    changed = true;
    executor =
        new Executor(database, connection, history, options.listener(), lock, runJournal())
            .backfillingIn(backfills());
    return executor;
  }

  /**
   * Whether the command may start over from the beginning: it read, and at most created the history
   * table, which a new attempt finds done; no migration (or undo) began, nothing else was written.
   */
  boolean mayStartOver() {
    return !wrote && (executor == null || !executor.began());
  }

  /** Says that the work is about to write what a new attempt must not write again. */
  void willWrite() {
    changed = true;
    wrote = true;
  }

  /**
   * Under the lock, before the command writes the history: creates the table, or gives one an
   * earlier Strata wrote this build's columns, once per session.
   */
  void prepareHistory() throws SQLException {
    changed = true;
    if (historyCurrent) {
      return;
    }
    if (historyExists) {
      history.upgrade(connection);
    } else {
      history.create(connection); // create if not exists: another migrator may have been first
      historyExists = true;
    }
    historyCurrent = true;
  }

  /**
   * Makes {@code schema} the session's current schema, creating it if missing; returns the one
   * before.
   */
  String enterSchema(String schema) throws SQLException {
    String previous =
        Bounded.call(
            connection,
            () -> {
              try (Statement statement = connection.createStatement();
                  ResultSet current =
                      statement.executeQuery(
                          database.dialect() == Dialect.H2
                              ? "select schema()"
                              : "select current_schema")) {
                return current.next() ? current.getString(1) : null;
              }
            });
    execute("create schema if not exists " + History.quote(schema));
    setSchema(schema);
    return previous;
  }

  void restoreSchema(String previous) {
    if (previous != null && !Objects.equals(previous, history.schema())) {
      try {
        setSchema(previous);
      } catch (SQLException e) {
        LOG.warn("Could not restore the connection's schema: {}", Failures.describe(e));
      }
    }
  }

  private void setSchema(String schema) throws SQLException {
    execute(
        (database.dialect() == Dialect.H2 ? "set schema " : "set search_path = ")
            + History.quote(schema));
  }

  private void execute(String sql) throws SQLException {
    Bounded.run(
        connection,
        () -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
          }
        });
  }

  /**
   * Leaves a pooled connection as we found it. A session that changed nothing on a connection found
   * in autocommit left it so: only {@link #changed} work turns autocommit off.
   */
  void restoreAutoCommit() {
    if (!changed && originalAutoCommit) {
      return;
    }
    try {
      if (!connection.isClosed()) {
        connection.setAutoCommit(originalAutoCommit);
      }
    } catch (SQLException | RuntimeException e) {
      LOG.debug("Could not restore autocommit: {}", Failures.describe(e));
    }
  }

  /** Runs {@code work} in one transaction, rolled back when it fails. */
  void inTransaction(SqlWork work) throws SQLException {
    willWrite();
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      Closing.rollback(connection, e);
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Work on the session's connection; an SQLException is a statement of Strata's own. */
  @FunctionalInterface
  interface SqlWork {
    void run() throws SQLException;
  }
}
