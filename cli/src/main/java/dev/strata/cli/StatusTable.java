package dev.strata.cli;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders {@code Migrator.status()} as an aligned text table with a one-line summary. */
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
