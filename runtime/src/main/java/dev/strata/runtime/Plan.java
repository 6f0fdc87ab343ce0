package dev.strata.runtime;

import dev.strata.Dialect;
import java.util.List;

/**
 * The SQL that {@link Migrator#migrate()} would run, rendered for the connected dialect and not
 * executed. Code in a migration that reads data sees no rows while it is planned, so SQL that
 * depends on what the database holds may differ at run time.
 *
 * @param dialect the dialect the SQL is rendered for
 * @param steps the pending migrations, in the order {@code migrate()} would apply them
 */
public record Plan(Dialect dialect, List<Plan.Step> steps) {

  public Plan {
    steps = List.copyOf(steps);
  }

  /**
   * One pending migration and its SQL.
   *
   * @param version the migration's version
   * @param description what it does
   * @param transactional whether it would run in a transaction
   * @param statements the statements of its {@code @Up} method, inlined, in order
   */
  public record Step(
      String version, String description, boolean transactional, List<String> statements) {

    public Step {
      statements = List.copyOf(statements);
    }
  }
}
