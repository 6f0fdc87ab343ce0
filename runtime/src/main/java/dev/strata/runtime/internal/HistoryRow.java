package dev.strata.runtime.internal;

import dev.strata.Stage;
import java.time.Instant;
import java.util.List;

/**
 * One row of the history table.
 *
 * @param type what the row records
 * @param success false for a non-transactional migration that failed or never finished
 * @param change the change the migration was a stage of; null for none, and for a row read without
 *     it or written before the history had the column
 * @param stage its stage in that change; null as {@code change} is
 */
public record HistoryRow(
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

  public HistoryRow {
    owners = List.copyOf(owners);
  }

  /** What a row records; stored by name in the {@code type} column. */
  public enum Type {
    /** A migration's {@code @Up} ran. */
    MIGRATE,
    /** A migration's {@code @Down} ran: the migration is no longer applied. */
    UNDO,
    /** {@code baseline(version)}: everything up to the version is taken as present. */
    BASELINE
  }
}
