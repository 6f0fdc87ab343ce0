package dev.strata.runtime;

import dev.strata.Dialect;
import java.sql.Connection;
import org.jooq.DSLContext;

/**
 * What a migration method ({@code @Up}, {@code @Down}, {@code @PreCheck}, {@code @PostCheck}) may
 * take instead of jOOQ's {@link DSLContext}: plain SQL on the migration's connection, and jOOQ's
 * own context when the method wants the DSL after all.
 *
 * <p>A migration that only sends SQL strings should take this: {@link #execute} goes to JDBC, so a
 * cold JVM never loads jOOQ for it. Statements run in the migration's transaction (or in autocommit
 * for {@code transactional = false}) with the step's {@code timeoutSeconds}.
 *
 * <p>Not thread-safe: one migration method uses it, on the thread that calls the method.
 */
public interface MigrationContext {

  /**
   * Prepares {@code sql} on {@link #connection()}, binds {@code bindings} to its {@code ?}
   * placeholders in order ({@code setObject}), applies the step's statement timeout and executes
   * it. The text is sent as written: no jOOQ templating, no quoting.
   *
   * @return the update count; 0 for a statement that returns rows
   * @throws SqlStatementException when the database refuses the statement; its cause is the
   *     driver's {@link java.sql.SQLException}, with the SQL state retries and reports read
   */
  int execute(String sql, Object... bindings);

  /**
   * The migration's connection, inside its transaction. Use it for what {@link #execute} cannot do
   * (reading rows, batches); never commit, roll back or close it: Strata commits the migration
   * together with its checks and history row.
   */
  Connection connection();

  /** The database the migration runs on. */
  Dialect dialect();

  /**
   * jOOQ's own {@link DSLContext} on the same connection and transaction, with the step's query
   * timeout and Strata's quoting policy; created on the first call, the same one afterwards. Being
   * jOOQ's, it has every method of the jOOQ version the application brings.
   */
  DSLContext dsl();
}
