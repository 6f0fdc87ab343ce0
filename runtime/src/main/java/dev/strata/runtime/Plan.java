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
   * @param backfill its {@code @Backfill}'s batches; null when it has none
   */
  public record Step(
      String version,
      String description,
      boolean transactional,
      List<String> statements,
      Backfill backfill) {

    public Step {
      statements = List.copyOf(statements);
    }

    /** A step without a backfill. */
    public Step(
        String version, String description, boolean transactional, List<String> statements) {
      this(version, description, transactional, statements, null);
    }
  }

  /**
   * How a pending backfill would run: its first batch's statements, recorded as {@code @Up}'s are
   * (the range of keys the first batch would cover now; {@code key <= batchSize} when the table
   * does not exist yet), and how many batches the catalog's estimate of the table's rows makes.
   *
   * @param table the table it walks
   * @param key its key column
   * @param batchSize the keys of a batch (the first one's, when the size adapts)
   * @param batchStatements the statements of the first batch, inlined, in order
   * @param estimatedBatches the estimated rows divided by the batch size, rounded up; -1 when the
   *     catalog has no estimate
   */
  public record Backfill(
      String table,
      String key,
      int batchSize,
      List<String> batchStatements,
      long estimatedBatches) {

    public Backfill {
      batchStatements = List.copyOf(batchStatements);
    }
  }
}
