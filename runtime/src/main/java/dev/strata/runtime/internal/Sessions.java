package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where commands get their {@link Session}: each on a connection of its own, closed when the
 * command ends; the commands that change the database under the migration lock, which this class
 * takes and releases around them, as Flyway's {@code SchemaHistory.lock(…)} does.
 */
final class Sessions {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  private final MigratorOptions options;

  /** Whether a wait for the lock stops at another process's running backfill (migrate's rule). */
  private final boolean watchBackfills;

  Sessions(MigratorOptions options) {
    this(options, false);
  }

  Sessions(MigratorOptions options, boolean watchBackfills) {
    this.options = options;
    this.watchBackfills = watchBackfills;
  }

  /** Runs {@code work} without the lock: the read-only commands. */
  <T> T unlocked(Work<T> work) {
    return withSession(null, null, false, work);
  }

  /**
   * Takes the lock first, and only then runs the work: on the lock's own connection where the lock
   * is held in a session (PostgreSQL), else on a connection opened once the lock is held (H2). A
   * waiter holds one idle connection, and no transaction or snapshot. A connection or lock lost
   * before the work wrote anything but the history table, and before its first migration began (an
   * H2 {@code AUTO_SERVER} host that exits just after handing over the lock), is retried from the
   * start; once a migration began, or the work wrote anything else, it is not.
   */
  <T> T locked(Work<T> work) {
    return locked(null, work);
  }

  /**
   * As {@link #locked(Work)}, but first runs {@code shortcut} without the lock on the connection
   * that will take it; a non-null result ends the command there.
   */
  <T> T locked(Work<T> shortcut, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      Session[] session = new Session[1];
      // a connection that cannot be opened at all is no lost one: it fails at once
      Connection first = options.connections().open();
      try {
        return lockedOnce(
            first,
            shortcut,
            s -> {
              session[0] = s;
              return work.apply(s);
            });
      } catch (MigrationException e) {
        if (attempt < 10
            && !Failures.isNetworkTimeout(e) // a server that stopped answering would hang a retry
            && lostWhileSafeToRestart(e, session[0])) {
          LOG.info(
              "Lost the connection before any migration began ({}); starting again",
              e.getMessage());
          continue;
        }
        throw e;
      }
    }
  }

  /**
   * Whether {@code e} is a lost connection, or a lost lock, while {@code session} (null: the work
   * had not begun) {@linkplain Session#mayStartOver may start over}. Once the work began under the
   * lock, the only {@code LOCK} failure before a migration is the lock lost.
   */
  private static boolean lostWhileSafeToRestart(MigrationException e, Session session) {
    if (session != null && !session.mayStartOver()) {
      return false;
    }
    return e.reason() == Reason.CONNECTION && Failures.isConnectionLost(e.sqlState())
        || e.reason() == Reason.LOCK && session != null;
  }

  private <T> T lockedOnce(Connection first, Work<T> shortcut, Work<T> work) {
    Database database;
    boolean[] historyFound = {true};
    try {
      database = Database.detect(first, options.executeListeners());
      if (shortcut != null) {
        T done =
            onConnection(
                first,
                database,
                null,
                false,
                s -> {
                  T result = shortcut.apply(s);
                  historyFound[0] = s.historyExists();
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
            !historyFound[0],
            new LockWait(
                options.listener(),
                history.displayName(),
                watchBackfills
                    ? new BackfillTable(database, options.schema(), options.backfillTable())
                    : null))) {
      Work<T> inSchema =
          s -> {
            String previous = history.schema() == null ? null : s.enterSchema(history.schema());
            try {
              return work.apply(s);
            } finally {
              s.restoreSchema(previous);
            }
          };
      Connection shared = lock.sharedConnection();
      return shared != null
          ? onConnection(shared, database, lock, !historyFound[0], inSchema)
          : withSession(database, lock, !historyFound[0], inSchema);
    }
  }

  /** Runs {@code work} in a session on a new connection, closed afterwards. */
  private <T> T withSession(
      Database known, MigrationLock lock, boolean firstLookFoundNoHistory, Work<T> work) {
    Connection connection = options.connections().open();
    try {
      Database database =
          known != null ? known : Database.detect(connection, options.executeListeners());
      return onConnection(connection, database, lock, firstLookFoundNoHistory, work);
    } finally {
      Closing.quietly(connection, null);
    }
  }

  /** Runs {@code work} in a session on {@code connection}, which stays open. */
  private <T> T onConnection(
      Connection connection,
      Database database,
      MigrationLock lock,
      boolean firstLookFoundNoHistory,
      Work<T> work) {
    Session session = null;
    try {
      session = new Session(options, connection, database, lock, firstLookFoundNoHistory);
      return work.apply(session);
    } catch (MigrationException e) {
      throw e;
    } catch (SQLException | RuntimeException e) {
      if (Failures.isNetworkTimeout(e)) {
        throw FailureMessages.stoppedAnswering(e);
      }
      throw FailureMessages.ownStatementFailed(
          options.connections().describe(), database.fold(options.historyTable()), e);
    } finally {
      if (session != null) {
        session.restoreAutoCommit();
      }
    }
  }

  /**
   * Throws unless {@code lockSession} is alive, asking the driver with {@link Connection#isValid}:
   * PostgreSQL's sends an empty query (one round trip, nothing to parse), embedded H2's checks the
   * session in memory (an aborted session is closed), remote H2's asks the server.
   */
  static void verify(Connection lockSession) {
    boolean alive;
    String cause;
    try {
      alive = lockSession.isValid(10);
      cause = "it no longer answers";
    } catch (SQLException e) {
      alive = false;
      cause = Failures.describe(e);
    }
    if (!alive) {
      throw FailureMessages.lockLost(cause);
    }
  }

  /** A command's work in a session; an SQLException is a statement of Strata's own that failed. */
  @FunctionalInterface
  interface Work<T> {
    T apply(Session session) throws SQLException;
  }
}
