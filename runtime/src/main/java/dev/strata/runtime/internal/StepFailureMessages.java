package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.MigrationStep;
import dev.strata.runtime.internal.RegistryLoader.Known;

/**
 * How a migration that failed while it ran is reported: what ran, what the database kept, and what
 * to do. The other failures are worded in {@link FailureMessages}, by the same rules.
 */
final class StepFailureMessages {

  private StepFailureMessages() {}

  static MigrationException allOrNothingFailed(Known k, StepFailure f) {
    return migrationFailed(
        k,
        f,
        "allOrNothing: the whole run was rolled back, so none of the pending migrations is applied"
            + " or recorded. Fix it and migrate again.");
  }

  /** After the transaction was rolled back, and any retries were used up. */
  static MigrationException transactionFailed(
      Known k, StepFailure f, MigrationStep body, Dialect dialect) {
    String h2 =
        dialect == Dialect.H2
            ? " (but H2 commits DDL statements at once, so any DDL that ran before the failure"
                + " stays)"
            : "";
    String state = f.getCause() == null ? null : Failures.sqlState(f.getCause());
    boolean lost = Failures.isConnectionLost(state) || "57P01".equals(state); // 57P01: terminated
    if (lost && "commit".equals(f.step())) {
      return migrationFailed(
          k,
          f,
          "The connection was lost during the commit, so it is unknown whether the migration"
              + " committed: the server may have committed it before the connection broke. Run"
              + " migrate again: it reads the history, which records the migration if and only if"
              + " it committed, and applies it only if it did not.");
    }
    if ("23505".equals(state) && "history row".equals(f.step())) {
      return concurrentMigrator(k, f);
    }
    if (lost) {
      return migrationFailed(
          k,
          f,
          "The connection was lost, so the database rolled its transaction back: nothing of it is"
              + " applied or recorded"
              + (dialect == Dialect.POSTGRES
                  ? ", and the migration lock, held in that session, was released with it"
                  : "")
              + ". Run migrate again.");
    }
    if (!f.isTransient()) {
      return migrationFailed(
          k,
          f,
          "Its transaction was rolled back: nothing of it is applied or recorded"
              + h2
              + ". Fix the migration and run migrate again.");
    }
    // a lock wait or timeout that outlasted the retries: not a code bug
    String timeout =
        "57014".equals(state) && body.timeoutSeconds() > 0
            ? "; 57014 here means the statement was cancelled after timeoutSeconds = "
                + body.timeoutSeconds()
            : "";
    int retries = body.retries(); // a transient failure is final only once they are used up
    return migrationFailed(
        k,
        f,
        ("It failed with a transient error (a lock wait, a timeout, a deadlock or a serialization"
                + " failure%s) in %s (retries = %s), and each attempt's transaction was rolled back:"
                + " nothing of it is applied or recorded%s. Find the session that holds the lock"
                + " (an open transaction on the same table), or raise retries or timeoutSeconds,"
                + " and run migrate again.")
            .formatted(
                timeout,
                retries == 0 ? "its only attempt" : "all " + (retries + 1) + " attempts",
                retries,
                h2));
  }

  /**
   * A non-transactional migration ran, but the row written before it was gone when it finished:
   * something removed it meanwhile (a repair by a process that did not wait for this run's lock).
   */
  static MigrationException historyRowRemoved(Known k, long rank, String historyTable) {
    MigrationDescriptor m = k.migration();
    return new MigrationException(
        Reason.LOCK,
        ("Migration %s (%s, %s) ran, but its row in %s (rank %d), written before it started, was"
                + " gone when it finished: another process removed it while the migration ran (a"
                + " repair that did not wait for this run's lock). What the migration did stays"
                + " and is not recorded. Check its effects, then run migrate again, which runs it"
                + " again.")
            .formatted(m.version(), m.description(), m.className(), historyTable, rank),
        m.version(),
        "history row",
        null,
        null);
  }

  /**
   * The history row's insert hit the primary key on rank: another migrator recorded that rank while
   * this one ran, which the lock should have prevented (a lock lost, a migrator that takes another
   * lock such as an older Strata's), not a fault of the migration.
   */
  private static MigrationException concurrentMigrator(Known k, StepFailure f) {
    MigrationDescriptor m = k.migration();
    return new MigrationException(
        Reason.LOCK,
        ("Migration %s (%s, %s) was not recorded: another migrator wrote the same rank of the"
                + " history while this one ran (%s), so two migrators were running at once. The"
                + " migration's transaction was rolled back, and its code is not at fault. Make"
                + " sure every migrator of this database takes the same lock (the same Strata"
                + " version and history table), then run migrate again.")
            .formatted(
                m.version(), m.description(), m.className(), Failures.describe(f.getCause())),
        m.version(),
        f.step(),
        "23505",
        f.getCause());
  }

  /**
   * The lock's session (H2: a connection of its own) ended while a transactional migration ran;
   * found before its commit, which was rolled back instead.
   */
  static MigrationException lockLostBeforeCommit(Known k, StepFailure f, Dialect dialect) {
    return lockLostWhile(
        k,
        f,
        "The migration was stopped before its commit and rolled back: nothing of it is recorded"
            + (dialect == Dialect.H2
                ? " (but H2 commits DDL statements at once, so any DDL it ran stays)"
                : "")
            + ". Run migrate again.");
  }

  /**
   * The lock's session ended while a non-transactional migration ran: what it did stays, and its
   * row, written before it ran, is left failed rather than marked applied.
   */
  static MigrationException lockLostAfterItRan(Known k, StepFailure f, String historyTable) {
    return lockLostWhile(
        k,
        f,
        ("The migration is not transactional: it ran and what it did stays, but it is left"
                + " recorded as failed in %s, not as applied. Check its effects and clean up by"
                + " hand, then run repair and migrate again.")
            .formatted(historyTable));
  }

  private static MigrationException lockLostWhile(Known k, StepFailure f, String consequence) {
    MigrationDescriptor m = k.migration();
    return new MigrationException(
        Reason.LOCK,
        ("The migration lock was lost while migration %s (%s, %s) ran (its session ended), so"
                + " another migrator may be running. %s")
            .formatted(m.version(), m.description(), m.className(), consequence),
        m.version(),
        f.step(),
        null,
        f.getCause());
  }

  /** A non-transactional migration that failed before its body ran. */
  static MigrationException nothingRan(Known k, StepFailure f) {
    return migrationFailed(k, f, "Nothing of it ran.");
  }

  /** A non-transactional migration that failed in or after its body. */
  static MigrationException leftHalfDone(Known k, StepFailure f, String historyTable) {
    return migrationFailed(
        k,
        f,
        ("It is not transactional, so what it did before failing stays; it is recorded as failed"
                + " in %s and blocks further runs. Check and clean up its effects by hand, then %s"
                + " and migrate again.")
            .formatted(historyTable, Remedies.run("repair")));
  }

  /** A failed check (no cause) or step, its migration, and what the failure left. */
  private static MigrationException migrationFailed(Known k, StepFailure f, String consequence) {
    MigrationDescriptor m = k.migration();
    String subject = "Migration %s (%s, %s)".formatted(m.version(), m.description(), m.className());
    Throwable cause = f.getCause();
    MigrationException e =
        new MigrationException(
            cause == null ? Reason.CHECK_FAILED : Reason.MIGRATION_FAILED,
            cause == null
                ? "%s: %s returned false. %s".formatted(subject, f.step(), consequence)
                : "%s failed in %s: %s. %s"
                    .formatted(subject, f.step(), Failures.describe(cause), consequence),
            m.version(),
            f.step(),
            cause == null ? null : Failures.sqlState(cause),
            cause);
    for (Throwable s : f.getSuppressed()) {
      e.addSuppressed(s);
    }
    return e;
  }
}
