package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Checks that a lock's session is alive. */
final class Sessions {

  private Sessions() {}

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
}
