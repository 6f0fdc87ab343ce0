package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.Version;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Plan;
import dev.strata.runtime.RepairReport;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.ExecuteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations behind {@code Migrator}, each as Flyway's commands do it: plan from the
 * registries, take the lock, read the history again under it, validate, then apply and record.
 * Read-only operations ({@code status}, {@code validate}, {@code plan}) take no lock.
 */
public final class Runner {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  /**
   * Everything the builder collected, immutable.
   *
   * @param schema the history table's schema, also the migrations' default schema during a run;
   *     null for the connection's current schema
   */
  public record Options(
      ConnectionSource connections,
      List<Known> migrations,
      String historyTable,
      String schema,
      boolean outOfOrder,
      boolean allOrNothing,
      MigrationListener listener,
      List<ExecuteListener> executeListeners,
      Duration lockTimeout) {

    public Options {
      migrations = List.copyOf(migrations);
      executeListeners = List.copyOf(executeListeners);
    }
  }

  private final Options options;

  public Runner(Options options) {
    this.options = options;
  }

  public MigrationReport migrate(String targetVersion) {
    Version target = targetVersion == null ? null : version(targetVersion, "target version");
    long start = System.nanoTime();
    return withLock(
        s -> upToDate(s, target, start),
        s -> {
          Snapshot snapshot = s.validatedSnapshot(target);
          List<Known> pending = snapshot.pending(target);
          String initial = text(snapshot.newest());
          if (pending.isEmpty()) {
            LOG.info(
                "{} is up to date{}; nothing to migrate",
                s.history.displayName(),
                initial == null ? "" : " at version " + initial);
            return new MigrationReport(initial, initial, List.of(), elapsed(start));
          }
          LOG.info(
              "Migrating {} from version {}: {} pending migration(s)",
              options.connections().describe(),
              initial == null ? "<empty>" : initial,
              pending.size());
          s.createHistoryIfMissing();
          List<MigrationInfo> executed;
          try (Executor executor = s.executor()) {
            executed =
                options.allOrNothing()
                    ? executor.applyAllOrNothing(pending, snapshot.nextRank())
                    : executor.apply(pending, snapshot.nextRank());
          }
          Version last =
              pending.stream().map(Known::version).max(Comparator.naturalOrder()).orElseThrow();
          Version newest =
              snapshot.newest() == null || last.compareTo(snapshot.newest()) > 0
                  ? last
                  : snapshot.newest();
          return new MigrationReport(initial, newest.text(), executed, elapsed(start));
        });
  }

  public List<MigrationInfo> status() {
    return withSession(s -> s.snapshot(History.Read.FULL).status());
  }

  public void validate() {
    withSession(
        s -> {
          Snapshot snapshot = s.snapshot();
          s.validateBefore(snapshot, snapshot.pending(null));
          return null;
        });
  }

  public Plan plan() {
    return withSession(
        s -> {
          Snapshot snapshot = s.snapshot();
          s.validateBefore(snapshot, snapshot.pending(null));
          List<Plan.Step> steps = new ArrayList<>();
          for (Known k : snapshot.pending(null)) {
            steps.add(SqlRecorder.record(s.database, k));
          }
          return new Plan(s.database.dialect(), steps);
        });
  }

  public MigrationReport undo(String toVersion) {
    Version target = version(toVersion, "undo target version");
    long start = System.nanoTime();
    return withLock(
        s -> {
          Snapshot snapshot = s.snapshot();
          Validation.noFailedEntries(snapshot, s.history.displayName());
          Validation.appliedMatchRegistries(snapshot);
          if (snapshot.baseline() != null && target.compareTo(snapshot.baseline()) < 0) {
            throw FailureMessages.undoBelowBaseline(target, snapshot.baseline());
          }
          List<Known> targets =
              snapshot.applied().keySet().stream()
                  .filter(v -> v.compareTo(target) > 0)
                  .map(v -> snapshot.known(v).orElseThrow())
                  .sorted(Snapshot.newestFirst())
                  .toList();
          List<MigrationDescriptor> lacking =
              targets.stream()
                  .map(Known::migration)
                  .filter(m -> m.down(s.database.dialect()).isEmpty())
                  .toList();
          if (!lacking.isEmpty()) {
            throw FailureMessages.undoWithoutDown(target, s.database.dialect(), lacking);
          }
          String initial = text(snapshot.newest());
          if (targets.isEmpty()) {
            LOG.info("Nothing to undo: no applied migration above version {}", target);
            return new MigrationReport(initial, initial, List.of(), elapsed(start));
          }
          List<MigrationInfo> undone;
          try (Executor executor = s.executor()) {
            undone = executor.undo(targets, snapshot.nextRank());
          }
          Version remaining = snapshot.baseline();
          for (Version v : snapshot.applied().keySet()) {
            if (v.compareTo(target) <= 0 && (remaining == null || v.compareTo(remaining) > 0)) {
              remaining = v;
            }
          }
          return new MigrationReport(initial, text(remaining), undone, elapsed(start));
        });
  }

  public void baseline(String version) {
    Version baseline = version(version, "baseline version");
    withLock(
        s -> {
          Snapshot snapshot = s.snapshot();
          Validation.noFailedEntries(snapshot, s.history.displayName());
          if (snapshot.hasHistory()) {
            throw FailureMessages.baselineOverHistory(
                baseline, s.history.displayName(), text(snapshot.newest()));
          }
          s.createHistoryIfMissing();
          try (History.Writer writer = s.history.writer(s.connection)) {
            writer.insert(
                snapshot.nextRank(),
                baseline.text(),
                "<< baseline >>",
                HistoryRow.Type.BASELINE,
                null,
                List.of(),
                0,
                true);
          }
          LOG.info("Baselined {} at version {}", options.connections().describe(), baseline);
          return null;
        });
  }

  public RepairReport repair() {
    return withLock(
        s -> {
          Snapshot snapshot = s.snapshot();
          List<String> realigned = new ArrayList<>();
          List<SqlWork> fixes = new ArrayList<>();
          for (Map.Entry<Version, HistoryRow> e : snapshot.applied().entrySet()) {
            HistoryRow row = e.getValue();
            snapshot
                .known(e.getKey())
                .map(k -> k.migration().checksum())
                .filter(c -> !c.equals(row.checksum()))
                .ifPresent(
                    c -> {
                      realigned.add(row.version());
                      fixes.add(
                          () -> {
                            s.history.updateChecksum(s.connection, row.rank(), c);
                            LOG.info(
                                "Repair: checksum of {} realigned from {} to {}",
                                row.version(),
                                row.checksum(),
                                c);
                          });
                    });
          }
          List<String> removed = snapshot.failed().stream().map(HistoryRow::version).toList();
          RepairReport report = new RepairReport(removed, realigned);
          if (report.nothingToDo()) {
            LOG.info("Repair: nothing to repair");
            return report;
          }
          s.inTransaction(
              () -> {
                int deleted = s.history.deleteFailed(s.connection);
                if (deleted > 0) {
                  LOG.info(
                      "Repair: removed {} failed entr{} ({})",
                      deleted,
                      deleted == 1 ? "y" : "ies",
                      String.join(", ", removed));
                }
                for (SqlWork fix : fixes) {
                  fix.run();
                }
              });
          return report;
        });
  }

  /**
   * The first look, before the lock: when the history, read without it, has nothing pending up to
   * {@code target}, no failed entry, and validates, the run has nothing to do and returns without
   * locking (other migrators can only add applied rows, never make one pending). Null when the run
   * must lock; the locked run reads the history again and decides (and reports any problem) from
   * what it finds.
   */
  private MigrationReport upToDate(Session s, Version target, long start) throws SQLException {
    // without descriptions, which only messages use: a problem is reported by the locked run
    Snapshot snapshot = s.snapshot(History.Read.DECISION);
    if (!snapshot.failed().isEmpty() || !snapshot.pending(target).isEmpty()) {
      return null;
    }
    try {
      s.validateBefore(snapshot, List.of());
    } catch (MigrationException e) {
      return null;
    }
    String newest = text(snapshot.newest());
    LOG.info(
        "{} is up to date{}; nothing to migrate",
        s.history.displayName(),
        newest == null ? "" : " at version " + newest);
    return new MigrationReport(newest, newest, List.of(), elapsed(start));
  }

  private static Version version(String text, String what) {
    Version version = Version.parseOrNull(text);
    if (version == null) {
      throw FailureMessages.notAVersion(what, text);
    }
    return version;
  }

  private static String text(Version version) {
    return version == null ? null : version.text();
  }

  private static Duration elapsed(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private <T> T withSession(Work<T> work) {
    return withSession(null, work);
  }

  /**
   * Takes the lock on a connection of its own first, and only then opens the connection the work
   * runs on: a waiter holds one idle connection, and no transaction or snapshot. A connection lost
   * before the work changed anything (an H2 {@code AUTO_SERVER} host that exits just after handing
   * over the lock) is retried from the start; once anything changed, it is not.
   */
  private <T> T withLock(Work<T> work) {
    return withLock(null, work);
  }

  /**
   * As {@link #withLock(Work)}, but first runs {@code shortcut} without the lock on the connection
   * that will take it; a non-null result ends the operation there.
   */
  private <T> T withLock(Work<T> shortcut, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      Session[] session = new Session[1];
      try {
        return lockedOnce(
            shortcut,
            s -> {
              session[0] = s;
              return work.apply(s);
            });
      } catch (MigrationException e) {
        boolean untouched = session[0] == null || !session[0].changed;
        if (attempt < 5
            && untouched
            && e.reason() == Reason.CONNECTION
            && Failures.isConnectionLost(e.sqlState())) {
          LOG.info(
              "Lost the connection before changing anything ({}); starting again", e.getMessage());
          continue;
        }
        throw e;
      }
    }
  }

  private <T> T lockedOnce(Work<T> shortcut, Work<T> work) {
    Connection first = options.connections().open();
    Database database;
    boolean[] historyFound = {true};
    try {
      database = Database.detect(first, options.executeListeners());
      if (shortcut != null) {
        T done =
            onConnection(
                first,
                database,
                s -> {
                  T result = shortcut.apply(s);
                  historyFound[0] = s.historyExists;
                  return result;
                });
        if (done != null) {
          Closing.quietly(first, null);
          return done;
        }
      }
    } catch (RuntimeException e) {
      Closing.quietly(first, e);
      throw e;
    }
    History history = new History(database, options.schema(), options.historyTable());
    try (MigrationLock lock =
        MigrationLock.acquire(
            database,
            options.connections(),
            first,
            history,
            options.lockTimeout(),
            !historyFound[0])) {
      return withSession(
          database,
          s -> {
            s.lock = lock;
            s.firstLookFoundNoHistory = !historyFound[0];
            String previous = history.schema() == null ? null : s.enterSchema(history.schema());
            try {
              return work.apply(s);
            } finally {
              s.restoreSchema(previous);
            }
          });
    }
  }

  private <T> T withSession(Database known, Work<T> work) {
    Connection connection = options.connections().open();
    try {
      Database database =
          known != null ? known : Database.detect(connection, options.executeListeners());
      return onConnection(connection, database, work);
    } finally {
      Closing.quietly(connection, null);
    }
  }

  /** Runs {@code work} in a session on {@code connection}, which stays open. */
  private <T> T onConnection(Connection connection, Database database, Work<T> work) {
    Session session = null;
    try {
      session = new Session(connection, database);
      return work.apply(session);
    } catch (MigrationException e) {
      throw e;
    } catch (SQLException | RuntimeException e) {
      throw FailureMessages.ownStatementFailed(options.connections().describe(), e);
    } finally {
      if (session != null) {
        session.restoreAutoCommit();
      }
    }
  }

  /**
   * An operation's work on a session; an SQLException is a statement of Strata's own that failed.
   */
  @FunctionalInterface
  private interface Work<T> {
    T apply(Session session) throws SQLException;
  }

  @FunctionalInterface
  private interface SqlWork {
    void run() throws SQLException;
  }

  /** One operation's connection, its dialect and the history table on it. */
  private final class Session {
    final Connection connection;
    final Database database;
    final History history;
    private final boolean originalAutoCommit;

    /** Set before the first statement that changes the database. */
    boolean changed;

    /** The lock this session works under; null for read-only operations. */
    MigrationLock lock;

    /** Whether {@link #watchForDeadClient()} changed the session's setting. */
    private boolean watchingForDeadClient;

    /** Whether the last {@link #snapshot()} found the history table. */
    private boolean historyExists;

    /** Whether the first look, before the lock, found no history table. */
    boolean firstLookFoundNoHistory;

    Session(Connection connection, Database database) {
      this.connection = connection;
      this.database = database;
      this.history = new History(database, options.schema(), options.historyTable());
      try {
        this.originalAutoCommit = connection.getAutoCommit();
        if (!originalAutoCommit) {
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw FailureMessages.cannotUseConnection(e);
      }
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
     * found no history table and an empty history validates, the table is created before it is
     * read: the read that would only fail again is saved, and on PostgreSQL both go in one round
     * trip. Either this run created the table, which is then empty and so validated already, or
     * another migrator created it first and the create did nothing: a refusal never follows a write
     * of ours.
     */
    Snapshot validatedSnapshot(Version target) throws SQLException {
      if (firstLookFoundNoHistory) {
        Snapshot empty = new Snapshot(options.migrations(), List.of());
        if (validates(empty, target)) {
          changed = true;
          List<HistoryRow> rows = history.createThenRead(connection);
          historyExists = true;
          return rows.isEmpty()
              ? empty
              : validated(new Snapshot(options.migrations(), rows), target);
        }
      }
      return validated(snapshot(), target);
    }

    private Snapshot validated(Snapshot snapshot, Version target) {
      validateBefore(snapshot, snapshot.pending(target));
      return snapshot;
    }

    private boolean validates(Snapshot snapshot, Version target) {
      try {
        validated(snapshot, target);
        return true;
      } catch (MigrationException e) {
        return false;
      }
    }

    void validateBefore(Snapshot snapshot, List<Known> pending) {
      Validation.beforeRun(
          snapshot,
          pending,
          history.displayName(),
          database.dialect(),
          options.outOfOrder(),
          options.allOrNothing());
    }

    Executor executor() {
      changed = true;
      watchForDeadClient();
      return new Executor(database, connection, history, options.listener(), lock);
    }

    /**
     * PostgreSQL 14+: makes the server check the client's socket every second while a statement
     * runs. Without it, when the migrating process dies (SIGKILL, a lost host) its backend goes on
     * running the statement it was given — a long backfill, a {@code pg_sleep} — and holds that
     * migration's locks until the statement ends, so the next run, which takes the migration lock
     * at once, blocks behind it. Set only when migrations are about to run, and reset afterwards
     * (the connection may be a pool's).
     */
    private void watchForDeadClient() {
      try {
        if (database.dialect() == Dialect.POSTGRES
            && !watchingForDeadClient
            && connection.getMetaData().getDatabaseMajorVersion() >= 14) {
          execute("set client_connection_check_interval = 1000");
          watchingForDeadClient = true;
        }
      } catch (SQLException | RuntimeException e) {
        LOG.debug("Could not set client_connection_check_interval: {}", Failures.describe(e));
      }
    }

    void createHistoryIfMissing() throws SQLException {
      changed = true;
      if (!historyExists) {
        history.create(connection); // create if not exists: another migrator may have been first
        historyExists = true;
      }
    }

    /**
     * Makes {@code schema} the session's current schema, creating it if missing; returns the one
     * before.
     */
    String enterSchema(String schema) throws SQLException {
      String previous;
      try (Statement statement = connection.createStatement();
          ResultSet current =
              statement.executeQuery(
                  database.dialect() == Dialect.H2 ? "select schema()" : "select current_schema")) {
        previous = current.next() ? current.getString(1) : null;
      }
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
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }

    /**
     * Leaves a pooled connection as we found it. A session that changed nothing on a connection
     * found in autocommit left it so: only {@link #changed} work turns autocommit off.
     */
    void restoreAutoCommit() {
      if (!changed && originalAutoCommit && !watchingForDeadClient) {
        return;
      }
      try {
        if (!connection.isClosed()) {
          if (watchingForDeadClient) {
            execute("reset client_connection_check_interval"); // in autocommit, still
          }
          connection.setAutoCommit(originalAutoCommit);
        }
      } catch (SQLException | RuntimeException e) {
        LOG.debug("Could not restore autocommit: {}", Failures.describe(e));
      }
    }

    /** Runs {@code work} in one transaction, rolled back when it fails. */
    void inTransaction(SqlWork work) throws SQLException {
      changed = true;
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
  }
}
