package dev.strata.runtime.internal;

import dev.strata.runtime.BackfillInfo;

/**
 * Thrown out of a lock wait when another process holds the migration lock to run a backfill (its
 * progress row says {@link BackfillInfo.State#RUNNING}): the migrate that waited returns at once
 * instead of waiting the backfill out, unless {@code waitForBackfill} is set.
 */
final class BackfillElsewhere extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient BackfillTable.Row row;

  BackfillElsewhere(BackfillTable.Row row) {
    super("another process is backfilling " + row.version(), null, false, false);
    this.row = row;
  }

  BackfillTable.Row row() {
    return row;
  }
}
