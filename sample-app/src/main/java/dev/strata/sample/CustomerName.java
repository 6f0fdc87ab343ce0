package dev.strata.sample;

import static java.util.Objects.requireNonNull;

/**
 * A customer's name as the new columns hold it. The app's writes and migration 13's backfill split
 * a full name with this one method, so rows written before and during the change agree.
 *
 * @param first everything before the first space
 * @param last everything after it; empty for a one-word name
 */
public record CustomerName(String first, String last) {

  public CustomerName {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
  }

  /** {@code "Ada King Lovelace"} is first {@code "Ada"}, last {@code "King Lovelace"}. */
  public static CustomerName split(String fullName) {
    String name = fullName.strip();
    int space = name.indexOf(' ');
    return space < 0
        ? new CustomerName(name, "")
        : new CustomerName(name.substring(0, space), name.substring(space + 1).strip());
  }

  /** The name as the old {@code full_name} column holds it. */
  public String full() {
    return last.isEmpty() ? first : first + " " + last;
  }
}
