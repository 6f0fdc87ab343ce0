package dev.strata.cli;

import dev.strata.runtime.HistoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders {@code Migrator.history()} as an aligned text table, oldest row first. A {@code Change}
 * column ({@code name stage}) is added when some row is a stage of a change: most histories have
 * none, and an empty column would only push the table wider.
 */
final class HistoryTable {

  private static final List<String> HEADER =
      List.of(
          "Rank",
          "Version",
          "Description",
          "Type",
          "Installed by",
          "Installed on (UTC)",
          "Duration",
          "Success",
          "Owners");
  private static final Set<Integer> NUMBERS = Set.of(0, 6);

  private HistoryTable() {}

  static String render(List<HistoryEntry> entries) {
    if (entries.isEmpty()) {
      return "No history: nothing has been applied to this database yet.\n";
    }
    boolean changes = entries.stream().anyMatch(e -> e.change() != null);
    List<List<String>> cells = new ArrayList<>();
    long failed = 0;
    for (HistoryEntry entry : entries) {
      failed += entry.success() ? 0 : 1;
      List<String> row =
          new ArrayList<>(
              List.of(
                  Long.toString(entry.rank()),
                  entry.version(),
                  String.valueOf(entry.description()),
                  entry.type().name().toLowerCase(Locale.ROOT),
                  String.valueOf(entry.installedBy()),
                  entry.installedOn() == null ? "" : Formats.instant(entry.installedOn()),
                  Formats.millis(entry.executionMs()),
                  entry.success() ? "yes" : "no",
                  String.join(", ", entry.owners())));
      if (changes) {
        row.add(
            entry.change() == null ? "" : entry.change() + " " + Formats.lowerCase(entry.stage()));
      }
      cells.add(row);
    }
    List<String> header = new ArrayList<>(HEADER);
    if (changes) {
      header.add("Change");
    }
    return TextTable.render(header, cells, NUMBERS)
        + Formats.count(entries.size(), "history row")
        + (failed == 0 ? "" : ", " + failed + " failed")
        + ".\n";
  }
}
