package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.zip.CRC32;
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

  static PostgresAdvisoryLock acquire(Connection connection, History history, Duration timeout) {
    long key = key(history);
    try {
      connection.setAutoCommit(true); // no transaction, no snapshot held while we wait or hold
      long deadline = System.nanoTime() + timeout.toNanos();
      long pause = 20;
      boolean logged = false;
      while (!call(connection, "pg_try_advisory_lock", key)) {
        if (System.nanoTime() > deadline) {
          throw FailureMessages.advisoryLockHeld(history.displayName(), key, timeout);
        }
        if (!logged) {
          LOG.info("Waiting for another migrator to finish (advisory lock {})", key);
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

  /** The same key for every migrator of one history table, whoever computes it. */
  private static long key(History history) {
    CRC32 crc = new CRC32();
    String qualified =
        (history.schema() == null ? "" : history.schema() + ".") + history.displayName();
    crc.update(qualified.getBytes(StandardCharsets.UTF_8));
    return PREFIX | crc.getValue();
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
