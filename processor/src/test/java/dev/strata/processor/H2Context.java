package dev.strata.processor;

import dev.strata.runtime.MigrationContext;
import dev.strata.runtime.internal.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** An in-memory H2 database and the context the runtime would give a migration on it. */
final class H2Context implements AutoCloseable {
  private final Connection connection;
  private final MigrationContext context;

  H2Context(String name) throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:" + name + ";DATABASE_TO_LOWER=TRUE");
    context = Database.detect(connection, List.of()).context(connection, 0);
  }

  MigrationContext context() {
    return context;
  }

  @Override
  public void close() throws SQLException {
    connection.close(); // the last connection: the in-memory database goes with it
  }
}
