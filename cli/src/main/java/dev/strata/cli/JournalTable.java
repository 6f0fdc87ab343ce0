package dev.strata.cli;

import dev.strata.runtime.GateOutcome;
import dev.strata.runtime.JournalEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Renders {@code Migrator.journal(query)} as an aligned text table, oldest row first. */
final class JournalTable {

  private static final List<String> HEADER =
      List.of("Id", "At (UTC)", "Run", "Event", "Version", "Change", "Stage", "Actor", "Details");
  private static final Set<Integer> NUMBERS = Set.of(0);

  /** The start of a run id, enough to tell a run's rows from another's; JSON has all of it. */
  static final int RUN_ID_SHOWN = 8;

  private JournalTable() {}

  /**
   * @param filtered whether the query had filters, so that an empty result says why
   */
  static String render(List<JournalEntry> entries, boolean filtered) {
    if (entries.isEmpty()) {
      return filtered
          ? "No journal rows match these filters.\n"
          : "No journal rows: nothing has been applied, held or attested on this database yet.\n";
    }
    List<List<String>> cells = new ArrayList<>();
    for (JournalEntry e : entries) {
      cells.add(
          List.of(
              Long.toString(e.id()),
              Formats.instant(e.at()),
              e.runId() == null
                  ? ""
                  : e.runId().substring(0, Math.min(RUN_ID_SHOWN, e.runId().length())),
              Formats.lowerCase(e.event()),
              e.version(),
              e.change() == null ? "" : e.change(),
              e.stage() == null ? "" : Formats.lowerCase(e.stage()),
              e.actor() == null ? "" : e.actor(),
              details(e)));
    }
    return TextTable.render(HEADER, cells, NUMBERS)
        + Formats.count(entries.size(), "journal row")
        + ".\n";
  }

  /** Each gate's outcome, the note and the error, on one line. */
  static String details(JournalEntry e) {
    List<String> parts = new ArrayList<>();
    e.gates().stream().map(GateOutcome::toString).forEach(parts::add);
    if (e.note() != null) {
      parts.add(e.note());
    }
    if (e.error() != null) {
      parts.add(e.error());
    }
    return Failure.joined(String.join("\n", parts));
  }
}
