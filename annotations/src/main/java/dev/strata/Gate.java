package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Live evidence a {@link Migration} waits for: {@code Evidence name(DSLContext db)} (or {@code
 * MigrationContext}), or {@code boolean name(…)}, not private, static or abstract. Before the
 * migration is applied, each gate runs in a read-only transaction; unless every gate returns ok,
 * the migration is held (neither applied nor failed, nothing changed) and tried again on the next
 * run, while the pending migrations that do not depend on it still apply.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Gate {

  /**
   * What the evidence shows, in words, such as {@code "no statement read users.first_name for 14
   * days"}.
   */
  String value();

  /** How long the gate may run, in seconds, before it counts as not ok; 0 means no limit. */
  int timeoutSeconds() default 30;
}
