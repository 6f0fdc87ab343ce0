package dev.strata.runtime;

/** Where a migration stands, as {@link Migrator#status()} reports it. */
public enum MigrationState {
  /** Known, not applied; the next {@link Migrator#migrate()} applies it. */
  PENDING,
  /**
   * Known, not applied, and older than the newest applied migration: {@code migrate()} refuses it
   * unless {@code outOfOrder(true)} is set.
   */
  OUT_OF_ORDER,
  /** Applied successfully. */
  APPLIED,
  /**
   * A non-transactional migration that failed; blocks further runs until {@link Migrator#repair()}.
   */
  FAILED,
  /** Applied, but no registry has it any more. */
  MISSING,
  /** The marker written by {@link Migrator#baseline(String)}. */
  BASELINE,
  /** Known, at or below the baseline: taken as already present, never applied. */
  BELOW_BASELINE
}
