package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Closes and rolls back without hiding the failure that made us do it. */
final class Closing {

  private Closing() {}

  static void quietly(Connection connection, Throwable primary) {
    try {
      connection.close();
    } catch (SQLException e) {
      if (primary != null) {
        primary.addSuppressed(e);
      }
    }
  }

  /**
   * Ends the physical connection rather than handing it back (a pool's connection that may still
   * hold a session-level lock), then closes the handle; a pool evicts an aborted connection.
   */
  static void abort(Connection connection, Throwable primary) {
    try {
      connection.abort(Runnable::run);
    } catch (SQLException | RuntimeException e) {
      primary.addSuppressed(e);
    }
    quietly(connection, primary);
  }

  static void rollback(Connection connection, Throwable primary) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      primary.addSuppressed(e);
    }
  }
}
