package dev.strata.runtime;

import static java.util.Objects.requireNonNull;

import dev.strata.Stage;
import java.time.Instant;
import java.util.List;

/**
 * One row of the history table, as {@link Migrator#history()} reads it: what a run, an undo or a
 * baseline recorded, whether or not the migration is still applied.
 *
 * @param rank the row's place in the history, 1 for the first row written
 * @param version the migration's version (for a baseline, the version taken as present)
 * @param description what the migration does
 * @param type what the row records
 * @param checksum the checksum recorded with it; null when the migration had none
 * @param owners the migration's owners when it was recorded
 * @param installedBy the database user that wrote the row
 * @param installedOn when the row was written
 * @param executionMs how long the migration took, in milliseconds (0 for a baseline)
 * @param success false for a non-transactional migration that failed or never finished
 * @param change the name of the {@code @Change} the migration was a stage of; null when it was
 *     none, and for rows written before the history table had the column
 * @param stage its stage in that change; null when {@code change} is
 */
public record HistoryEntry(
    long rank,
    String version,
    String description,
    Type type,
    String checksum,
    List<String> owners,
    String installedBy,
    Instant installedOn,
    long executionMs,
    boolean success,
    String change,
    Stage stage) {

  public HistoryEntry {
    requireNonNull(version, "version");
    requireNonNull(type, "type");
    owners = List.copyOf(owners);
  }

  /** What a history row records. */
  public enum Type {
    /** A migration's {@code @Up} ran (or, when not {@code success}, started and failed). */
    MIGRATE,
    /** A migration's {@code @Down} ran: from this row on, the migration is no longer applied. */
    UNDO,
    /** A baseline: everything up to the version is taken as present. */
    BASELINE
  }
}
