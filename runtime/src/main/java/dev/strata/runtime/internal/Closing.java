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

  static void rollback(Connection connection, Throwable primary) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      primary.addSuppressed(e);
    }
  }
}
