package dev.strata.runtime;

import java.time.Duration;
import java.util.List;

/**
 * What a {@link Migrator#migrate()} or {@link Migrator#undo(String)} run did.
 *
 * @param initialVersion the newest applied version before the run; null on an empty database
 * @param finalVersion the newest applied version after the run; null when none is left
 * @param executed the migrations applied (or undone) by this run, in the order they ran
 * @param duration how long the run took, lock wait included
 */
public record MigrationReport(
    String initialVersion, String finalVersion, List<MigrationInfo> executed, Duration duration) {

  public MigrationReport {
    executed = List.copyOf(executed);
  }

  /** Whether the run found nothing to do. */
  public boolean nothingToDo() {
    return executed.isEmpty();
  }
}
