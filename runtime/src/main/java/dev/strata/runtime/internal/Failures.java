package dev.strata.runtime.internal;

import dev.strata.runtime.Redaction;
import dev.strata.runtime.SqlStatementException;
import java.sql.SQLException;
import java.util.Set;
import org.jooq.exception.DataAccessException;

/** Reads what the database said about a failure. */
public final class Failures {

  /**
   * SQL states worth a retry in a fresh transaction: serialization failure, deadlock, lock not
   * available, statement timeout or cancel (PostgreSQL), and H2's lock timeout and concurrent
   * update.
   */
  private static final Set<String> TRANSIENT =
      Set.of("40001", "40P01", "55P03", "57014", "HYT00", "90131");

  private Failures() {}

  /** The first SQL state found along the cause chain, or null. */
  public static String sqlState(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
      if (t instanceof DataAccessException dae
          && dae.sqlState() != null
          && !"00000".equals(dae.sqlState())) {
        return dae.sqlState();
      }
    }
    return null;
  }

  /**
   * Whether the connection is gone: SQL state class 08; PostgreSQL's session ended by its idle in
   * transaction timeout (25P03) or idle session timeout (57P05); or H2's connection broken (90067),
   * database closed (90098) or shut down (90121) — as when the process hosting an H2 {@code
   * AUTO_SERVER} database exits — or, on a statement, H2's database in use (90020): {@code
   * AUTO_SERVER} implies H2's {@code AUTO_RECONNECT}, so a statement in autocommit whose host
   * exited reconnects, and fails so while the file is being handed over.
   */
  public static boolean isConnectionLost(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("25P03")
            || state.equals("57P05")
            || state.equals("90020")
            || state.equals("90067")
            || state.equals("90098")
            || state.equals("90121"));
  }

  /**
   * Whether a statement failed because a table or its schema does not exist: PostgreSQL's undefined
   * table (42P01) and invalid schema name (3F000); H2's table not found (42S02, and 42S03/42S04
   * with candidates or in an empty database) and schema not found (90079).
   */
  public static boolean isMissingTable(String state) {
    return state != null
        && (state.equals("42P01")
            || state.equals("3F000")
            || state.equals("42S02")
            || state.equals("42S03")
            || state.equals("42S04")
            || state.equals("90079"));
  }

  /**
   * Whether the server stopped answering: a read gave up after the connection's network timeout
   * ({@link Bounded}, or the driver's {@code socketTimeout}), found along the cause chain.
   */
  static boolean isNetworkTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  public static boolean isTransient(Throwable failure) {
    String state = sqlState(failure);
    return state != null && TRANSIENT.contains(state);
  }

  /** A one-line description of {@code failure}, with the SQL state when there is one, redacted. */
  public static String describe(Throwable failure) {
    return Redaction.redact(unredacted(failure));
  }

  /** As {@link #describe(Throwable)}, before redaction: for a caller that knows the URL. */
  static String unredacted(Throwable failure) {
    Throwable root = failure;
    // jOOQ and MigrationContext wrap the driver's exception; the driver's message is the useful one
    while ((root instanceof SqlStatementException || root instanceof DataAccessException)
        && root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
    String state = sqlState(failure);
    return message.strip() + (state == null ? "" : " [SQL state " + state + "]");
  }
}
