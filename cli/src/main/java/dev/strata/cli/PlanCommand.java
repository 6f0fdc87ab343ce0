package dev.strata.cli;

import dev.strata.runtime.Migrator;
import dev.strata.runtime.Plan;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code plan}: the SQL that migrate would run, per pending migration, and for a backfill its first
 * batch and how many batches the catalog's estimate makes.
 */
@Command(
    name = "plan",
    description = "Print the SQL that migrate would run, per migration, without running it.")
final class PlanCommand extends DatabaseCommand {

  PlanCommand(RootCommand root) {
    super(root);
  }

  @Mixin AllowFutureOption allowFuture;

  @Override
  Migrator configured(Migrator migrator) {
    return allowFuture.applyTo(migrator);
  }

  @Override
  boolean readOnly() {
    return true;
  }

  @Override
  void run(Migrator migrator, PrintWriter out) {
    Plan plan = migrator.plan();
    out.print(json() ? JsonReports.plan(plan) : render(plan));
  }

  static String render(Plan plan) {
    if (plan.steps().isEmpty()) {
      return "Nothing to migrate: the database is up to date.\n";
    }
    StringBuilder text =
        new StringBuilder()
            .append("-- ")
            .append(Formats.count(plan.steps().size(), "pending migration"))
            .append(", rendered for ")
            .append(plan.dialect())
            .append('\n');
    for (Plan.Step step : plan.steps()) {
      text.append("\n-- ").append(step.version()).append("  ").append(step.description());
      if (step.backfill() != null) {
        text.append(" (a backfill: each batch commits in a transaction of its own)");
      } else if (!step.transactional()) {
        text.append(" (not transactional: runs in autocommit)");
      }
      text.append('\n');
      if (step.statements().isEmpty() && step.backfill() == null) {
        text.append("-- (no SQL)\n");
      }
      statements(text, step.statements());
      if (step.backfill() != null) {
        backfill(text, step.backfill());
      }
    }
    return text.toString();
  }

  /**
   * {@code -- backfill orders.id in batches of 500 keys, about 10 batches by the catalog's
   * estimate; the first batch:}, then its statements.
   */
  private static void backfill(StringBuilder text, Plan.Backfill backfill) {
    text.append("-- backfill ")
        .append(backfill.table())
        .append('.')
        .append(backfill.key())
        .append(" in batches of ")
        .append(Formats.count(backfill.batchSize(), "key"))
        .append(", ")
        .append(
            backfill.estimatedBatches() < 0
                ? "how many unknown (the catalog has no estimate of the rows)"
                : String.format(
                        Locale.ROOT,
                        "about %,d %s",
                        backfill.estimatedBatches(),
                        backfill.estimatedBatches() == 1 ? "batch" : "batches")
                    + " by the catalog's estimate")
        .append("; the first batch:\n");
    statements(text, backfill.batchStatements());
  }

  private static void statements(StringBuilder text, List<String> statements) {
    for (String statement : statements) {
      text.append(statement.strip());
      text.append(statement.strip().endsWith(";") ? "\n" : ";\n");
    }
  }
}
