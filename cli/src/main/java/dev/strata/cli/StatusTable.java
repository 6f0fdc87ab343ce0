package dev.strata.cli;

import dev.strata.runtime.BackfillInfo;
import dev.strata.runtime.BackfillInfo.State;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders {@code Migrator.status()} as an aligned text table with a one-line summary, and under it
 * the backfills of {@code Migrator.backfills()} that have not finished.
 */
final class StatusTable {

  private static final List<String> HEADER =
      List.of("Version", "Description", "State", "Installed on (UTC)", "Duration");
  private static final int DURATION = 4;

  private StatusTable() {}

  static String render(List<MigrationInfo> rows) {
    if (rows.isEmpty()) {
      return "No migrations: the registries are empty and the history has no entries.\n";
    }
    List<List<String>> cells = new ArrayList<>();
    for (MigrationInfo row : rows) {
      cells.add(
          List.of(
              row.version(),
              row.description(),
              state(row.state()),
              row.installedOn() == null ? "" : Formats.instant(row.installedOn()),
              row.executionMs() == null ? "" : Formats.millis(row.executionMs())));
    }
    return TextTable.render(HEADER, cells, Set.of(DURATION)) + summary(rows) + "\n";
  }

  /**
   * A block per backfill that is running or was interrupted, with how far it got; nothing when
   * every backfill finished.
   */
  static String backfills(List<BackfillInfo> backfills) {
    List<BackfillInfo> open = backfills.stream().filter(b -> b.state() != State.FINISHED).toList();
    if (open.isEmpty()) {
      return "";
    }
    StringBuilder text =
        new StringBuilder(Formats.count(open.size(), "backfill")).append(" not finished:\n");
    for (BackfillInfo b : open) {
      text.append(
          backfill(
              b,
              b.state() == State.RUNNING
                  ? "a migrate elsewhere says so and returns, unless given --wait-for-backfill"
                  : "the next migrate resumes it"));
    }
    return text.toString();
  }

  /**
   * {@code backfill 7 fill totals (orders.id): running, 420 keys, 400 rows in 42 batches}, then
   * where it is, when its last batch committed, and {@code next}: what happens next.
   */
  static String backfill(BackfillInfo b, String next) {
    return new StringBuilder("backfill ")
        .append(b.version())
        .append("  ")
        .append(b.description())
        .append(" (")
        .append(b.table())
        .append('.')
        .append(b.key())
        .append("): ")
        .append(b.state() == State.RUNNING ? "running, " : "interrupted after ")
        .append(
            String.format(
                Locale.ROOT,
                "%,d keys, %,d rows in %,d %s",
                b.keys(),
                b.rows(),
                b.batches(),
                b.batches() == 1 ? "batch" : "batches"))
        .append("\n  ")
        .append(
            b.lastKey() == null
                ? "no batch committed yet, ends at key " + b.endKey()
                : "last key " + b.lastKey() + " of " + b.endKey())
        .append(", ")
        .append(b.updatedAt() == null ? "started " : "last batch ")
        .append(Formats.instant(b.updatedAt() == null ? b.startedAt() : b.updatedAt()))
        .append(" UTC; ")
        .append(next)
        .append('\n')
        .toString();
  }

  /** The state as a person reads it: {@code OUT_OF_ORDER} becomes {@code out of order}. */
  static String state(MigrationState state) {
    return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String summary(List<MigrationInfo> rows) {
    Map<MigrationState, Integer> counts = new EnumMap<>(MigrationState.class);
    rows.forEach(row -> counts.merge(row.state(), 1, Integer::sum));
    return Formats.count(rows.size(), "migration")
        + ": "
        + counts.entrySet().stream()
            .map(e -> e.getValue() + " " + state(e.getKey()))
            .collect(Collectors.joining(", "))
        + ".";
  }
}
