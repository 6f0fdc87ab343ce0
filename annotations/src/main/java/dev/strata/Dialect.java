package dev.strata;

/**
 * A database that Strata can migrate. {@link Up} and {@link Down} name the dialects a method is
 * written for; the runtime detects the dialect from the connection and runs the matching method.
 */
public enum Dialect {
  /** H2 2.x, embedded or server. */
  H2,
  /** PostgreSQL 12 or later. */
  POSTGRES
}
