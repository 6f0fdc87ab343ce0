package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.StepFailure.step;

import dev.strata.runtime.BackfillProgress;
import dev.strata.runtime.KeyRange;
import dev.strata.runtime.MigrationBackfill;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.MigrationStep;
import dev.strata.runtime.internal.BackfillTable.KeyType;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one migration's {@code @Backfill}: batch by batch in key order up to the largest key present
 * when it started, each batch in a transaction of its own with its progress row, so that a kill
 * loses at most the batch it was in and the next run resumes after the last committed one. The
 * history row is written once, after the last batch, by the caller's {@code finish}.
 */
final class Backfiller {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  /** How far one step of {@code targetBatchMillis} moves the batch size: at most ×2 or ÷2. */
  private static final double MAX_FACTOR = 2.0;

  /** How often the log gets a progress line of a running backfill. */
  private static final long LOG_EVERY_NANOS = 10_000_000_000L;

  /** The largest batch an adapting size reaches, as a multiple of {@code batchSize}. */
  private static final int MAX_GROWTH = 100;

  private final Database database;
  private final Connection connection;
  private final BackfillTable table;
  private final MigrationListener listener;
  private final String runId;

  /** When the log last got a progress line. */
  private long lastLog = System.nanoTime();

  /** Throws when the migration lock was lost: before each commit. */
  private Hook lockCheck;

  Backfiller(
      Database database,
      Connection connection,
      BackfillTable table,
      MigrationListener listener,
      String runId) {
    this.database = database;
    this.connection = connection;
    this.table = table;
    this.listener = listener;
    this.runId = runId;
  }

  /**
   * What the migration around the batches does: its pre-checks before a start from the beginning,
   * its post-checks with the history and journal rows in the final transaction, the lock check.
   */
  @FunctionalInterface
  interface Hook {
    void run() throws StepFailure;
  }

  /** Runs the backfill of {@code k} to its end; returns its duration in milliseconds. */
  long run(Known k, MigrationStep up, Hook preChecks, Hook finish, Hook lockCheck) {
    this.lockCheck = lockCheck;
    MigrationDescriptor m = k.migration();
    MigrationBackfill b = m.backfill();
    long start = System.nanoTime();
    try {
      step("transaction start", () -> connection.setAutoCommit(true));
    } catch (StepFailure f) {
      throw BackfillMessages.failed(k, f, null, table.displayName());
    }
    KeyType type = BackfillKeys.check(connection, database, k); // before anything runs
    BackfillTable.Row row;
    try {
      step("progress table", () -> table.create(connection));
      BackfillTable.Row[] found = new BackfillTable.Row[1];
      step("progress row", () -> found[0] = table.read(connection, m.version()));
      row = found[0];
    } catch (StepFailure f) {
      throw BackfillMessages.failed(k, f, null, table.displayName());
    }
    if (row == null) {
      row = begin(k, up, preChecks, type);
    } else if (!row.tableName().equals(b.table())
        || !row.keyColumn().equals(b.key())
        || row.keyType() != type) {
      throw BackfillMessages.otherKey(k, row, type, table.displayName());
    } else {
      LOG.info(
          "Migration {}: resuming the backfill of {} after key {} ({} keys, {} batches done)",
          m.version(),
          b.table(),
          row.lastKey(),
          row.keys(),
          row.batches());
    }
    Run run = new Run(k, type, row, BackfillKeys.estimate(connection, database, b.table()));
    while (run.next()) {
      if (b.pauseMillis() > 0 && !run.done()) {
        try {
          step("pause between batches", () -> Thread.sleep(b.pauseMillis()));
        } catch (StepFailure f) { // interrupted: stop, as after a failed batch
          Thread.currentThread().interrupt();
          throw stopped(k, f, run.row);
        }
      }
    }
    try {
      Retry.inFreshTransactions(
          connection,
          f -> b.retries(),
          (f, attempt, attempts) -> warnRetry(k, f, attempt, attempts),
          () -> {
            step("transaction start", () -> connection.setAutoCommit(false));
            step("progress row", () -> table.finish(connection, m.version()));
            finish.run();
            return null;
          });
      step("autocommit", () -> connection.setAutoCommit(true));
    } catch (StepFailure f) {
      throw stopped(k, f, run.row);
    }
    run.tell(true);
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * The failure of a started backfill, after marking its progress row stopped so that it reads
   * INTERRUPTED at once. Best effort: on a lost connection nothing can be marked, and the row reads
   * INTERRUPTED once its running window has passed.
   */
  private MigrationException stopped(Known k, StepFailure f, BackfillTable.Row row) {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      table.stop(connection, row.version());
    } catch (SQLException | RuntimeException e) {
      LOG.debug("Could not mark the backfill of {} stopped", row.version(), e);
    }
    return BackfillMessages.failed(k, f, row, table.displayName());
  }

  /**
   * From the beginning: {@code start} (the pre-checks), {@code @Up} if any, then the end key and
   * the progress row. A resume runs none of them again.
   */
  private BackfillTable.Row begin(Known k, MigrationStep up, Hook start, KeyType type) {
    MigrationBackfill b = k.migration().backfill();
    try {
      start.run();
      if (up != null) {
        Retry.whileTransient(
            f -> up.retries(),
            (f, attempt, attempts) -> warnRetry(k, f, attempt, attempts),
            () -> {
              step(
                  "@Up " + up.method() + "()",
                  () -> up.body().run(database.context(connection, up.timeoutSeconds())));
              return null;
            });
      }
      Object[] end = new Object[1];
      step("end key", () -> end[0] = BackfillKeys.max(connection, b, type));
      BackfillTable.Row row =
          new BackfillTable.Row(
              k.migration().version(),
              b.table(),
              b.key(),
              type,
              KeyType.text(end[0]),
              null,
              0,
              0,
              0,
              b.batchSize(),
              0,
              null,
              null,
              null,
              runId,
              null);
      step("progress row", () -> table.start(connection, row));
      LOG.info(
          "Migration {}: backfilling {} in batches of {} keys up to key {}",
          k.migration().version(),
          b.table(),
          b.batchSize(),
          row.endKey() == null ? "<none: the table is empty>" : row.endKey());
      return row;
    } catch (StepFailure f) {
      throw BackfillMessages.failed(k, f, null, table.displayName());
    }
  }

  private void warnRetry(Known k, StepFailure f, int attempt, int attempts) {
    LOG.warn(
        "Migration {}: transient failure in {}: {}; rolled back, retrying (attempt {} of {})",
        k.migration().version(),
        f.step(),
        Failures.describe(f.getCause()),
        attempt,
        attempts);
  }

  /** The batches of one run, from where the progress row stands. */
  private final class Run {
    private final Known k;
    private final MigrationBackfill b;
    private final KeyType type;
    private final Object end;
    private final long estimatedKeys;
    private final long started = System.nanoTime();
    private BackfillTable.Row row;
    private Object after;
    private int size;
    private long keysThisRun;
    private long rowsThisRun;
    private boolean toldFinished;

    Run(Known k, KeyType type, BackfillTable.Row row, long estimatedKeys) {
      this.k = k;
      this.b = k.migration().backfill();
      this.type = type;
      this.row = row;
      this.end = type.parse(row.endKey());
      this.after = type.parse(row.lastKey());
      this.size = Math.max(1, row.batchSize());
      this.estimatedKeys = estimatedKeys;
    }

    /** Whether the last batch reached the end key (or the table was empty). */
    boolean done() {
      return end == null || end.equals(after);
    }

    /** Runs and commits the next batch; false when there was none left. */
    boolean next() {
      if (done()) {
        return false;
      }
      Batch batch;
      try {
        batch =
            Retry.inFreshTransactions(
                connection,
                f -> b.retries(),
                (f, attempt, attempts) -> warnRetry(k, f, attempt, attempts),
                this::attempt);
        step("autocommit", () -> connection.setAutoCommit(true));
      } catch (StepFailure f) {
        throw stopped(k, f, row);
      }
      if (batch == null) {
        return false;
      }
      after = batch.upTo();
      keysThisRun += batch.keys();
      rowsThisRun += batch.rows();
      row = batch.row();
      size = row.batchSize();
      tell(batch.upTo().equals(end));
      return true;
    }

    /** One try at the next batch, in a transaction that the retry commits. */
    private Batch attempt() throws StepFailure {
      long start = System.nanoTime();
      step("transaction start", () -> connection.setAutoCommit(false));
      Object[] range = new Object[2]; // keys, upTo
      step(
          "next batch of keys",
          () ->
              BackfillKeys.next(connection, database.dialect(), b, type, after, end, size, range));
      long keys = (Long) range[0];
      if (keys == 0) {
        return null;
      }
      KeyRange keyRange = new KeyRange(after, range[1]);
      String label = "@Backfill " + b.method() + "() for keys " + describe(keyRange);
      int[] changed = new int[1];
      step(
          label,
          () ->
              changed[0] =
                  b.filler().fill(database.context(connection, b.timeoutSeconds()), keyRange));
      long millis = (System.nanoTime() - start) / 1_000_000;
      int nextSize = nextSize(millis);
      String upTo = KeyType.text(range[1]);
      step(
          "progress row",
          () ->
              table.advance(
                  connection, row.version(), upTo, keys, changed[0], nextSize, millis, runId));
      lockCheck.run();
      BackfillTable.Row advanced =
          new BackfillTable.Row(
              row.version(),
              row.tableName(),
              row.keyColumn(),
              row.keyType(),
              row.endKey(),
              upTo,
              row.keys() + keys,
              row.rows() + changed[0],
              row.batches() + 1,
              nextSize,
              millis,
              row.startedAt(),
              row.updatedAt(),
              null,
              runId,
              null);
      return new Batch(range[1], keys, changed[0], advanced);
    }

    /** The size after a batch of {@code millis}: toward the target, by a bounded factor. */
    private int nextSize(long millis) {
      if (b.targetBatchMillis() == 0) {
        return size;
      }
      double factor = (double) b.targetBatchMillis() / Math.max(1, millis);
      factor = Math.max(1 / MAX_FACTOR, Math.min(MAX_FACTOR, factor));
      long next = Math.round(size * factor);
      return (int) Math.max(1, Math.min((long) b.batchSize() * MAX_GROWTH, next));
    }

    /** The listener's progress event; {@code finished} once, at the end. */
    void tell(boolean finished) {
      if (toldFinished) {
        return;
      }
      toldFinished = finished;
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      double seconds = Math.max(1e-3, elapsed.toNanos() / 1e9);
      Duration remaining = null;
      if (finished) {
        remaining = Duration.ZERO;
      } else if (estimatedKeys >= 0 && keysThisRun > 0) {
        long left = Math.max(0, estimatedKeys - row.keys());
        remaining = Duration.ofMillis((long) (left / (keysThisRun / seconds) * 1000));
      }
      BackfillProgress progress =
          new BackfillProgress(
              k.migration().version(),
              k.migration().description(),
              b.table(),
              row.keys(),
              row.rows(),
              row.batches(),
              estimatedKeys,
              size,
              rowsThisRun / seconds,
              elapsed,
              remaining,
              finished);
      log(progress);
      try {
        listener.backfillProgress(progress);
      } catch (RuntimeException e) {
        LOG.warn("MigrationListener.backfillProgress threw; ignored", e);
      }
    }
  }

  /** A line for the deploy log every ten seconds, and one at the end. */
  private void log(BackfillProgress p) {
    if (!p.finished() && System.nanoTime() - lastLog < LOG_EVERY_NANOS) {
      return;
    }
    lastLog = System.nanoTime();
    String of =
        p.estimatedKeys() > 0
            ? " of ~%d (%d %%)"
                .formatted(p.estimatedKeys(), Math.min(100, p.keys() * 100 / p.estimatedKeys()))
            : "";
    LOG.info(
        "{} {} on {}: {} keys{}, {} rows in {} batches, {} rows/s{}",
        p.finished() ? "Backfilled" : "Backfilling",
        p.version(),
        p.table(),
        p.keys(),
        of,
        p.rows(),
        p.batches(),
        Math.round(p.rowsPerSecond()),
        p.finished() || p.remaining() == null
            ? ""
            : ", about " + p.remaining().toSeconds() + " s left");
  }

  private static String describe(KeyRange range) {
    return range.first()
        ? "up to " + range.upTo()
        : "after " + range.after() + " up to " + range.upTo();
  }

  /** A committed batch: its last key, how many keys it covered and rows it changed. */
  private record Batch(Object upTo, long keys, long rows, BackfillTable.Row row) {}
}
