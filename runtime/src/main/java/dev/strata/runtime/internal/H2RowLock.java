package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A row lock ({@code select … for update}) on the one row of {@code <history>_lock}, held in an
 * open transaction on a dedicated connection. H2 itself makes waiters wait up to its lock timeout;
 * we retry until ours. When the holder's session dies, H2 rolls its transaction back and the lock
 * is gone.
 */
final class H2RowLock implements MigrationLock {

  private static final Logger LOG = LoggerFactory.getLogger(H2RowLock.class);
  private static final String LOCK_TIMEOUT = "HYT00";

  private final Connection connection;

  private H2RowLock(Connection connection) {
    this.connection = connection;
  }

  static H2RowLock acquire(
      Database database,
      ConnectionSource connections,
      Connection first,
      History history,
      Duration timeout,
      boolean fresh,
      LockWait waiting) {
    Connection connection = first;
    String table = history.sibling("_lock");
    String id = History.quote(database.fold("id"));
    String lockRow = "select " + id + " from " + table + " where " + id + " = 1 for update";
    try {
      if (fresh) { // a new database: set the table up first rather than fail to find it
        connection.setAutoCommit(true);
        createLockRow(connection, history, table, id);
      }
      long deadline = System.nanoTime() + timeout.toNanos();
      boolean logged = false;
      for (int setups = 0; ; ) {
        try {
          connection.setAutoCommit(false);
          if (selectsRow(connection, lockRow)) {
            return new H2RowLock(connection);
          }
          connection.rollback(); // the table exists, its row not yet
        } catch (SQLException | RuntimeException e) {
          String state = Failures.sqlState(e);
          if (System.nanoTime() < deadline && LOCK_TIMEOUT.equals(state)) {
            connection.rollback();
            if (!logged) {
              waiting.onH2();
              logged = true;
            }
            waiting.polled(connection);
            continue;
          }
          if (System.nanoTime() < deadline && Failures.isConnectionLost(state)) {
            // an AUTO_SERVER database whose hosting process exited: the next open hosts it
            LOG.info(
                "Lost the connection while waiting for the lock ({}); reconnecting",
                Failures.describe(e));
            Closing.quietly(connection, e);
            connection = reopen(connections, deadline);
            continue;
          }
          if (!Failures.isMissingTable(state)) {
            throw e;
          }
          connection.rollback();
        }
        if (++setups > 5) {
          throw new IllegalStateException("the lock table " + table + " cannot be set up");
        }
        connection.setAutoCommit(true);
        createLockRow(connection, history, table, id); // first use; concurrent creators may race
      }
    } catch (SQLException | RuntimeException e) {
      Closing.quietly(connection, e);
      if (LOCK_TIMEOUT.equals(Failures.sqlState(e))) {
        throw FailureMessages.rowLockHeld(history.displayName(), timeout, e);
      }
      if (e instanceof BackfillElsewhere elsewhere) {
        throw elsewhere;
      }
      throw e instanceof MigrationException m ? m : FailureMessages.cannotTakeLock(e);
    }
  }

  /** Opens a new connection, retrying while the database changes hands, until {@code deadline}. */
  private static Connection reopen(ConnectionSource connections, long deadline) {
    while (true) {
      try {
        return connections.open();
      } catch (MigrationException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** Whether {@code lockRow} found the row, which it then holds until the transaction ends. */
  private static boolean selectsRow(Connection connection, String lockRow) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(lockRow)) {
      return row.next();
    }
  }

  private static void createLockRow(
      Connection connection, History history, String table, String id) {
    try (Statement statement = connection.createStatement()) {
      if (history.schema() != null) {
        statement.execute("create schema if not exists " + History.quote(history.schema()));
      }
      statement.execute(
          "create table if not exists "
              + table
              + " ("
              + id
              + " int not null, primary key ("
              + id
              + "))");
      statement.execute(
          "insert into "
              + table
              + " ("
              + id
              + ") select 1 where not exists (select 1 from "
              + table
              + " where "
              + id
              + " = 1)");
    } catch (SQLException e) {
      // another migrator created it at the same moment; the next attempt finds it
      LOG.debug("Creating the lock table raced: {}", Failures.describe(e));
    }
  }

  @Override
  public void verify() {
    Sessions.verify(connection);
  }

  @Override
  public void close() {
    try {
      connection.rollback(); // ends the transaction that holds the row lock
    } catch (SQLException e) {
      LOG.warn("Could not release the row lock: {}", Failures.describe(e));
    } finally {
      Closing.quietly(connection, null);
    }
  }
}
