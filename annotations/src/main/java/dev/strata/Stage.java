package dev.strata;

/**
 * The stages of a {@link Change}, in the order they must be applied: the schema grows (expand), the
 * new shape is filled (backfill), tightened (constrain), and the old shape removed (contract).
 */
public enum Stage {
  /** Adds the new shape beside the old one: nullable columns, new tables, dual-write triggers. */
  EXPAND,
  /** Fills the new shape from the old one. */
  BACKFILL,
  /** Tightens the new shape: {@code NOT NULL}, constraints, validated foreign keys. */
  CONSTRAIN,
  /**
   * Removes the old shape, once nothing uses it: usually behind a {@link Gate} or {@link Attested}.
   */
  CONTRACT
}
