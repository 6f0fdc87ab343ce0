package dev.strata.it;

/** The databases every runtime test runs against. */
enum Db {
  H2,
  POSTGRES
}
