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
 * A session-level advisory lock on a dedicated connection in autocommit. Waiters poll with {@code
 * pg_try_advisory_lock} instead of blocking in {@code pg_advisory_lock}: a blocked call is a
 * running statement with a snapshot, which {@code CREATE INDEX CONCURRENTLY} on the holder's
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
      return new PostgresAdvisoryLock(connection, key);
    } catch (SQLException | RuntimeException | InterruptedException e) {
      Closing.quietly(connection, e);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw e instanceof MigrationException m ? m : FailureMessages.cannotTakeLock(e);
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

  @Override
  public void verify() {
    Sessions.verify(connection);
  }

  @Override
  public void close() {
    try {
      call(connection, "pg_advisory_unlock", key);
    } catch (SQLException e) {
      // closing the session below releases the lock anyway
      LOG.warn("Could not release advisory lock {}: {}", key, Failures.describe(e));
    } finally {
      Closing.quietly(connection, null);
    }
  }
}
