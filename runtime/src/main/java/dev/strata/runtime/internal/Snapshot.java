package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registries and the history side by side: what is applied, failed, baselined or pending.
 * The history is a log: a version is applied when its latest successful row is a
 * {@code MIGRATE}, and pending again after an {@code UNDO}.
 */
public final class Snapshot {

  private final List<Known> known;
  private final Map<Version, Known> knownByVersion = new HashMap<>();
  private final Map<Version, HistoryRow> applied = new LinkedHashMap<>();
  private final List<HistoryRow> failed = new ArrayList<>();
  private final HistoryRow baseline;
  private final Version baselineVersion;
  private final Version newest;
  private final int nextRank;

  public Snapshot(List<Known> known, List<HistoryRow> rows) {
    this.known = List.copyOf(known);
    Map<String, Version> byText = new HashMap<>(); // rows Strata wrote carry the registry's text
    for (Known k : known) {
      knownByVersion.put(k.version(), k);
      byText.put(k.migration().version(), k.version());
    }
    HistoryRow baselineRow = null;
    int maxRank = 0;
    for (HistoryRow row : rows) {
      maxRank = Math.max(maxRank, row.rank());
      if (!row.success()) {
        failed.add(row);
        continue;
      }
      Version version = byText.get(row.version());
      if (version == null) {
        version = HistoryVersions.parse(row);
      }
      switch (row.type()) {
        case MIGRATE -> {
          applied.remove(version);
          applied.put(version, row);
        }
        case UNDO -> applied.remove(version);
        case BASELINE -> baselineRow = row;
      }
    }
    this.baseline = baselineRow;
    this.baselineVersion = baselineRow == null ? null : HistoryVersions.parse(baselineRow);
    this.nextRank = maxRank + 1;
    Version max = baselineVersion;
    for (Version v : applied.keySet()) {
      if (max == null || v.compareTo(max) > 0) {
        max = v;
      }
    }
    this.newest = max;
  }

  public List<Known> known() {
    return known;
  }

  public Optional<Known> known(Version version) {
    return Optional.ofNullable(knownByVersion.get(version));
  }

  /** Applied migrations (not undone), keyed by version, in the order they were applied. */
  public Map<Version, HistoryRow> applied() {
    return applied;
  }

  public List<HistoryRow> failed() {
    return failed;
  }

  /** The baseline version, or null. */
  public Version baseline() {
    return baselineVersion;
  }

  /** The newest applied or baselined version, or null on a fresh database. */
  public Version newest() {
    return newest;
  }

  public int nextRank() {
    return nextRank;
  }

  /** Whether anything was ever recorded as done: an applied, undone or baselined row. */
  public boolean hasHistory() {
    return !applied.isEmpty() || baseline != null || nextRank > 1;
  }

  /** Known migrations neither applied nor covered by the baseline, up to {@code target}, in version order. */
  public List<Known> pending(Version target) {
    return known.stream()
        .filter(k -> !applied.containsKey(k.version()))
        .filter(k -> baselineVersion == null || k.version().compareTo(baselineVersion) > 0)
        .filter(k -> target == null || k.version().compareTo(target) <= 0)
        .toList();
  }

  /** Whether {@code k} is pending but older than the newest applied version. */
  public boolean outOfOrder(Known k) {
    return newest != null && k.version().compareTo(newest) < 0;
  }

  /**
   * One row per known, applied, failed or baselined version, in version order; the baseline
   * marker follows the known migration of its own version.
   */
  public List<MigrationInfo> status() {
    Map<Version, MigrationInfo> rows = new HashMap<>();
    for (Known k : known) {
      HistoryRow row = applied.get(k.version());
      MigrationState state;
      if (row != null) {
        state = MigrationState.APPLIED;
      } else if (baselineVersion != null && k.version().compareTo(baselineVersion) <= 0) {
        state = MigrationState.BELOW_BASELINE;
      } else if (outOfOrder(k)) {
        state = MigrationState.OUT_OF_ORDER;
      } else {
        state = MigrationState.PENDING;
      }
      rows.put(k.version(), row != null ? info(row, state)
          : new MigrationInfo(k.migration().version(), k.migration().description(), state,
              k.migration().checksum(), k.migration().owners(), null, null, null));
    }
    applied.forEach((version, row) -> rows.computeIfAbsent(version, v -> info(row, MigrationState.MISSING)));
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
    return new MigrationInfo(row.version(), row.description(), state, row.checksum(), row.owners(),
        row.installedOn(), row.installedBy(), row.executionMs());
  }

  /** Orders known migrations newest first. */
  public static Comparator<Known> newestFirst() {
    return Comparator.comparing(Known::version).reversed();
  }
}
