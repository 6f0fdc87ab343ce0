package dev.strata.processor;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationContext;
import java.sql.Connection;
import org.jooq.DSLContext;

/**
 * The context for fixtures whose methods never touch the database: a {@code DSLContext} method gets
 * {@code null}, and sending SQL fails the test.
 */
enum NoDatabase implements MigrationContext {
  CONTEXT;

  @Override
  public int execute(String sql, Object... bindings) {
    throw new AssertionError("the fixture sent SQL: " + sql);
  }

  @Override
  public Connection connection() {
    throw new AssertionError("the fixture asked for a connection");
  }

  @Override
  public Dialect dialect() {
    return Dialect.H2;
  }

  @Override
  public DSLContext dsl() {
    return null;
  }
}
