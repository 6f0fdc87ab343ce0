package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Commands.report;
import static dev.strata.runtime.internal.Commands.text;

import dev.strata.Version;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code undo}, as Flyway's {@code DbUndo}: under the lock, refuses before anything runs when a
 * migration to undo has no {@code @Down} or is a future version (a newer build's), the target lies
 * below the baseline or is neither applied nor known, then runs the {@code @Down}s newest first,
 * recording each.
 */
public final class UndoCommand {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  private static final Version ZERO = Version.parse("0");

  private final MigratorOptions options;
  private final Sessions sessions;

  public UndoCommand(MigratorOptions options) {
    this.options = options;
    this.sessions = new Sessions(options);
  }

  /** Undoes the applied migrations above {@code toVersion}. */
  public MigrationReport undo(String toVersion) {
    Version target = Commands.version(toVersion, "undo target version");
    long start = System.nanoTime();
    return sessions.locked(
        s -> {
          Snapshot snapshot = s.snapshot();
          Validation.historyAgrees(snapshot, s.history().displayName(), options.allowFuture());
          if (snapshot.baseline() != null && target.compareTo(snapshot.baseline()) < 0) {
            throw FailureMessages.undoBelowBaseline(target, snapshot.baseline());
          }
          if (!isTarget(snapshot, target)) {
            throw FailureMessages.undoToUnknown(target, snapshot.newest());
          }
          List<HistoryRow> futureAbove =
              snapshot.future().entrySet().stream()
                  .filter(e -> e.getKey().compareTo(target) > 0)
                  .map(Map.Entry::getValue)
                  .toList();
          if (!futureAbove.isEmpty()) { // this build has no @Down for them
            throw FailureMessages.undoFuture(target, futureAbove);
          }
          List<Known> targets =
              snapshot.applied().keySet().stream()
                  .filter(v -> v.compareTo(target) > 0)
                  .map(v -> snapshot.known(v).orElseThrow())
                  .sorted(Snapshot.newestFirst())
                  .toList();
          List<MigrationDescriptor> lacking =
              targets.stream()
                  .map(Known::migration)
                  .filter(m -> m.down(s.database().dialect()).isEmpty())
                  .toList();
          if (!lacking.isEmpty()) {
            throw FailureMessages.undoWithoutDown(target, s.database().dialect(), lacking);
          }
          Validation.warnOfFuture(snapshot, options.listener());
          String initial = text(snapshot.newest());
          if (targets.isEmpty()) {
            LOG.info("Nothing to undo: no applied migration above version {}", target);
            return report(initial, initial, List.of(), start);
          }
          s.history().refuseRankOverflow(s.connection(), snapshot.nextRank() + targets.size() - 1);
          s.prepareHistory();
          s.createJournalIfMissing();
          List<MigrationInfo> undone;
          try (Executor executor = s.executor()) {
            undone = executor.undo(targets, snapshot.nextRank());
          }
          return report(initial, text(remaining(snapshot, target)), undone, start);
        });
  }

  /**
   * Whether undo may return to {@code target}: 0 (everything undone), the baseline, an applied
   * version or one the registries know. Any other is most likely a typo (9.5 for 9 or 10), which
   * would undo more, or less, than meant.
   */
  private static boolean isTarget(Snapshot snapshot, Version target) {
    return target.equals(ZERO)
        || target.equals(snapshot.baseline())
        || snapshot.applied().containsKey(target)
        || snapshot.known(target).isPresent();
  }

  /** The newest version at or below {@code target} that stays applied, else the baseline. */
  private static Version remaining(Snapshot snapshot, Version target) {
    Version remaining = snapshot.baseline();
    for (Version v : snapshot.applied().keySet()) {
      if (v.compareTo(target) <= 0 && (remaining == null || v.compareTo(remaining) > 0)) {
        remaining = v;
      }
    }
    return remaining;
  }
}
