package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.Version;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that run before anything executes. Each throws one {@link MigrationException} that
 * lists every offender, says what is wrong with it and what to do.
 */
public final class Validation {

  private Validation() {}

  /** A failed non-transactional migration blocks every change until {@code repair()}. */
  public static void noFailedEntries(Snapshot snapshot, String historyTable) {
    if (snapshot.failed().isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    for (HistoryRow row : snapshot.failed()) {
      lines.add(
          "-> "
              + row.version()
              + " ("
              + row.description()
              + "), "
              + row.type()
              + " recorded in "
              + historyTable
              + " with rank "
              + row.rank());
    }
    HistoryRow first = snapshot.failed().get(0);
    throw new MigrationException(
        Reason.REPAIR_NEEDED,
        "A non-transactional migration failed"
            + " or did not finish, so the database may be half-changed:\n"
            + String.join("\n", lines)
            + "\nCheck its effects by hand and clean up what it left, then run repair() to remove the"
            + " failed entry, and migrate again.",
        first.version(),
        null,
        null,
        null);
  }

  /** Applied versions the registries no longer have, and checksums that changed since they ran. */
  public static void appliedMatchRegistries(Snapshot snapshot) {
    if (snapshot.matchesRegistries()) {
      return;
    }
    List<String> missing = new ArrayList<>();
    List<String> drifted = new ArrayList<>();
    String firstVersion = null;
    for (Map.Entry<Version, HistoryRow> e : snapshot.applied().entrySet()) {
      HistoryRow row = e.getValue();
      Known k = snapshot.known(e.getKey()).orElse(null);
      if (k == null) {
        missing.add(
            "-> "
                + row.version()
                + " ("
                + row.description()
                + ") is applied, but no"
                + " registry has it");
      } else if (Snapshot.drifted(row, k)) {
        drifted.add(
            "-> "
                + row.version()
                + " ("
                + k.migration().className()
                + "): applied with"
                + " checksum "
                + row.checksum()
                + ", the registry has "
                + k.migration().checksum());
      } else {
        continue;
      }
      if (firstVersion == null) {
        firstVersion = row.version();
      }
    }
    if (missing.isEmpty() && drifted.isEmpty()) {
      return;
    }
    StringBuilder message =
        new StringBuilder("The history and the registries disagree; nothing" + " was executed.");
    if (!missing.isEmpty()) {
      message
          .append("\nApplied migrations missing from the registries:\n")
          .append(String.join("\n", missing))
          .append(
              "\nRestore the migration classes (with the Strata processor on the build), or"
                  + " add the registry that holds them.");
    }
    if (!drifted.isEmpty()) {
      message
          .append("\nApplied migrations whose code changed since they ran:\n")
          .append(String.join("\n", drifted))
          .append(
              "\nRevert the change and write a new migration instead; if the change is"
                  + " harmless (the database already matches), run repair() to accept the new checksums.");
    }
    throw new MigrationException(
        Reason.VALIDATION, message.toString(), firstVersion, null, null, null);
  }

  /**
   * Pending migrations: out of order only with {@code outOfOrder} and their dependencies applied
   * (or applied earlier in this run); an {@code @Up} for {@code dialect}; transactional when {@code
   * allOrNothing}.
   */
  public static void pendingRunnable(
      Snapshot snapshot,
      List<Known> pending,
      Dialect dialect,
      boolean outOfOrder,
      boolean allOrNothing) {
    if (pending.isEmpty()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    String firstVersion = null;
    Set<Version> earlier = new HashSet<>(); // pending migrations this run applies first
    for (Known k : pending) {
      MigrationDescriptor m = k.migration();
      String problem = null;
      if (m.up(dialect).isEmpty()) {
        problem =
            "has no @Up for "
                + dialect
                + " (it supports "
                + m.dialects()
                + "); add an"
                + " @Up(dialects = "
                + dialect
                + ") method";
      } else if (allOrNothing && !m.transactional()) {
        problem =
            "is not transactional, so it cannot run inside allOrNothing's single"
                + " transaction; migrate without allOrNothing(true)";
      } else if (snapshot.outOfOrder(k)) {
        if (!outOfOrder) {
          problem =
              "is pending but older than the newest applied version "
                  + snapshot.newest()
                  + "; give it a version above "
                  + snapshot.newest()
                  + ", or set outOfOrder(true) to apply it anyway";
        } else {
          List<String> unmet =
              m.dependsOn().stream()
                  .filter(d -> !appliedBefore(snapshot, earlier, Version.parseOrNull(d)))
                  .toList();
          if (!unmet.isEmpty()) {
            problem =
                "is out of order and depends on "
                    + unmet
                    + ", which "
                    + (unmet.size() == 1 ? "is" : "are")
                    + " not applied; apply "
                    + (unmet.size() == 1 ? "it" : "them")
                    + " first";
          }
        }
      }
      earlier.add(k.version());
      if (problem != null) {
        problems.add("-> " + m.version() + " (" + m.className() + ") " + problem);
        firstVersion = firstVersion == null ? m.version() : firstVersion;
      }
    }
    if (!problems.isEmpty()) {
      throw new MigrationException(
          Reason.VALIDATION,
          "Pending migrations cannot run; nothing"
              + " was executed:\n"
              + String.join("\n", problems),
          firstVersion,
          null,
          null,
          null);
    }
  }

  /** Whether {@code version} (null: not a version) is applied, or applied earlier in this run. */
  private static boolean appliedBefore(Snapshot snapshot, Set<Version> earlier, Version version) {
    return version != null && (snapshot.isApplied(version) || earlier.contains(version));
  }

  /**
   * Everything that must hold before {@code pending} runs: the history, then each pending
   * migration.
   */
  public static void beforeRun(
      Snapshot snapshot,
      List<Known> pending,
      String historyTable,
      Dialect dialect,
      boolean outOfOrder,
      boolean allOrNothing) {
    noFailedEntries(snapshot, historyTable);
    appliedMatchRegistries(snapshot);
    pendingRunnable(snapshot, pending, dialect, outOfOrder, allOrNothing);
  }
}
