package dev.strata.runtime.internal;

import dev.strata.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * The kind of database a connection talks to, and the contexts migrations and checks get on it;
 * their jOOQ contexts pass statements to the {@link ExecuteListener}s. Strata's own statements go
 * straight to JDBC; nothing here touches jOOQ until a jOOQ context is asked for (initialising even
 * {@link SQLDialect} costs a cold JVM milliseconds).
 */
public record Database(Dialect dialect, List<ExecuteListener> listeners) {

  public Database {
    listeners = List.copyOf(listeners);
  }

  /** Detects the dialect from the connection's metadata (no statement is sent). */
  public static Database detect(Connection connection, List<ExecuteListener> listeners) {
    String product;
    try {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw FailureMessages.cannotReadProductName(e);
    }
    if ("H2".equalsIgnoreCase(product)) {
      return new Database(Dialect.H2, listeners);
    }
    if ("PostgreSQL".equalsIgnoreCase(product)) {
      return new Database(Dialect.POSTGRES, listeners);
    }
    throw FailureMessages.unsupportedDatabase(product);
  }

  /** jOOQ's name for the dialect. */
  public SQLDialect sqlDialect() {
    return dialect == Dialect.H2 ? SQLDialect.H2 : SQLDialect.POSTGRES;
  }

  /**
   * {@code name} as the database stores an unquoted identifier: H2 upper-cases, PostgreSQL
   * lower-cases.
   */
  public String fold(String name) {
    return dialect == Dialect.H2 ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
  }

  /**
   * The context a migration's step or check runs with, on {@code connection}. It loads no jOOQ
   * class until its {@code dsl()} is called: a run that applies plain SQL, or nothing, loads none
   * ({@code RoundTripTest}, {@code MigrationContextTest}).
   *
   * @param queryTimeoutSeconds statement timeout for every statement, 0 for none
   */
  public JdbcMigrationContext context(Connection connection, int queryTimeoutSeconds) {
    return new JdbcMigrationContext(connection, this, queryTimeoutSeconds);
  }

  /**
   * jOOQ's own context on {@code connection}, for a method that takes {@code DSLContext} and for
   * {@code MigrationContext.dsl()}: Strata's one quoting policy (names written as plain strings
   * render unquoted, so {@code createTable("users")} means what SQL {@code users} means on each
   * database; names made with {@code DSL.quotedName} stay quoted), the query timeout, and the
   * {@link ExecuteListener}s.
   *
   * @param queryTimeoutSeconds statement timeout for every statement, 0 for none
   */
  public DSLContext jooq(Connection connection, int queryTimeoutSeconds) {
    return DSL.using(
        new DefaultConfiguration()
            .set(connection)
            .set(sqlDialect())
            .set(settings().withQueryTimeout(queryTimeoutSeconds))
            .set(
                DefaultExecuteListenerProvider.providers(
                    listeners.toArray(ExecuteListener[]::new))));
  }

  /** The settings every Strata context uses. */
  public static Settings settings() {
    return new Settings()
        .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
        .withExecuteLogging(false);
  }
}
