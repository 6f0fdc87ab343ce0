package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A condition that must hold after a {@link Migration} is applied: {@code boolean name(DSLContext
 * db)}, not private, static or abstract. It runs after the {@link Up} method, in the same
 * transaction; when it returns {@code false} the migration is rolled back and the run stops with an
 * error naming the check.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PostCheck {

  /**
   * What the check asserts, in words shown when it fails, such as {@code "no user lacks email"}.
   */
  String value();
}
