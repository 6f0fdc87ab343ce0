package dev.strata.runtime.internal;

import dev.strata.Version;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registries and the history side by side: what is applied, failed, baselined or pending. The
 * history is a log: a version is applied when its latest successful row is a {@code MIGRATE}, and
 * pending again after an {@code UNDO}.
 *
 * <p>Built on every run from the whole history, so it keeps what is applied in an array beside the
 * registries' list, found by text (a history in version order needs no lookup at all), and builds
 * maps only for the operations that ask for them.
 */
public final class Snapshot {

  private final List<Known> known;

  /** By index in {@link #known}: the row that applied it and was not undone since, or null. */
  private final HistoryRow[] appliedRows;

  /** Applied versions that no registry has, in the order they were applied. */
  private final Map<Version, HistoryRow> appliedUnknown = new LinkedHashMap<>();

  /**
   * Those of {@link #appliedUnknown} above everything this build knows (its newest known version
   * and its baseline), in version order: a newer build applied them.
   */
  private final Map<Version, HistoryRow> future;

  /** The newest version this build knows: its registries' newest, or its baseline; or null. */
  private final Version newestKnown;

  private final List<HistoryRow> failed = new ArrayList<>();
  private final HistoryRow baseline;
  private final Version baselineVersion;
  private final Version newest;
  private final long nextRank;

  /** The index in {@link #known} that the next history row most likely applies. */
  private int next;

  /** How many of {@link #appliedRows} have another checksum than their migration has now. */
  private int driftedRows;

  private Map<Version, HistoryRow> applied; // built on first use

  /**
   * @param known in version order, no version twice, as {@link RegistryLoader#merge} lists them
   * @param rows the history in rank order
   */
  public Snapshot(List<Known> known, List<HistoryRow> rows) {
    this.known = List.copyOf(known);
    this.appliedRows = new HistoryRow[this.known.size()];
    HistoryRow baselineRow = null;
    Version baselineAt = null;
    long maxRank = 0;
    for (HistoryRow row : rows) {
      maxRank = Math.max(maxRank, row.rank());
      if (!row.success()) {
        failed.add(row);
      } else if (row.type() == HistoryRow.Type.BASELINE) {
        baselineRow = row;
        baselineAt = HistoryVersions.parse(row);
      } else {
        record(row);
      }
    }
    this.baseline = baselineRow;
    this.baselineVersion = baselineAt;
    this.nextRank = maxRank + 1;
    int top = appliedRows.length - 1; // the registries' newest applied migration
    while (top >= 0 && appliedRows[top] == null) {
      top--;
    }
    Version max = top < 0 ? baselineVersion : newer(baselineVersion, key(top));
    for (Version v : appliedUnknown.keySet()) {
      max = newer(max, v);
    }
    this.newest = max;
    Version registriesNewest = known.isEmpty() ? null : known.get(known.size() - 1).version();
    this.newestKnown = newer(baselineVersion, registriesNewest);
    this.future = future(appliedUnknown, newestKnown);
  }

  /** The entries of {@code unknown} above {@code top} (null: all of them), in version order. */
  private static Map<Version, HistoryRow> future(Map<Version, HistoryRow> unknown, Version top) {
    if (unknown.isEmpty()) {
      return Map.of();
    }
    Map<Version, HistoryRow> above = new TreeMap<>();
    unknown.forEach(
        (version, row) -> {
          if (top == null || version.compareTo(top) > 0) {
            above.put(version, row);
          }
        });
    return Collections.unmodifiableMap(above);
  }

  /** The newer of two versions, {@code a} when they are equal; either may be null. */
  private static Version newer(Version a, Version b) {
    return a == null || (b != null && b.compareTo(a) > 0) ? b : a;
  }

  /**
   * Applies a successful {@code MIGRATE} row, or undoes what an {@code UNDO} row undid. The work
   * per row lives here, not in the constructor's loop: a loop in a method that runs once per
   * operation stays interpreted for most of a process's life, a method called per row is compiled.
   */
  private void record(HistoryRow row) {
    boolean migrate = row.type() == HistoryRow.Type.MIGRATE;
    int at =
        next < known.size() && known.get(next).migration().version().equals(row.version())
            ? next
            : -1; // rows Strata wrote carry the registry's text
    Version version = null;
    if (at < 0) {
      version = HistoryVersions.parse(row);
      at = indexOf(version);
    }
    if (at >= 0) {
      driftedRows -= drift(at);
      appliedRows[at] = migrate ? row : null;
      driftedRows += drift(at);
      next = at + 1;
    } else {
      appliedUnknown.remove(version); // re-applied: it moves to the end
      if (migrate) {
        appliedUnknown.put(version, row);
      }
    }
  }

  /** 1 when known migration {@code at} is applied with another checksum than it has now, else 0. */
  private int drift(int at) {
    return appliedRows[at] != null && drifted(appliedRows[at], known.get(at)) ? 1 : 0;
  }

  /** The index of {@code version} in {@link #known}, which is in version order, or -1. */
  private int indexOf(Version version) {
    int low = 0;
    int high = known.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = known.get(mid).version().compareTo(version);
      if (c == 0) {
        return mid;
      }
      if (c < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return -1;
  }

  /** The version of applied known migration {@code i} as its row wrote it. */
  private Version key(int i) {
    Known k = known.get(i);
    HistoryRow row = appliedRows[i];
    return row.version().equals(k.migration().version()) ? k.version() : HistoryVersions.parse(row);
  }

  public List<Known> known() {
    return known;
  }

  public Optional<Known> known(Version version) {
    int at = indexOf(version);
    return at < 0 ? Optional.empty() : Optional.of(known.get(at));
  }

  /** Applied migrations (not undone), keyed by version, in the order they were applied. */
  public Map<Version, HistoryRow> applied() {
    if (applied == null) {
      List<Map.Entry<Version, HistoryRow>> entries = new ArrayList<>(appliedUnknown.entrySet());
      for (int i = 0; i < appliedRows.length; i++) {
        if (appliedRows[i] != null) {
          entries.add(Map.entry(key(i), appliedRows[i]));
        }
      }
      entries.sort(Comparator.comparingLong(e -> e.getValue().rank())); // the history's order
      Map<Version, HistoryRow> byVersion = new LinkedHashMap<>();
      entries.forEach(e -> byVersion.put(e.getKey(), e.getValue()));
      applied = Collections.unmodifiableMap(byVersion);
    }
    return applied;
  }

  /** Whether {@code version} is applied (and not undone). */
  public boolean isApplied(Version version) {
    int at = indexOf(version);
    return at >= 0 ? appliedRows[at] != null : appliedUnknown.containsKey(version);
  }

  /**
   * Whether every applied migration is in the registries or {@linkplain #future() future} and,
   * where both have a checksum, was applied with the registry's checksum: what a run that has
   * nothing to do asks before anything else, answered without building a message or a map.
   */
  public boolean matchesRegistries() {
    return appliedUnknown.size() == future.size() && driftedRows == 0;
  }

  /**
   * Applied versions above everything this build knows, in version order: a newer build applied
   * them (a deploy was rolled back). An applied version that no registry has below that is missing,
   * not future.
   */
  public Map<Version, HistoryRow> future() {
    return future;
  }

  /**
   * Applied versions that no registry has and that are not future, in the order they were applied.
   */
  public List<HistoryRow> missing() {
    return appliedUnknown.entrySet().stream()
        .filter(e -> !future.containsKey(e.getKey()))
        .map(Map.Entry::getValue)
        .toList();
  }

  /** Whether applied {@code version}, which no registry has, is future rather than missing. */
  public boolean isFuture(Version version) {
    return future.containsKey(version);
  }

  /** Whether {@code row} applied {@code k} with another checksum than the registry has now. */
  static boolean drifted(HistoryRow row, Known k) {
    String checksum = k.migration().checksum();
    return row.checksum() != null && checksum != null && !row.checksum().equals(checksum);
  }

  public List<HistoryRow> failed() {
    return failed;
  }

  /** The baseline version, or null. */
  public Version baseline() {
    return baselineVersion;
  }

  /**
   * The newest version this build knows, the registries' newest or the baseline, whichever is
   * newer; null when there is neither.
   */
  public Version newestKnown() {
    return newestKnown;
  }

  /** The newest applied or baselined version, or null on a fresh database. */
  public Version newest() {
    return newest;
  }

  public long nextRank() {
    return nextRank;
  }

  /** Whether anything was ever recorded as done: an applied, undone or baselined row. */
  public boolean hasHistory() {
    return !applied().isEmpty() || baseline != null || nextRank > 1;
  }

  /**
   * Known migrations neither applied nor covered by the baseline, up to {@code target}, in version
   * order.
   */
  public List<Known> pending(Version target) {
    List<Known> pending = new ArrayList<>();
    for (int i = 0; i < appliedRows.length; i++) {
      if (appliedRows[i] == null && isPending(known.get(i), target)) {
        pending.add(known.get(i));
      }
    }
    return List.copyOf(pending);
  }

  private boolean isPending(Known k, Version target) {
    return (baselineVersion == null || k.version().compareTo(baselineVersion) > 0)
        && (target == null || k.version().compareTo(target) <= 0);
  }

  /** Whether {@code k} is pending but older than the newest applied version. */
  public boolean outOfOrder(Known k) {
    return newest != null && k.version().compareTo(newest) < 0;
  }

  /**
   * One row per known, applied, failed or baselined version, in version order; the baseline marker
   * follows the known migration of its own version.
   */
  public List<MigrationInfo> status() {
    Map<Version, MigrationInfo> rows = new HashMap<>();
    java.util.Set<Version> gateBound = GateBound.of(pending(null)); // late by design: pending
    for (int i = 0; i < known.size(); i++) {
      Known k = known.get(i);
      HistoryRow row = appliedRows[i];
      MigrationState state;
      if (row != null) {
        state = MigrationState.APPLIED;
      } else if (baselineVersion != null && k.version().compareTo(baselineVersion) <= 0) {
        state = MigrationState.BELOW_BASELINE;
      } else if (outOfOrder(k) && !gateBound.contains(k.version())) {
        state = MigrationState.OUT_OF_ORDER;
      } else {
        state = MigrationState.PENDING;
      }
      rows.put(
          k.version(),
          row != null
              ? info(row, state)
              : new MigrationInfo(
                  k.migration().version(),
                  k.migration().description(),
                  state,
                  k.migration().checksum(),
                  k.migration().owners(),
                  null,
                  null,
                  null));
    }
    appliedUnknown.forEach(
        (version, row) ->
            rows.put(
                version,
                info(row, isFuture(version) ? MigrationState.FUTURE : MigrationState.MISSING)));
    for (HistoryRow row : failed) {
      rows.put(HistoryVersions.parse(row), info(row, MigrationState.FAILED));
    }
    List<Version> versions = new ArrayList<>(rows.keySet());
    versions.sort(null);
    List<MigrationInfo> result = new ArrayList<>();
    for (Version version : versions) {
      result.add(rows.get(version));
      if (version.equals(baselineVersion)) {
        result.add(info(baseline, MigrationState.BASELINE));
      }
    }
    if (baseline != null && !rows.containsKey(baselineVersion)) { // a version no registry has
      int at = 0;
      while (at < versions.size() && versions.get(at).compareTo(baselineVersion) < 0) {
        at++;
      }
      result.add(at, info(baseline, MigrationState.BASELINE));
    }
    return List.copyOf(result);
  }

  private static MigrationInfo info(HistoryRow row, MigrationState state) {
    return new MigrationInfo(
        row.version(),
        row.description(),
        state,
        row.checksum(),
        row.owners(),
        row.installedOn(),
        row.installedBy(),
        row.executionMs());
  }

  /** Orders known migrations newest first. */
  public static Comparator<Known> newestFirst() {
    return Comparator.comparing(Known::version).reversed();
  }
}
