package dev.strata.runtime.internal;

/**
 * A step of a migration that threw (cause set) or a check that returned false (no cause), named
 * after the step. Checked, so that the executor cannot forget to turn it into the migration's
 * failure.
 */
final class StepFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final String step;

  StepFailure(String step, Throwable cause) {
    super(step, cause);
    this.step = step;
  }

  /** Runs one step, turning whatever it throws into a {@link StepFailure} naming it. */
  static void step(String label, Action action) throws StepFailure {
    try {
      action.run();
    } catch (Exception | AssertionError | LinkageError e) { // a migration's assert, a missing class
      throw new StepFailure(label, e);
    }
  }

  String step() {
    return step;
  }

  /** Whether a fresh attempt may succeed: the database reported a transient failure. */
  boolean isTransient() {
    return getCause() != null && Failures.isTransient(getCause());
  }

  /** One step's work. */
  @FunctionalInterface
  interface Action {
    void run() throws Exception;
  }
}
