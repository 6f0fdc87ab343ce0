package dev.strata.test;

import java.util.List;

/**
 * How one migration fared in a {@link Rehearsal}.
 *
 * @param version the migration's version
 * @param description its description
 * @param outcome reversible, different, or irreversible (no {@code @Down})
 * @param differences what its {@code @Down} left different from the state before its {@code @Up},
 *     then what the second {@code @Up} left different from the first; empty unless {@code
 *     DIFFERENT}
 */
public record MigrationRehearsal(
    String version, String description, Outcome outcome, List<String> differences) {

  /** The three results a migration can have. */
  public enum Outcome {
    /** Down restored the state before up, and up again gave the same state as up. */
    REVERSIBLE,
    /** Down, or up again, left a difference. */
    DIFFERENT,
    /** The migration has no {@code @Down}; it was applied once and not undone. */
    IRREVERSIBLE
  }

  public MigrationRehearsal {
    differences = List.copyOf(differences);
  }

  @Override
  public String toString() {
    String head = version + " " + description + ": " + outcome.name().toLowerCase();
    return differences.isEmpty() ? head : head + "\n    " + String.join("\n    ", differences);
  }
}
