package dev.strata.test;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link Rehearsal} found, one entry per migration it applied, in version order.
 *
 * @param migrations each rehearsed migration with its outcome
 */
public record RehearsalReport(List<MigrationRehearsal> migrations) {

  public RehearsalReport {
    migrations = List.copyOf(migrations);
  }

  /** The first migration whose {@code @Down} (or second {@code @Up}) left a difference. */
  public Optional<MigrationRehearsal> firstFailure() {
    return migrations.stream()
        .filter(m -> m.outcome() == MigrationRehearsal.Outcome.DIFFERENT)
        .findFirst();
  }

  /** The migrations without {@code @Down}. */
  public List<MigrationRehearsal> irreversible() {
    return migrations.stream()
        .filter(m -> m.outcome() == MigrationRehearsal.Outcome.IRREVERSIBLE)
        .toList();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(
        firstFailure()
            .map(
                m ->
                    "Rehearsal failed: the @Down of migration "
                        + m.version()
                        + " does not restore the database.")
            .orElse("Rehearsal passed: every @Down restores the database."));
    text.append(" Rehearsed ")
        .append(migrations.size())
        .append(migrations.size() == 1 ? " migration:" : " migrations:");
    for (MigrationRehearsal m : migrations) {
      text.append("\n  ").append(m);
    }
    return text.toString();
  }
}
