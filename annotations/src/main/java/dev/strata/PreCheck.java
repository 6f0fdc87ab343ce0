package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A condition that must hold before a {@link Migration} is applied: {@code boolean name(DSLContext
 * db)}, not private, static or abstract. It runs before the {@link Up} method, in the same
 * transaction; when it returns {@code false} the run stops with an error naming the check, and
 * nothing of that migration is applied.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PreCheck {

  /** What the check asserts, in words shown when it fails, such as {@code "users table exists"}. */
  String value();
}
