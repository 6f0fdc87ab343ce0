package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.StepFailure.step;

import java.sql.Connection;

/**
 * Runs an attempt again while it fails with a transient error ({@link Failures#isTransient}: a lock
 * wait, a timeout, a deadlock, a serialization failure) and retries remain; any other failure, or
 * the last transient one, is thrown to the caller, which words it.
 */
final class Retry {

  private Retry() {}

  /**
   * Runs {@code attempt} as {@link #whileTransient} does, each time in a transaction of its own on
   * {@code connection}: the attempt begins it, this commits it, or rolls it back when the attempt
   * or the commit fails, before any retry.
   */
  static <T> T inFreshTransactions(
      Connection connection, Budget budget, Warning warning, Attempt<T> attempt)
      throws StepFailure {
    return whileTransient(
        budget,
        warning,
        () -> {
          try {
            T result = attempt.run();
            step("commit", connection::commit);
            return result;
          } catch (StepFailure f) {
            Closing.rollback(connection, f);
            throw f;
          }
        });
  }

  /**
   * Runs {@code attempt}, and again after each transient failure as long as {@code budget} allows
   * one more, warning before each retry.
   */
  static <T> T whileTransient(Budget budget, Warning warning, Attempt<T> attempt)
      throws StepFailure {
    for (int tries = 0; ; tries++) {
      try {
        return attempt.run();
      } catch (StepFailure f) {
        int retries = budget.retries(f);
        if (!f.isTransient() || tries >= retries) {
          throw f;
        }
        warning.retrying(f, tries + 2, retries + 1);
      }
    }
  }

  /** One try of the work. */
  @FunctionalInterface
  interface Attempt<T> {
    T run() throws StepFailure;
  }

  /** How many retries {@code failure} allows: those of the migration that failed. */
  @FunctionalInterface
  interface Budget {
    int retries(StepFailure failure);
  }

  /** Says that {@code attempt} of {@code attempts} is about to start after {@code failure}. */
  @FunctionalInterface
  interface Warning {
    void retrying(StepFailure failure, int attempt, int attempts);
  }
}
