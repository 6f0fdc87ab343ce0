package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.StepFailure.step;

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
import java.time.Duration;
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

  private final Database database;
  private final Connection connection;
  private final History history;
  private final History.Writer rows;
  private final MigrationListener listener;
  private final MigrationLock lock;

  public Executor(
      Database database,
      Connection connection,
      History history,
      MigrationListener listener,
      MigrationLock lock) {
    this.database = database;
    this.connection = connection;
    this.history = history;
    this.rows = history.writer(connection);
    this.listener = listener;
    this.lock = lock;
  }

  /**
   * A fresh context per step, with its statement timeout: what one method did with it stays there.
   */
  private JdbcMigrationContext context(MigrationStep step) {
    return database.context(connection, step.timeoutSeconds());
  }

  /**
   * Applies {@code pending} in order, each in its own transaction (or autocommit), stopping at the
   * first failure.
   */
  public List<MigrationInfo> apply(List<Known> pending, int firstRank) {
    return each(
        Operation.APPLY,
        pending,
        firstRank,
        (k, rank) -> {
          MigrationStep up = k.migration().up(database.dialect()).orElseThrow();
          return k.migration().transactional()
              ? inTransaction(k, up, () -> applySteps(k, up, rank))
              : nonTransactional(k, up, HistoryRow.Type.MIGRATE, rank);
        });
  }

  /** Applies {@code pending} in one transaction; a transient failure reruns the whole batch. */
  public List<MigrationInfo> applyAllOrNothing(List<Known> pending, int firstRank) {
    for (int attempt = 0; ; attempt++) {
      List<MigrationInfo> done = new ArrayList<>();
      List<MigrationEvent> events = new ArrayList<>();
      List<Long> durations = new ArrayList<>();
      Known current = null;
      MigrationEvent event = null;
      try {
        lock.verify();
        connection.setAutoCommit(false);
        int rank = firstRank;
        for (Known k : pending) {
          current = k;
          event = event(Operation.APPLY, k, done.size() + 1, pending.size());
          notifyStarted(event);
          long ms = applySteps(k, k.migration().up(database.dialect()).orElseThrow(), rank++);
          events.add(event);
          durations.add(ms);
          done.add(info(k.migration(), MigrationState.APPLIED, ms));
        }
        current = null;
        event = null;
        step("commit", connection::commit);
      } catch (StepFailure f) {
        Closing.rollback(connection, f);
        int retries =
            current == null
                ? 0
                : current.migration().up(database.dialect()).orElseThrow().retries();
        if (f.isTransient() && attempt < retries) {
          LOG.warn(
              "Transient failure in {} ({}); retrying the whole run, attempt {} of {}",
              f.step(),
              Failures.describe(f.getCause()),
              attempt + 2,
              retries + 1);
          continue;
        }
        Known failed = current != null ? current : pending.get(pending.size() - 1); // commit failed
        MigrationException e = FailureMessages.allOrNothingFailed(failed, f);
        if (event != null) {
          notifyFailed(event, e);
        }
        throw e;
      } catch (SQLException e) {
        throw FailureMessages.cannotStartTransaction(e);
      }
      for (int i = 0; i < events.size(); i++) {
        finished(events.get(i), durations.get(i), "Applied");
      }
      return done;
    }
  }

  /** Runs {@code @Down} of {@code targets}, newest first, recording an UNDO row for each. */
  public List<MigrationInfo> undo(List<Known> targets, int firstRank) {
    return each(
        Operation.UNDO,
        targets,
        firstRank,
        (k, rank) -> {
          MigrationStep down = k.migration().down(database.dialect()).orElseThrow();
          return k.migration().transactional()
              ? inTransaction(
                  k,
                  down,
                  () -> {
                    long start = System.nanoTime();
                    step(label("@Down", down), () -> down.body().run(context(down)));
                    long took = millisSince(start);
                    record(k, HistoryRow.Type.UNDO, rank, took, true);
                    return took;
                  })
              : nonTransactional(k, down, HistoryRow.Type.UNDO, rank);
        });
  }

  /**
   * Runs {@code run} for each migration in turn with progress events, stopping at the first
   * failure.
   */
  private List<MigrationInfo> each(
      Operation operation, List<Known> migrations, int firstRank, Run run) {
    List<MigrationInfo> done = new ArrayList<>();
    for (Known k : migrations) {
      lock.verify();
      MigrationEvent event = event(operation, k, done.size() + 1, migrations.size());
      notifyStarted(event);
      long ms;
      try {
        ms = run.run(k, firstRank + done.size());
      } catch (MigrationException e) {
        notifyFailed(event, e);
        throw e;
      }
      finished(event, ms, operation == Operation.APPLY ? "Applied" : "Undid");
      done.add(
          info(
              k.migration(),
              operation == Operation.APPLY ? MigrationState.APPLIED : MigrationState.PENDING,
              ms));
    }
    return done;
  }

  /** Pre-checks, {@code @Up}, post-checks and the history row, on the current transaction. */
  private long applySteps(Known k, MigrationStep up, int rank) throws StepFailure {
    long start = System.nanoTime();
    for (MigrationCheck check : k.migration().preChecks()) {
      check("@PreCheck", check, database.context(connection, 0));
    }
    step(label("@Up", up), () -> up.body().run(context(up)));
    for (MigrationCheck check : k.migration().postChecks()) {
      check("@PostCheck", check, database.context(connection, 0));
    }
    long ms = millisSince(start);
    record(k, HistoryRow.Type.MIGRATE, rank, ms, true);
    return ms;
  }

  private long inTransaction(Known k, MigrationStep body, Attempt attempt) {
    int retries = body.retries();
    for (int tries = 0; ; tries++) {
      try {
        step("transaction start", () -> connection.setAutoCommit(false));
        long ms = attempt.run();
        step("commit", connection::commit);
        return ms;
      } catch (StepFailure f) {
        Closing.rollback(connection, f);
        if (f.isTransient() && tries < retries) {
          LOG.warn(
              "Migration {} ({}): transient failure in {}: {}; rolled back, retrying (attempt {} of {})",
              k.migration().version(),
              k.migration().description(),
              f.step(),
              Failures.describe(f.getCause()),
              tries + 2,
              retries + 1);
          continue;
        }
        throw FailureMessages.transactionFailed(k, f, body, database.dialect());
      }
    }
  }

  /**
   * Autocommit between a failed-until-done history row and its update. The step is retried on
   * transient failures, but what it did before failing stays.
   */
  private long nonTransactional(Known k, MigrationStep body, HistoryRow.Type type, int rank) {
    try {
      step("transaction start", () -> connection.setAutoCommit(true));
      record(k, type, rank, 0, false);
    } catch (StepFailure f) {
      throw FailureMessages.nothingRan(k, f);
    }
    long start = System.nanoTime();
    if (type == HistoryRow.Type.MIGRATE) {
      try {
        for (MigrationCheck check : k.migration().preChecks()) {
          check("@PreCheck", check, database.context(connection, 0));
        }
      } catch (StepFailure f) {
        try {
          step(
              "history row",
              () -> history.delete(connection, rank)); // nothing ran: no repair needed
        } catch (StepFailure g) {
          f.addSuppressed(g);
        }
        throw FailureMessages.nothingRan(k, f);
      }
    }
    String label = label(type == HistoryRow.Type.MIGRATE ? "@Up" : "@Down", body);
    for (int tries = 0; ; tries++) {
      try {
        step(label, () -> body.body().run(context(body)));
        break;
      } catch (StepFailure f) {
        if (f.isTransient() && tries < body.retries()) {
          LOG.warn(
              "Migration {}: transient failure in {}: {}; retrying (attempt {} of {})",
              k.migration().version(),
              label,
              Failures.describe(f.getCause()),
              tries + 2,
              body.retries() + 1);
          continue;
        }
        throw FailureMessages.leftHalfDone(k, f, history.displayName());
      }
    }
    try {
      if (type == HistoryRow.Type.MIGRATE) {
        for (MigrationCheck check : k.migration().postChecks()) {
          check("@PostCheck", check, database.context(connection, 0));
        }
      }
      long ms = millisSince(start);
      step("history row", () -> history.markSucceeded(connection, rank, ms));
      return ms;
    } catch (StepFailure f) {
      throw FailureMessages.leftHalfDone(k, f, history.displayName());
    }
  }

  private void record(Known k, HistoryRow.Type type, int rank, long ms, boolean success)
      throws StepFailure {
    MigrationDescriptor m = k.migration();
    step(
        "history row",
        () ->
            rows.insert(
                rank, m.version(), m.description(), type, m.checksum(), m.owners(), ms, success));
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

  private void finished(MigrationEvent event, long ms, String verb) {
    LOG.info(
        "{} {} ({}) in {} ms [{}/{}]",
        verb,
        event.version(),
        event.description(),
        ms,
        event.position(),
        event.total());
    try {
      listener.succeeded(event, Duration.ofMillis(ms));
    } catch (RuntimeException e) {
      LOG.warn("MigrationListener.succeeded threw; ignored", e);
    }
  }

  private void notifyStarted(MigrationEvent event) {
    try {
      listener.started(event);
    } catch (RuntimeException e) {
      LOG.warn("MigrationListener.started threw; ignored", e);
    }
  }

  private void notifyFailed(MigrationEvent event, MigrationException error) {
    LOG.error(
        "Failed {} ({}) [{}/{}]: {}",
        event.version(),
        event.description(),
        event.position(),
        event.total(),
        error.getMessage());
    try {
      listener.failed(event, error);
    } catch (RuntimeException e) {
      LOG.warn("MigrationListener.failed threw; ignored", e);
    }
  }

  @Override
  public void close() {
    rows.close();
  }

  private static MigrationEvent event(Operation operation, Known k, int position, int total) {
    return new MigrationEvent(
        operation, k.migration().version(), k.migration().description(), position, total);
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
    long run(Known k, int rank);
  }

  @FunctionalInterface
  private interface Attempt {
    long run() throws StepFailure;
  }
}
