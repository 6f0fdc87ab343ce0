package dev.strata.runtime;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * What a {@code @Gate} method found: {@link #ok} lets its migration apply, {@link #notYet} holds it
 * until a later run. The words are kept in the journal and shown by {@code strata changes}, so say
 * what was measured: {@code Evidence.ok("0 reads since 2026-11-18")}, {@code Evidence.notYet("42
 * reads in the last 14 days")}.
 */
public final class Evidence {
  private final boolean ok;
  private final String details;

  private Evidence(boolean ok, String details) {
    this.ok = ok;
    this.details = requireNonNull(details, "details");
  }

  /** The evidence is there: the migration may apply. */
  public static Evidence ok(String details) {
    return new Evidence(true, details);
  }

  /** The evidence is not there yet: the migration is held, and the gate asked again next run. */
  public static Evidence notYet(String reason) {
    return new Evidence(false, reason);
  }

  /** Whether the migration may apply. */
  public boolean isOk() {
    return ok;
  }

  /** What was found: the details of {@link #ok}, or the reason of {@link #notYet}. */
  public String details() {
    return details;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Evidence that && ok == that.ok && details.equals(that.details);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ok, details);
  }

  @Override
  public String toString() {
    return (ok ? "ok: " : "not yet: ") + details;
  }
}
