package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.StepFailure.step;

import dev.strata.Dialect;
import dev.strata.runtime.GateOutcome;
import dev.strata.runtime.JournalEvent;
import dev.strata.runtime.MigrationCheck;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationEvent;
import dev.strata.runtime.MigrationEvent.Operation;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.MigrationStep;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs migrations on one connection. A transactional migration runs its pre-checks, its
 * {@code @Up}, its post-checks and the insert of its history row in one transaction: all of it
 * commits, or none. A non-transactional one runs in autocommit between a history row written as
 * failed before it starts and marked successful when it ends, so a crash leaves a failed entry that
 * blocks until {@code repair()} instead of a change nobody recorded. Close it when the run ends.
 */
public final class Executor implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  /**
   * The step that asks whether the lock is still held, before a migration commits or is marked
   * applied: on H2, where the lock has a session of its own, a lost lock must stop the migration
   * before anything of it is recorded, as another migrator may already be running.
   */
  private static final String LOCK_CHECK = "lock check";

  private final Database database;
  private final Connection connection;
  private final History history;
  private final History.Writer rows;
  private final Progress progress;
  private final MigrationLock lock;
  private final RunJournal journal;

  /** The backfills' progress table. */
  private BackfillTable backfills;

  /** Decides before each migration of a migrate whether it applies or is held; null for undo. */
  private GateKeeper keeper;

  /** Set once the lock was last verified and a migration is about to begin. */
  private boolean began;

  public Executor(
      Database database,
      Connection connection,
      History history,
      MigrationListener listener,
      MigrationLock lock,
      RunJournal journal) {
    this.database = database;
    this.connection = connection;
    this.history = history;
    this.rows = history.writer(connection);
    this.progress = new Progress(listener);
    this.lock = lock;
    this.journal = journal;
  }

  /** Asks {@code keeper} before each migration {@link #apply} runs. */
  Executor gatedBy(GateKeeper keeper) {
    this.keeper = keeper;
    return this;
  }

  /** Runs backfills with their progress rows in {@code table}. */
  Executor backfillingIn(BackfillTable table) {
    this.backfills = table;
    return this;
  }

  private List<GateOutcome> outcomes(Known k) {
    return keeper == null ? List.of() : keeper.outcomes(k);
  }

  /**
   * Whether a migration began: until then nothing of the run's migrations ran, and a lost lock or
   * connection lets the command start over.
   */
  boolean began() {
    return began;
  }

  /**
   * A fresh context per step, with its statement timeout: what one method did with it stays there.
   */
  private JdbcMigrationContext context(MigrationStep step) {
    return database.context(connection, step.timeoutSeconds());
  }

  private MigrationStep up(Known k) {
    return k.migration().up(database.dialect()).orElseThrow();
  }

  /**
   * Applies {@code pending} in order, each in its own transaction (or autocommit), stopping at the
   * first failure.
   */
  public List<MigrationInfo> apply(List<Known> pending, long firstRank) {
    return each(
        Operation.APPLY,
        pending,
        firstRank,
        (k, rank) -> {
          if (k.migration().backfill() != null) {
            return backfill(k, rank);
          }
          MigrationStep up = up(k);
          return k.migration().transactional()
              ? inTransaction(k, up, () -> applySteps(k, up, rank))
              : nonTransactional(k, up, HistoryRow.Type.MIGRATE, rank);
        });
  }

  /**
   * A backfill ({@link Backfiller}): its pre-checks run before it starts from the beginning, its
   * batches commit one by one, and its post-checks, the history row and the journal row go in one
   * transaction, with the progress row marked finished, after the last.
   */
  private long backfill(Known k, long rank) {
    long start = System.nanoTime();
    return new Backfiller(database, connection, backfills, progress.listener(), journal.runId())
        .run(
            k,
            k.migration().up(database.dialect()).orElse(null),
            () -> checks("@PreCheck", k.migration().preChecks()),
            () -> {
              checks("@PostCheck", k.migration().postChecks());
              step(LOCK_CHECK, lock::verify);
              record(k, HistoryRow.Type.MIGRATE, rank, millisSince(start), true);
              step("journal row", () -> journal.write(JournalEvent.APPLIED, k, outcomes(k)));
            },
            () -> step(LOCK_CHECK, lock::verify));
  }

  /** Applies {@code pending} in one transaction; a transient failure reruns the whole batch. */
  public List<MigrationInfo> applyAllOrNothing(List<Known> pending, long firstRank) {
    // what the latest attempt started and applied; one more started than applied: it failed there
    List<MigrationEvent> started = new ArrayList<>();
    List<MigrationInfo> done = new ArrayList<>();
    try {
      Retry.inFreshTransactions(
          connection,
          f -> started.size() > done.size() ? up(pending.get(done.size())).retries() : 0,
          (f, attempt, attempts) ->
              LOG.warn(
                  "Transient failure in {} ({}); retrying the whole run, attempt {} of {}",
                  f.step(),
                  Failures.describe(f.getCause()),
                  attempt,
                  attempts),
          () -> {
            started.clear();
            done.clear();
            lock.verify();
            began = true;
            try {
              connection.setAutoCommit(false);
            } catch (SQLException e) {
              throw FailureMessages.cannotStartTransaction(e);
            }
            long rank = firstRank;
            for (Known k : pending) {
              started.add(progress.started(Operation.APPLY, k, done.size() + 1, pending.size()));
              long ms = applySteps(k, up(k), rank++);
              done.add(info(k.migration(), MigrationState.APPLIED, ms));
            }
            return null;
          });
    } catch (StepFailure f) {
      boolean inMigration = started.size() > done.size(); // else the commit failed
      Known failed = pending.get(inMigration ? done.size() : pending.size() - 1);
      MigrationException e =
          LOCK_CHECK.equals(f.step())
              ? StepFailureMessages.lockLostBeforeCommit(failed, f, database.dialect())
              : StepFailureMessages.allOrNothingFailed(failed, f);
      journal.alone(JournalEvent.FAILED, failed, outcomes(failed), e.getMessage());
      if (inMigration) {
        progress.failed(started.get(done.size()), e);
      }
      throw e;
    }
    for (int i = 0; i < started.size(); i++) {
      progress.succeeded(started.get(i), done.get(i).executionMs());
    }
    return done;
  }

  /** Runs {@code @Down} of {@code targets}, newest first, recording an UNDO row for each. */
  public List<MigrationInfo> undo(List<Known> targets, long firstRank) {
    return each(
        Operation.UNDO,
        targets,
        firstRank,
        (k, rank) -> {
          MigrationStep down = k.migration().down(database.dialect()).orElseThrow();
          return k.migration().transactional()
              ? inTransaction(k, down, () -> undoSteps(k, down, rank))
              : nonTransactional(k, down, HistoryRow.Type.UNDO, rank);
        });
  }

  /**
   * Runs {@code run} for each migration in turn with progress events, stopping at the first
   * failure.
   */
  private List<MigrationInfo> each(
      Operation operation, List<Known> migrations, long firstRank, Run run) {
    List<MigrationInfo> done = new ArrayList<>();
    for (Known k : migrations) {
      lock.verify();
      if (operation == Operation.APPLY && keeper != null && !keeper.admit(k)) {
        if (keeper.wasHeldDirectly(k)) {
          journal.alone(JournalEvent.HELD, k, keeper.outcomes(k), null);
        }
        continue;
      }
      began = true;
      MigrationEvent event = progress.started(operation, k, done.size() + 1, migrations.size());
      long ms;
      try {
        ms = run.run(k, firstRank + done.size());
      } catch (MigrationException e) {
        journal.alone(JournalEvent.FAILED, k, outcomes(k), e.getMessage());
        progress.failed(event, e);
        throw e;
      }
      progress.succeeded(event, ms);
      done.add(
          info(
              k.migration(),
              operation == Operation.APPLY ? MigrationState.APPLIED : MigrationState.PENDING,
              ms));
    }
    return done;
  }

  /** Pre-checks, {@code @Up}, post-checks and the history row, on the current transaction. */
  private long applySteps(Known k, MigrationStep up, long rank) throws StepFailure {
    long start = System.nanoTime();
    checks("@PreCheck", k.migration().preChecks());
    step(label("@Up", up), () -> up.body().run(context(up)));
    checks("@PostCheck", k.migration().postChecks());
    long ms = millisSince(start);
    record(k, HistoryRow.Type.MIGRATE, rank, ms, true);
    step("journal row", () -> journal.write(JournalEvent.APPLIED, k, outcomes(k)));
    step(LOCK_CHECK, lock::verify); // before the commit
    return ms;
  }

  /** {@code @Down} and its UNDO history row, on the current transaction. */
  private long undoSteps(Known k, MigrationStep down, long rank) throws StepFailure {
    long start = System.nanoTime();
    step(label("@Down", down), () -> down.body().run(context(down)));
    long ms = millisSince(start);
    record(k, HistoryRow.Type.UNDO, rank, ms, true);
    step("journal row", () -> journal.write(JournalEvent.UNDONE, k, List.of()));
    step(LOCK_CHECK, lock::verify); // before the commit
    return ms;
  }

  /**
   * {@code work} in a transaction of its own, begun here; retried in a fresh one if it may pass.
   */
  private long inTransaction(Known k, MigrationStep body, Retry.Attempt<Long> work) {
    try {
      return Retry.inFreshTransactions(
          connection,
          f -> body.retries(),
          (f, attempt, attempts) ->
              LOG.warn(
                  "Migration {} ({}): transient failure in {}: {}; rolled back, retrying (attempt {} of {})",
                  k.migration().version(),
                  k.migration().description(),
                  f.step(),
                  Failures.describe(f.getCause()),
                  attempt,
                  attempts),
          () -> {
            step("transaction start", () -> connection.setAutoCommit(false));
            return work.run();
          });
    } catch (StepFailure f) {
      throw LOCK_CHECK.equals(f.step())
          ? StepFailureMessages.lockLostBeforeCommit(k, f, database.dialect())
          : StepFailureMessages.transactionFailed(k, f, body, database.dialect());
    }
  }

  /**
   * Autocommit between a failed-until-done history row and its update. The step is retried on
   * transient failures, but what it did before failing stays.
   */
  private long nonTransactional(Known k, MigrationStep body, HistoryRow.Type type, long rank) {
    List<String> invalidBefore = invalidIndexes(k);
    try {
      step("transaction start", () -> connection.setAutoCommit(true));
      if (type == HistoryRow.Type.UNDO && k.migration().backfill() != null) {
        step("progress table", () -> backfills.create(connection)); // its row goes with the UNDO
      }
      record(k, type, rank, 0, false);
    } catch (StepFailure f) {
      throw StepFailureMessages.nothingRan(k, f);
    }
    long start = System.nanoTime();
    if (type == HistoryRow.Type.MIGRATE) {
      try {
        checks("@PreCheck", k.migration().preChecks());
      } catch (StepFailure f) {
        try {
          step(
              "history row",
              () -> history.delete(connection, rank)); // nothing ran: no repair needed
        } catch (StepFailure g) {
          f.addSuppressed(g);
        }
        throw StepFailureMessages.nothingRan(k, f);
      }
    }
    String label = label(type == HistoryRow.Type.MIGRATE ? "@Up" : "@Down", body);
    try {
      Retry.whileTransient(
          f -> body.retries(),
          (f, attempt, attempts) ->
              LOG.warn(
                  "Migration {}: transient failure in {}: {}; retrying (attempt {} of {})",
                  k.migration().version(),
                  label,
                  Failures.describe(f.getCause()),
                  attempt,
                  attempts),
          () -> {
            step(label, () -> body.body().run(context(body)));
            return null;
          });
    } catch (StepFailure f) {
      throw StepFailureMessages.leftHalfDone(k, f, history.displayName());
    }
    try {
      if (type == HistoryRow.Type.MIGRATE) {
        checks("@PostCheck", k.migration().postChecks());
      }
      long ms = millisSince(start);
      refuseNewInvalidIndexes(k, invalidBefore);
      step(LOCK_CHECK, lock::verify);
      boolean[] marked = {false};
      step("history row", () -> marked[0] = markSucceeded(k, type, rank, ms));
      if (!marked[0]) {
        throw StepFailureMessages.historyRowRemoved(k, rank, history.displayName());
      }
      return ms;
    } catch (StepFailure f) {
      throw LOCK_CHECK.equals(f.step())
          ? StepFailureMessages.lockLostAfterItRan(k, f, history.displayName())
          : StepFailureMessages.leftHalfDone(k, f, history.displayName());
    }
  }

  /**
   * The final update of a non-transactional migration's history row and its journal row, committed
   * together; autocommit again after.
   */
  private boolean markSucceeded(Known k, HistoryRow.Type type, long rank, long ms)
      throws SQLException {
    connection.setAutoCommit(false);
    try {
      boolean marked = history.markSucceeded(connection, rank, ms);
      if (marked && type == HistoryRow.Type.UNDO && k.migration().backfill() != null) {
        backfills.delete(connection, k.migration().version()); // a new migrate starts afresh
      }
      if (marked) {
        journal.write(
            type == HistoryRow.Type.MIGRATE ? JournalEvent.APPLIED : JournalEvent.UNDONE,
            k,
            type == HistoryRow.Type.MIGRATE ? outcomes(k) : List.of());
      }
      connection.commit();
      return marked;
    } catch (SQLException | RuntimeException e) {
      Closing.rollback(connection, e);
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /**
   * PostgreSQL: the invalid indexes of the migrations' schema, before a non-transactional migration
   * runs; null elsewhere. Compared with those after it by {@link #refuseNewInvalidIndexes}.
   */
  private List<String> invalidIndexes(Known k) {
    if (database.dialect() != Dialect.POSTGRES) {
      return null;
    }
    try {
      return InvalidIndexes.in(connection, history.schema());
    } catch (SQLException e) {
      throw StepFailureMessages.nothingRan(k, new StepFailure("invalid index check", e));
    }
  }

  /** Fails a non-transactional migration that left invalid indexes that were not there before. */
  private void refuseNewInvalidIndexes(Known k, List<String> before) throws StepFailure {
    if (before == null) {
      return;
    }
    List<String> added = new ArrayList<>();
    step(
        "invalid index check", () -> added.addAll(InvalidIndexes.in(connection, history.schema())));
    added.removeAll(before);
    if (!added.isEmpty()) {
      throw FailureMessages.leftInvalidIndexes(k, added, history.displayName());
    }
  }

  private void record(Known k, HistoryRow.Type type, long rank, long ms, boolean success)
      throws StepFailure {
    MigrationDescriptor m = k.migration();
    step(
        "history row",
        () ->
            rows.insert(
                rank,
                m.version(),
                m.description(),
                type,
                m.checksum(),
                m.owners(),
                ms,
                success,
                m.change(),
                m.stage()));
  }

  /** Tests {@code checks} in order on the current transaction (or autocommit). */
  private void checks(String kind, List<MigrationCheck> checks) throws StepFailure {
    for (MigrationCheck check : checks) {
      check(kind, check, database.context(connection, 0));
    }
  }

  private static void check(String kind, MigrationCheck check, JdbcMigrationContext db)
      throws StepFailure {
    String label = kind + " '" + check.description() + "' (" + check.method() + "())";
    boolean[] held = new boolean[1];
    step(label, () -> held[0] = check.condition().test(db));
    if (!held[0]) {
      throw new StepFailure(label, null);
    }
  }

  private static String label(String kind, MigrationStep step) {
    return kind + " " + step.method() + "()";
  }

  @Override
  public void close() {
    rows.close();
  }

  private static MigrationInfo info(MigrationDescriptor m, MigrationState state, long ms) {
    // the client's clock: the database's own timestamp is in the history, see status()
    return new MigrationInfo(
        m.version(), m.description(), state, m.checksum(), m.owners(), Instant.now(), null, ms);
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  @FunctionalInterface
  private interface Run {
    /** Runs one migration recorded with {@code rank}; returns its duration in milliseconds. */
    long run(Known k, long rank);
  }
}
