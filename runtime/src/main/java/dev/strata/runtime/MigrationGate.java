package dev.strata.runtime;

import static java.util.Objects.requireNonNull;

/**
 * A {@code @Gate} method of a migration.
 *
 * @param method the method's name, for messages
 * @param description what the evidence shows, as written in the annotation
 * @param timeoutSeconds how long it may run; 0 for no limit
 * @param probe calls the method
 */
public record MigrationGate(String method, String description, int timeoutSeconds, Probe probe) {

  public MigrationGate {
    requireNonNull(method, "method");
    requireNonNull(description, "description");
    requireNonNull(probe, "probe");
  }

  /** Calls a gate method; generated code implements it with a direct call. */
  @FunctionalInterface
  public interface Probe {
    Evidence evaluate(MigrationContext db) throws Exception;
  }
}
