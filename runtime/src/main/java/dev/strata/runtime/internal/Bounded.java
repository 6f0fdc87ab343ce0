package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds how long Strata's own statements (taking and releasing the lock, reading and writing the
 * history, switching the schema) wait for the server: {@link #SECONDS}. Each of them is short, so a
 * server that sends nothing for that long has stopped answering — a partitioned network or a lost
 * host, where the socket stays open and a read would otherwise wait forever. The bound is the
 * connection's network timeout, set around each such statement and put back after it, so a
 * migration's own statements (which may rightly run for hours) never get it, and a pool's
 * connection goes back with its own value. The driver closes a connection whose read timed out.
 */
final class Bounded {

  static final int SECONDS = 30;

  private static final Logger LOG = LoggerFactory.getLogger(Bounded.class);
  private static final Executor DIRECT = Runnable::run; // the drivers' timeouts need no thread

  private Bounded() {}

  /** Runs {@code call} with the bound, or with the connection's own timeout when that is lower. */
  static <T> T call(Connection connection, Call<T> call) throws SQLException {
    int previous;
    try {
      previous = connection.getNetworkTimeout();
    } catch (SQLFeatureNotSupportedException e) {
      return call.run(); // a driver without network timeouts: nothing to bound with
    }
    int bound = previous == 0 ? SECONDS * 1000 : Math.min(previous, SECONDS * 1000);
    if (bound == previous) {
      return call.run();
    }
    connection.setNetworkTimeout(DIRECT, bound);
    try {
      return call.run();
    } finally {
      try {
        if (!connection.isClosed()) {
          connection.setNetworkTimeout(DIRECT, previous);
        }
      } catch (SQLException e) {
        LOG.debug("Could not restore the network timeout: {}", Failures.describe(e));
      }
    }
  }

  /** {@link #call} for work without a result. */
  static void run(Connection connection, Session.SqlWork work) throws SQLException {
    call(
        connection,
        () -> {
          work.run();
          return null;
        });
  }

  /** Statements of Strata's own, with a result. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws SQLException;
  }
}
