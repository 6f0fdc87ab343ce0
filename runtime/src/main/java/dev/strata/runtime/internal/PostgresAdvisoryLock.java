package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
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
  private final Set<String> settings; // set while held, reset with the unlock

  private PostgresAdvisoryLock(Connection connection, long key, Set<String> settings) {
    this.connection = connection;
    this.key = key;
    this.settings = settings;
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
        waiting.polled(connection);
        pause = Math.min(pause * 2, 500);
      }
      Map<String, String> settings = whileHeld(connection.getMetaData().getDatabaseMajorVersion());
      StringJoiner set = new StringJoiner(", ", "select ", "");
      settings.forEach(
          (name, value) -> set.add("set_config('%s', '%s', false)".formatted(name, value)));
      execute(connection, set.toString());
      return new PostgresAdvisoryLock(connection, key, settings.keySet());
    } catch (SQLException | RuntimeException | InterruptedException e) {
      Closing.quietly(connection, e);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      if (Failures.isNetworkTimeout(e)) {
        throw FailureMessages.stoppedAnswering(e);
      }
      if (e instanceof BackfillElsewhere elsewhere) {
        throw elsewhere;
      }
      throw e instanceof MigrationException m ? m : FailureMessages.cannotTakeLock(e);
    }
  }

  /**
   * What the lock's session sets while it holds the lock, in the one {@code select set_config(…)}
   * after taking it; each is {@code reset} with the unlock, since the connection may be a pool's.
   *
   * <ul>
   *   <li>The idle timeouts off: {@code idle_session_timeout} (14+), a common server or role
   *       setting, would end the session between two migrations, and {@code
   *       idle_in_transaction_session_timeout} while a migration computes in Java; either would end
   *       the run half way for no fault of its own.
   *   <li>A dead client noticed within about two minutes rather than the kernel's two hours: TCP
   *       keepalives after 60 s idle, every 10 s, 6 unanswered probes (and, 12+, {@code
   *       tcp_user_timeout} for data the vanished host never acknowledged), so a host that is lost
   *       or cut off while holding the lock frees it; and (14+) {@code
   *       client_connection_check_interval}, so a statement the dead client left running (a
   *       backfill, a {@code pg_sleep}) is aborted within a second instead of holding its locks to
   *       its end.
   * </ul>
   */
  private static Map<String, String> whileHeld(int major) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("idle_in_transaction_session_timeout", "0");
    if (major >= 14) {
      settings.put("idle_session_timeout", "0");
      settings.put("client_connection_check_interval", "1000");
    }
    settings.put("tcp_keepalives_idle", "60");
    settings.put("tcp_keepalives_interval", "10");
    settings.put("tcp_keepalives_count", "6");
    if (major >= 12) {
      settings.put("tcp_user_timeout", "120000");
    }
    return settings;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    Bounded.run(
        connection,
        () -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
          }
        });
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
    return Bounded.call(
        connection,
        () -> {
          try (Statement statement = connection.createStatement();
              ResultSet result = statement.executeQuery(sql)) {
            result.next();
            if (result.getString(1) == null) {
              throw FailureMessages.noCurrentSchema(history.displayName());
            }
            return new long[] {result.getLong(2), result.getBoolean(3) ? 1 : 0};
          }
        });
  }

  /** A checked identifier as an SQL string literal. */
  private static String literal(String identifier) {
    return "'" + identifier.replace("'", "''") + "'";
  }

  /** {@code select function(key)}: whether the advisory lock function succeeded. */
  private static boolean call(Connection connection, String function, long key)
      throws SQLException {
    return Bounded.call(
        connection,
        () -> {
          try (Statement statement = connection.createStatement();
              ResultSet result = statement.executeQuery("select " + function + "(" + key + ")")) {
            return result.next() && result.getBoolean(1);
          }
        });
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

  /**
   * Releases the lock and resets the session's settings in one round trip, then closes the session.
   * When that fails the session may still hold the lock, and a pool would keep it, for as long as
   * it keeps the connection: so the connection is aborted instead, which ends the session and the
   * lock with it.
   */
  @Override
  public void close() {
    StringBuilder unlock = new StringBuilder("select pg_advisory_unlock(" + key + ")");
    settings.forEach(name -> unlock.append("; reset ").append(name));
    try {
      execute(connection, unlock.toString());
    } catch (SQLException | RuntimeException e) {
      LOG.warn(
          "Could not release advisory lock {} ({}); ending the connection to release it",
          key,
          Failures.describe(e));
      Closing.abort(connection, e);
      return;
    }
    Closing.quietly(connection, null);
  }
}
