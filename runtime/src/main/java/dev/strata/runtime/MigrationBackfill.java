package dev.strata.runtime;

import static java.util.Objects.requireNonNull;

/**
 * The {@code @Backfill} method of a migration.
 *
 * @param method the method's name, for messages
 * @param table the table whose keys the batches walk
 * @param key its key column
 * @param batchSize how many keys a batch covers (the first batch's, when the size adapts)
 * @param pauseMillis the pause between batches
 * @param targetBatchMillis the duration the batch size adapts toward; 0 for a fixed size
 * @param timeoutSeconds statement timeout for each batch; 0 for none
 * @param retries how often a batch that fails transiently is retried
 * @param filler calls the method
 */
public record MigrationBackfill(
    String method,
    String table,
    String key,
    int batchSize,
    int pauseMillis,
    int targetBatchMillis,
    int timeoutSeconds,
    int retries,
    Filler filler) {

  public MigrationBackfill {
    requireNonNull(method, "method");
    requireNonNull(table, "table");
    requireNonNull(key, "key");
    requireNonNull(filler, "filler");
    if (table.isBlank() || key.isBlank()) {
      throw new IllegalArgumentException("a backfill needs a table and a key column");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1");
    }
    if (pauseMillis < 0 || targetBatchMillis < 0 || timeoutSeconds < 0 || retries < 0) {
      throw new IllegalArgumentException(
          "pauseMillis, targetBatchMillis, timeoutSeconds and retries must not be negative");
    }
  }

  /** Calls a backfill method for one batch; generated code implements it with a direct call. */
  @FunctionalInterface
  public interface Filler {
    /** Changes the rows of {@code range} and returns how many it changed. */
    int fill(MigrationContext db, KeyRange range) throws Exception;
  }
}
