package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Migration} as one stage of a change: one logical schema change split over several
 * migrations (expand, backfill, constrain, contract), with the application moving from the old
 * shape to the new one between them. Within a change, every migration of a later stage has a higher
 * version than every migration of an earlier one; a change with later stages has an {@link
 * Stage#EXPAND} migration. The runtime reports the stage a change has reached, so application code
 * can switch on it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Change {

  /**
   * The change's name, shared by its migrations: {@code [a-z0-9][a-z0-9._-]*}, such as {@code
   * "users-full-name"}.
   */
  String name();

  /** The stage this migration belongs to. */
  Stage stage();
}
