package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationContext;
import dev.strata.runtime.SqlStatementException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jooq.DSLContext;

/**
 * The {@link MigrationContext} of one step or check: JDBC on the migration's connection, and jOOQ's
 * context only when {@link #dsl()} is called (creating it loads some 700 jOOQ classes, a third of a
 * second on a cold JVM).
 */
public final class JdbcMigrationContext implements MigrationContext {

  private final Connection connection;
  private final Database database;
  private final int queryTimeoutSeconds;
  private DSLContext dsl;

  JdbcMigrationContext(Connection connection, Database database, int queryTimeoutSeconds) {
    this.connection = connection;
    this.database = database;
    this.queryTimeoutSeconds = queryTimeoutSeconds;
  }

  @Override
  public int execute(String sql, Object... bindings) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < bindings.length; i++) {
        statement.setObject(i + 1, bindings[i]);
      }
      if (queryTimeoutSeconds != 0) {
        statement.setQueryTimeout(queryTimeoutSeconds);
      }
      return statement.execute() ? 0 : statement.getUpdateCount();
    } catch (SQLException e) {
      throw new SqlStatementException(sql, e);
    }
  }

  @Override
  public Connection connection() {
    return connection;
  }

  @Override
  public Dialect dialect() {
    return database.dialect();
  }

  @Override
  public DSLContext dsl() {
    if (dsl == null) {
      dsl = database.jooq(connection, queryTimeoutSeconds);
    }
    return dsl;
  }
}
