package dev.strata.runtime;

import static java.util.Objects.requireNonNull;

/**
 * The keys one batch of a {@code @Backfill} covers: above {@link #after()} (exclusive) up to {@link
 * #upTo()} (inclusive), in the key column's order. A key is a {@code Long} for an integer column, a
 * {@code String} for a text column and a {@code java.util.UUID} for a UUID column.
 *
 * <p>The first batch has no lower bound: {@code after()} is {@code null}, and SQL's {@code id >
 * null} matches no row. {@link #where(String)} and {@link #bindings()} write the condition right
 * for every batch:
 *
 * <pre>{@code
 * db.execute("update users set full_name = first_name || ' ' || last_name where "
 *     + range.where("id") + " and full_name is null", range.bindings());
 * }</pre>
 *
 * @param after the largest key of the batch before; {@code null} for the first batch
 * @param upTo the largest key of this batch
 */
public record KeyRange(Object after, Object upTo) {

  public KeyRange {
    requireNonNull(upTo, "upTo");
  }

  /** Whether this is the first batch, which has no lower bound. */
  public boolean first() {
    return after == null;
  }

  /**
   * The batch's condition on {@code keyColumn}, with one {@code ?} per value of {@link
   * #bindings()}: {@code id <= ?} for the first batch, {@code id > ? and id <= ?} after it.
   */
  public String where(String keyColumn) {
    return first() ? keyColumn + " <= ?" : keyColumn + " > ? and " + keyColumn + " <= ?";
  }

  /** The values for the placeholders of {@link #where(String)}, in order. */
  public Object[] bindings() {
    return first() ? new Object[] {upTo} : new Object[] {after, upTo};
  }
}
