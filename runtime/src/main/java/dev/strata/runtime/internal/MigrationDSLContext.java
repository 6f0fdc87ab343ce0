package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.DataException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * The {@link DSLContext} that migrations and checks are given. jOOQ's own context is created on
 * first use: creating it loads and verifies most of jOOQ (its DSL, every dialect's data types:
 * some 700 classes, about a third of a second on a cold JVM), which a migration that only sends
 * SQL strings never needs.
 *
 * <p>Until then, {@link #execute(String)} of a statement without jOOQ templating (no {@code {}})
 * does what jOOQ does with it, on JDBC directly: jOOQ renders such a string unchanged, prepares
 * it on the same connection, applies the same query timeout, returns the update count (0 for a
 * statement that returns rows), and turns a failure into the same {@link DataAccessException},
 * with the same message, class and cause. When an {@link ExecuteListener} is configured, or once
 * the migration has used anything else of jOOQ (it may have changed the context's settings), every
 * call goes through jOOQ. {@code MigrationContextTest} (integration tests) holds the two paths to
 * the same results on H2 and PostgreSQL.
 *
 * <p>Not thread-safe: one migration uses it, on the thread that runs the migration.
 */
public final class MigrationDSLContext extends ForwardingDSLContext {

  private final Connection connection;
  private final Database database;
  private final int queryTimeoutSeconds;
  private DSLContext jooq;

  MigrationDSLContext(Connection connection, Database database, int queryTimeoutSeconds) {
    this.connection = connection;
    this.database = database;
    this.queryTimeoutSeconds = queryTimeoutSeconds;
  }

  @Override
  DSLContext delegate() {
    if (jooq == null) {
      jooq = DSL.using(new DefaultConfiguration()
          .set(connection)
          .set(database.sqlDialect())
          .set(Database.settings().withQueryTimeout(queryTimeoutSeconds))
          .set(DefaultExecuteListenerProvider.providers(
              database.listeners().toArray(ExecuteListener[]::new))));
    }
    return jooq;
  }

  /** Whether jOOQ's context has been created (for tests). */
  boolean usesJooq() {
    return jooq != null;
  }

  @Override
  public int execute(String sql) {
    if (jooq != null || !database.listeners().isEmpty() || sql.indexOf('{') >= 0) {
      return delegate().execute(sql);
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (queryTimeoutSeconds != 0) {
        statement.setQueryTimeout(queryTimeoutSeconds);
      }
      return statement.execute() ? 0 : statement.getUpdateCount();
    } catch (SQLException e) {
      throw translate(sql, e);
    }
  }

  /** jOOQ's translation of a failed statement's {@link SQLException} (its {@code Tools.translate}). */
  private static DataAccessException translate(String sql, SQLException e) {
    String message = "SQL [" + sql + "]; " + e.getMessage();
    return switch (DataAccessException.sqlStateClass(e)) {
      case C22_DATA_EXCEPTION -> new DataException(message, e);
      case C23_INTEGRITY_CONSTRAINT_VIOLATION -> new IntegrityConstraintViolationException(message, e);
      default -> new DataAccessException(message, e);
    };
  }
}
