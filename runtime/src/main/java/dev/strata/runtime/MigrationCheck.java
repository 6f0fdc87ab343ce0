package dev.strata.runtime;

import static java.util.Objects.requireNonNull;

/**
 * A {@code @PreCheck} or {@code @PostCheck} method of a migration.
 *
 * @param method the method's name, for messages
 * @param description what the check asserts, as written in the annotation
 * @param condition calls the method
 */
public record MigrationCheck(String method, String description, Condition condition) {

  public MigrationCheck {
    requireNonNull(method, "method");
    requireNonNull(description, "description");
    requireNonNull(condition, "condition");
  }

  /** Calls a check method; generated code implements it with a direct call. */
  @FunctionalInterface
  public interface Condition {
    boolean test(MigrationContext db) throws Exception;
  }
}
