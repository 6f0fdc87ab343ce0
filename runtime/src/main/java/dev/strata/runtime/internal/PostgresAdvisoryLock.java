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
 * A session-level advisory lock, held in the session that runs the migrations ({@link
 * #sharedConnection()}), in autocommit between them. So the lock cannot be lost while a migration
 * runs without losing that migration too: a terminated or timed-out session releases the lock and
 * rolls the migration's transaction back at once, and nothing of it can be recorded. Waiters poll
 * with {@code pg_try_advisory_lock} instead of blocking in {@code pg_advisory_lock}: a blocked call
 * is a running statement with a snapshot, which {@code CREATE INDEX CONCURRENTLY} on the holder's
 * connection would wait for, while the waiter waits for the holder. Between polls a waiter holds no
 * snapshot and no transaction.
 */
final class PostgresAdvisoryLock implements MigrationLock {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresAdvisoryLock.class);
  private static final long PREFIX = 0x5354524154410000L; // "STRATA" in the high bytes

  private final Connection connection;
  private final long key;

  private PostgresAdvisoryLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  static PostgresAdvisoryLock acquire(
      Connection connection, History history, Duration timeout, LockWait waiting) {
    try {
      connection.setAutoCommit(true); // no transaction, no snapshot held while we wait or hold
      long deadline = System.nanoTime() + timeout.toNanos();
      long[] first = firstTry(connection, history);
      long key = first[0];
      long pause = 20;
      boolean logged = false;
      for (boolean held = first[1] != 0;
          !held;
          held = call(connection, "pg_try_advisory_lock", key)) {
        if (System.nanoTime() > deadline) {
          throw FailureMessages.advisoryLockHeld(history.displayName(), key, timeout);
        }
        if (!logged) {
          waiting.onPostgres(connection, key);
          logged = true;
        }
        Thread.sleep(pause);
        pause = Math.min(pause * 2, 500);
      }
      execute(connection, "select " + keepAlive(connection, "set_config('%s', '0', false)", ", "));
      return new PostgresAdvisoryLock(connection, key);
    } catch (SQLException | RuntimeException | InterruptedException e) {
      Closing.quietly(connection, e);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw e instanceof MigrationException m ? m : FailureMessages.cannotTakeLock(e);
    }
  }

  /**
   * The session's idle timeouts, off while it holds the lock: {@code idle_session_timeout} (14+), a
   * common server or role setting, would end the session between two migrations or while a waiter
   * polls, and {@code idle_in_transaction_session_timeout} while a migration computes in Java.
   * Either would end the run half way for no fault of its own; reset when the lock is released,
   * since the connection may be a pool's.
   */
  private static String keepAlive(Connection connection, String command, String separator)
      throws SQLException {
    String inTransaction = command.formatted("idle_in_transaction_session_timeout");
    return connection.getMetaData().getDatabaseMajorVersion() >= 14
        ? command.formatted("idle_session_timeout") + separator + inTransaction
        : inTransaction;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * The first {@code pg_try_advisory_lock}, in the statement that also computes the key: the same
   * for every migrator of one history table however its schema is spelled or left out. The key
   * hashes the table's identity, its schema and name as the database stores them — the configured
   * schema folded and quoted as {@link History} writes it, else the session's {@code
   * current_schema}, where an unqualified history table is created — so asking for the current
   * schema costs no round trip of its own. Returns the key and 1 when the lock was taken, else 0.
   */
  private static long[] firstTry(Connection connection, History history) throws SQLException {
    String schema = history.schema() == null ? "current_schema" : literal(history.schema());
    String sql =
        ("select s, k, pg_try_advisory_lock(k) from (select s, %d | ('x' || substr(md5(s || '.' ||"
                + " %s), 1, 8))::bit(32)::bigint as k from (select %s as s) named) keyed")
            .formatted(PREFIX, literal(history.displayName()), schema);
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      if (result.getString(1) == null) {
        throw FailureMessages.noCurrentSchema(history.displayName());
      }
      return new long[] {result.getLong(2), result.getBoolean(3) ? 1 : 0};
    }
  }

  /** A checked identifier as an SQL string literal. */
  private static String literal(String identifier) {
    return "'" + identifier.replace("'", "''") + "'";
  }

  /** {@code select function(key)}: whether the advisory lock function succeeded. */
  private static boolean call(Connection connection, String function, long key)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select " + function + "(" + key + ")")) {
      return result.next() && result.getBoolean(1);
    }
  }

  /** The lock's session is the one the migrations run in. */
  @Override
  public Connection sharedConnection() {
    return connection;
  }

  /**
   * Nothing to ask: the migrations run in the lock's session, so if it ended, the lock went with
   * the migration's own connection, whose next statement fails (and its transaction with it).
   */
  @Override
  public void verify() {}

  /** Releases the lock and resets the idle timeouts in one round trip, then closes the session. */
  @Override
  public void close() {
    try {
      execute(
          connection,
          "select pg_advisory_unlock(" + key + "); " + keepAlive(connection, "reset %s", "; "));
    } catch (SQLException e) {
      // closing the session below releases the lock anyway
      LOG.warn("Could not release advisory lock {}: {}", key, Failures.describe(e));
    } finally {
      Closing.quietly(connection, null);
    }
  }
}
