package dev.strata.runtime;

import java.time.Instant;

/**
 * A backfill that has started, from its progress row, as {@link Migrator#backfills()} reports it.
 *
 * @param version the migration's version
 * @param description what it does
 * @param table the table it fills
 * @param key its key column
 * @param state whether it runs now, stopped before its end, or finished
 * @param keys the keys its committed batches covered
 * @param rows the rows they changed
 * @param batches how many batches committed
 * @param lastKey the last key of the last committed batch, as text; {@code null} before the first
 * @param endKey the largest key present when it started, where it ends, as text
 * @param startedAt when its first batch started
 * @param updatedAt when its last batch committed
 */
public record BackfillInfo(
    String version,
    String description,
    String table,
    String key,
    State state,
    long keys,
    long rows,
    long batches,
    String lastKey,
    String endKey,
    Instant startedAt,
    Instant updatedAt) {

  /** Where a backfill stands. */
  public enum State {
    /** A process is running its batches now. */
    RUNNING,
    /**
     * It stopped before its last batch (a kill, a failure, a lost connection); migrate resumes it.
     */
    INTERRUPTED,
    /** Its last batch committed. */
    FINISHED
  }
}
