package dev.strata.runtime;

import static java.util.Objects.requireNonNull;

import dev.strata.Dialect;
import java.util.Set;

/**
 * An {@code @Up} or {@code @Down} method of a migration.
 *
 * @param method the method's name, for messages
 * @param dialects the dialects it is written for (never empty: "all" is spelled out)
 * @param timeoutSeconds statement timeout in seconds; 0 for none
 * @param retries how often a transient failure is retried in a fresh transaction
 * @param body calls the method
 */
public record MigrationStep(
    String method, Set<Dialect> dialects, int timeoutSeconds, int retries, Body body) {

  public MigrationStep {
    requireNonNull(method, "method");
    dialects = Set.copyOf(dialects);
    if (dialects.isEmpty()) {
      throw new IllegalArgumentException("a step needs at least one dialect");
    }
    if (timeoutSeconds < 0 || retries < 0) {
      throw new IllegalArgumentException("timeoutSeconds and retries must not be negative");
    }
    requireNonNull(body, "body");
  }

  /** Calls a migration method; generated code implements it with a direct call. */
  @FunctionalInterface
  public interface Body {
    void run(MigrationContext db) throws Exception;
  }
}
