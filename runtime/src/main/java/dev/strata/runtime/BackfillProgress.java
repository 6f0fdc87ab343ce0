package dev.strata.runtime;

import java.time.Duration;

/**
 * How far a running backfill got, as {@link MigrationListener#backfillProgress} hears it after each
 * committed batch.
 *
 * @param version the migration's version
 * @param description what it does
 * @param table the table it fills
 * @param keys the keys its batches covered so far, counted from its start (resumed runs included):
 *     what progress is measured in
 * @param rows the rows its batches changed so far (what the method returned), from its start
 * @param batches the batches committed so far
 * @param estimatedKeys how many keys the whole backfill covers, from the catalog's statistics; -1
 *     when unknown
 * @param batchSize the size of the next batch (it adapts with {@code targetBatchMillis})
 * @param rowsPerSecond the rate of this run so far
 * @param elapsed how long this run has backfilled
 * @param remaining the estimated time left; {@code null} when it cannot be estimated
 * @param finished whether the last batch has committed
 */
public record BackfillProgress(
    String version,
    String description,
    String table,
    long keys,
    long rows,
    long batches,
    long estimatedKeys,
    int batchSize,
    double rowsPerSecond,
    Duration elapsed,
    Duration remaining,
    boolean finished) {}
