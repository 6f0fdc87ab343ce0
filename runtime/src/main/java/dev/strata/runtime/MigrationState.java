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
  /**
   * Applied, but no registry has it, and below the newest version this build knows: the class was
   * deleted or its registry left out. Every command that validates refuses it.
   */
  MISSING,
  /**
   * Applied by a newer build: above every version this build's registries know (and above its
   * baseline), as after a deploy rolled back to an older build. Tolerated with a warning, and left
   * as it is, unless {@code allowFuture(false)} is set on {@link Migrator#builder()}; this build
   * cannot undo it.
   */
  FUTURE,
  /** The marker written by {@link Migrator#baseline(String)}. */
  BASELINE,
  /** Known, at or below the baseline: taken as already present, never applied. */
  BELOW_BASELINE
}
