package dev.strata.cli;

import dev.strata.runtime.ChangeInfo;
import dev.strata.runtime.ChangeMigration;
import dev.strata.runtime.HeldMigration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders {@code Migrator.changes()}: one row per migration of each change with its stage and
 * state, a line saying where each change stands, then the held migrations with their gates.
 */
final class ChangesTable {

  private static final List<String> HEADER =
      List.of("Change", "Stage", "Version", "Description", "State");

  private ChangesTable() {}

  static String render(List<ChangeInfo> changes) {
    if (changes.isEmpty()) {
      return "No changes: no migration of this build declares @Change.\n";
    }
    List<List<String>> cells = new ArrayList<>();
    List<String> reached = new ArrayList<>();
    List<HeldMigration> held = new ArrayList<>();
    for (ChangeInfo change : changes) {
      for (ChangeMigration m : change.migrations()) {
        cells.add(
            List.of(
                change.name(),
                Formats.lowerCase(m.stage()),
                m.version(),
                m.description(),
                StatusTable.state(m.state())));
      }
      reached.add(
          change.name()
              + (change.reached() == null
                  ? " before expand"
                  : " at " + Formats.lowerCase(change.reached())));
      held.addAll(change.held());
    }
    String table =
        TextTable.render(HEADER, cells, Set.of())
            + Formats.count(changes.size(), "change")
            + ": "
            + String.join(", ", reached)
            + ".\n";
    return held.isEmpty() ? table : table + "\n" + blocks(held, true);
  }

  /** After {@code migrate}: what it held, or nothing when it held nothing. */
  static String held(List<HeldMigration> held) {
    return held.isEmpty() ? "" : blocks(held, false);
  }

  /**
   * A heading, then each held migration as the runtime words it ({@link HeldMigration#toString}),
   * with when it was evaluated when that is not just now.
   */
  private static String blocks(List<HeldMigration> held, boolean withTime) {
    StringBuilder text =
        new StringBuilder(Formats.count(held.size(), "migration"))
            .append(" held: nothing of ")
            .append(held.size() == 1 ? "it" : "them")
            .append(" ran, and the next migrate asks again:\n");
    for (HeldMigration h : held) {
      text.append(h).append('\n');
      if (withTime) {
        text.append("  evaluated ").append(Formats.instant(h.evaluatedAt())).append(" UTC\n");
      }
    }
    return text.toString();
  }
}
