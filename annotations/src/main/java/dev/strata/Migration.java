package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class as one schema migration. The class needs exactly one {@link Up} method per
 * dialect, may have {@link Down}, {@link PreCheck} and {@link PostCheck} methods, and must be
 * instantiable: a concrete, non-private, top-level or static nested class with a non-private
 * no-argument constructor (or, with Dagger, an {@code @Inject} constructor).
 *
 * <pre>{@code
 * @Migration(version = "3", description = "Add email_verified to users", dependsOn = CreateUsers.class)
 * final class AddEmailVerified {
 *   @Up
 *   void up(DSLContext db) {
 *     db.alterTable("users").addColumn("email_verified", SQLDataType.BOOLEAN).execute();
 *   }
 * }
 * }</pre>
 *
 * <p>The annotation processor checks every migration while {@code javac} runs and generates a
 * registry that the runtime applies in version order. Nothing reads this annotation by reflection.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Migration {

  /**
   * The version: one or more dot-separated non-negative integers, such as {@code "3"}, {@code
   * "1.2"} or {@code "2025.11.13.001"}. Versions compare segment by segment as numbers, and
   * trailing zero segments do not count ({@code "1.0"} equals {@code "1"}). Two migrations with
   * equal versions do not compile.
   */
  String version();

  /**
   * What the migration does, for people reading the status table and the history. Defaults to the
   * class name split into words: {@code AddEmailVerified} becomes {@code "add email verified"}.
   */
  String description() default "";

  /**
   * Migrations that must be applied before this one, from this compilation or from the classpath.
   * Each must have a strictly lower version, so applying in version order always applies
   * prerequisites first.
   */
  Class<?>[] dependsOn() default {};

  /**
   * Whether the migration runs in one transaction together with its checks and its history row (the
   * default). Set to {@code false} for statements that cannot run in a transaction, such as
   * PostgreSQL's {@code CREATE INDEX CONCURRENTLY}: the migration then runs in autocommit, and a
   * failure is recorded and blocks further runs until {@code Migrator.repair()}.
   */
  boolean transactional() default true;

  /** Who owns this migration (teams or people), carried into the registry and the history. */
  String[] owners() default {};

  /** Free-form labels, carried into the registry. */
  String[] tags() default {};
}
