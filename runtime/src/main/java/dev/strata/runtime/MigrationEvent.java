package dev.strata.runtime;

/**
 * A migration that a run is about to execute, has executed, or failed to execute.
 *
 * @param operation whether the migration is applied or undone
 * @param version its version
 * @param description what it does
 * @param position its 1-based position in this run
 * @param total how many migrations this run executes
 */
public record MigrationEvent(
    Operation operation, String version, String description, int position, int total) {

  /** What the run does to the migration. */
  public enum Operation {
    APPLY,
    UNDO
  }
}
