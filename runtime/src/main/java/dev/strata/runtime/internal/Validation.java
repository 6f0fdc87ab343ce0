package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.Version;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationListener;
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

  /** A failed non-transactional migration blocks every change until it is repaired. */
  public static void noFailedEntries(Snapshot snapshot, String historyTable) {
    if (!snapshot.failed().isEmpty()) {
      throw FailureMessages.failedEntries(snapshot.failed(), historyTable);
    }
  }

  /**
   * Applied versions the registries no longer have (below the newest this build knows: those above
   * it are {@linkplain Snapshot#future() future}), and checksums that changed since they ran.
   */
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
      if (k == null && snapshot.isFuture(e.getKey())) {
        continue;
      } else if (k == null) {
        missing.add(FailureMessages.missingFromRegistries(row));
      } else if (Snapshot.drifted(row, k)) {
        drifted.add(FailureMessages.drifted(row, k));
      } else {
        continue;
      }
      if (firstVersion == null) {
        firstVersion = row.version();
      }
    }
    if (!missing.isEmpty() || !drifted.isEmpty()) {
      throw FailureMessages.historyDisagrees(missing, drifted, firstVersion);
    }
  }

  /**
   * Pending migrations: out of order only with {@code outOfOrder}, or when gate-bound ({@link
   * GateBound}: held until now, it applies late by design), and with their dependencies applied (or
   * applied earlier in this run); an {@code @Up} for {@code dialect}; transactional when {@code
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
    Set<Version> gateBound = GateBound.of(pending); // may apply late without outOfOrder
    for (Known k : pending) {
      MigrationDescriptor m = k.migration();
      String problem = null;
      if (!m.dialects().contains(dialect)) { // a backfill without @Up runs on every dialect
        problem = FailureMessages.noUpFor(dialect, m);
      } else if (allOrNothing && !m.transactional()) {
        problem = FailureMessages.notTransactionalInAllOrNothing();
      } else if (snapshot.outOfOrder(k)) {
        if (!outOfOrder && !gateBound.contains(k.version())) {
          problem = FailureMessages.olderThanNewest(snapshot.newest());
        } else {
          List<String> unmet =
              m.dependsOn().stream()
                  .filter(d -> !appliedBefore(snapshot, earlier, Version.parseOrNull(d)))
                  .toList();
          if (!unmet.isEmpty()) {
            problem = FailureMessages.unmetDependencies(unmet);
          }
        }
      }
      earlier.add(k.version());
      if (problem != null) {
        problems.add(FailureMessages.pendingProblem(m, problem));
        firstVersion = firstVersion == null ? m.version() : firstVersion;
      }
    }
    if (!problems.isEmpty()) {
      throw FailureMessages.pendingCannotRun(problems, firstVersion);
    }
  }

  /** Whether {@code version} (null: not a version) is applied, or applied earlier in this run. */
  private static boolean appliedBefore(Snapshot snapshot, Set<Version> earlier, Version version) {
    return version != null && (snapshot.isApplied(version) || earlier.contains(version));
  }

  /**
   * The history as a command that acts on it must find it: no failed entry, no missing or drifted
   * migration, and no future version unless {@code allowFuture}.
   */
  public static void historyAgrees(Snapshot snapshot, String historyTable, boolean allowFuture) {
    noFailedEntries(snapshot, historyTable);
    appliedMatchRegistries(snapshot);
    if (!allowFuture && !snapshot.future().isEmpty()) {
      throw FailureMessages.futureRefused(snapshot);
    }
  }

  /**
   * The one warning of a command that validated a history with future versions. Pending migrations
   * below them are out of order as usual ({@link Snapshot#newest()} counts them).
   */
  public static void warnOfFuture(Snapshot snapshot, MigrationListener listener) {
    if (!snapshot.future().isEmpty()) {
      new Progress(listener).warning(FailureMessages.futureTolerated(snapshot));
    }
  }

  /**
   * Everything that must hold before {@code pending} runs: the history, then each pending
   * migration; then the warning about future versions, once it all holds.
   */
  public static void beforeRun(
      Snapshot snapshot,
      List<Known> pending,
      String historyTable,
      Dialect dialect,
      MigratorOptions options) {
    historyAgrees(snapshot, historyTable, options.allowFuture());
    pendingRunnable(snapshot, pending, dialect, options.outOfOrder(), options.allOrNothing());
    warnOfFuture(snapshot, options.listener());
  }
}
