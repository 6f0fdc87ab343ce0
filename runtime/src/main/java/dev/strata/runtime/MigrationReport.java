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
 * @param held the pending migrations this run held (a gate did not pass, or an attestation is
 *     missing), in version order; each names the migrations held behind it
 * @param backfillElsewhere the backfill another process was running when this run waited for the
 *     lock, so that this run applied nothing and did not wait (see {@code waitForBackfill}); null
 *     when none
 */
public record MigrationReport(
    String initialVersion,
    String finalVersion,
    List<MigrationInfo> executed,
    Duration duration,
    List<HeldMigration> held,
    BackfillInfo backfillElsewhere) {

  public MigrationReport {
    executed = List.copyOf(executed);
    held = List.copyOf(held);
  }

  /** A report of a run that did not stop for another process's backfill. */
  public MigrationReport(
      String initialVersion,
      String finalVersion,
      List<MigrationInfo> executed,
      Duration duration,
      List<HeldMigration> held) {
    this(initialVersion, finalVersion, executed, duration, held, null);
  }

  /** A report of a run that held nothing. */
  public MigrationReport(
      String initialVersion, String finalVersion, List<MigrationInfo> executed, Duration duration) {
    this(initialVersion, finalVersion, executed, duration, List.of());
  }

  /** Whether the run found nothing to do: nothing applied or undone, and nothing held. */
  public boolean nothingToDo() {
    return executed.isEmpty() && held.isEmpty() && backfillElsewhere == null;
  }

  /**
   * One readable block: the versions before and after, what ran, and each held migration with its
   * gates.
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("version ")
            .append(initialVersion == null ? "<empty>" : initialVersion)
            .append(" -> ")
            .append(finalVersion == null ? "<empty>" : finalVersion)
            .append(": ")
            .append(
                executed.isEmpty()
                    ? "nothing ran"
                    : String.join(", ", executed.stream().map(MigrationInfo::version).toList())
                        + " ran")
            .append(" in ")
            .append(duration.toMillis())
            .append(" ms");
    if (backfillElsewhere != null) {
      text.append("; another process is backfilling ")
          .append(backfillElsewhere.version())
          .append(" (")
          .append(backfillElsewhere.keys())
          .append(" keys done), not waited for");
    }
    if (!held.isEmpty()) {
      text.append("; ").append(held.size()).append(" held");
      for (HeldMigration h : held) {
        text.append('\n').append(h);
      }
    }
    return text.toString();
  }
}
