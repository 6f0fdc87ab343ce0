package dev.strata.runtime;

import static java.util.Objects.requireNonNull;

/**
 * What one {@code @Gate} of a migration found when it was last evaluated.
 *
 * @param method the gate method's name
 * @param description what the evidence shows, as written in {@code @Gate}
 * @param result ok, not yet, error or timed out
 * @param details {@link Evidence#details()}, or the error, or why it timed out
 * @param millis how long the gate ran
 */
public record GateOutcome(
    String method, String description, Result result, String details, long millis) {

  public GateOutcome {
    requireNonNull(method, "method");
    requireNonNull(description, "description");
    requireNonNull(result, "result");
    details = details == null ? "" : details;
  }

  /** How a gate ended. */
  public enum Result {
    /** It returned {@link Evidence#ok}: the migration may apply. */
    OK,
    /** It returned {@link Evidence#notYet} or {@code false}. */
    NOT_YET,
    /** It threw, or the database refused a statement (a write in its read-only transaction). */
    ERROR,
    /** It ran past its {@code timeoutSeconds}. */
    TIMED_OUT
  }

  /** Whether this gate lets its migration apply. */
  public boolean isOk() {
    return result == Result.OK;
  }

  /** One line: {@code gate noReads "no reads for 14 days": not yet: 42 reads}. */
  @Override
  public String toString() {
    String said =
        switch (result) {
          case OK -> "ok";
          case NOT_YET -> "not yet";
          case ERROR -> "error";
          case TIMED_OUT -> "timed out";
        };
    return "gate "
        + method
        + " \""
        + description
        + "\": "
        + said
        + (details.isEmpty() ? "" : ": " + details);
  }
}
