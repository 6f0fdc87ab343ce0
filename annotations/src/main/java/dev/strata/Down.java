package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method that reverts a {@link Migration}: {@code void name(DSLContext db)}, not private,
 * static or abstract. Optional: without it the migration cannot be undone. At most one
 * {@code @Down} per dialect; write several with different {@link #dialects()} when the SQL differs
 * between databases.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Down {

  /** The dialects this method is written for; empty (the default) means every dialect. */
  Dialect[] dialects() default {};

  /** Statement timeout in seconds for the method's SQL; 0 (the default) means none. */
  int timeoutSeconds() default 0;

  /**
   * How many times a transient failure (serialization failure, deadlock, lock timeout) is retried
   * in a fresh transaction; 0 (the default) means no retry.
   */
  int retries() default 0;
}
