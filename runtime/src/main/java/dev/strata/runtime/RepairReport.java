package dev.strata.runtime;

import java.util.List;

/**
 * What {@link Migrator#repair()} changed in the history.
 *
 * @param removedFailed the versions whose failed non-transactional entries were removed; they are
 *     pending again
 * @param realignedChecksums the applied versions whose recorded checksum was replaced with the
 *     registry's
 */
public record RepairReport(List<String> removedFailed, List<String> realignedChecksums) {

  public RepairReport {
    removedFailed = List.copyOf(removedFailed);
    realignedChecksums = List.copyOf(realignedChecksums);
  }

  /** Whether the history needed no repair. */
  public boolean nothingToDo() {
    return removedFailed.isEmpty() && realignedChecksums.isEmpty();
  }
}
