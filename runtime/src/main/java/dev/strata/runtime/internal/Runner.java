package dev.strata.runtime.internal;

import dev.strata.Version;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Plan;
import dev.strata.runtime.RepairReport;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations behind {@code Migrator}, each as Flyway's commands do it: plan from the
 * registries, take the lock, read the history again under it, validate, then apply and record.
 * Read-only operations ({@code status}, {@code validate}, {@code plan}) take no lock.
 */
public final class Runner {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  private final MigratorOptions options;
  private final Sessions sessions;

  public Runner(MigratorOptions options) {
    this.options = options;
    this.sessions = new Sessions(options);
  }

  public MigrationReport migrate(String targetVersion) {
    Version target = targetVersion == null ? null : version(targetVersion, "target version");
    long start = System.nanoTime();
    return sessions.locked(
        s -> upToDate(s, target, start),
        s -> {
          Snapshot snapshot = s.validatedSnapshot(target);
          List<Known> pending = snapshot.pending(target);
          String initial = text(snapshot.newest());
          if (pending.isEmpty()) {
            LOG.info(
                "{} is up to date{}; nothing to migrate",
                s.history().displayName(),
                initial == null ? "" : " at version " + initial);
            return new MigrationReport(initial, initial, List.of(), elapsed(start));
          }
          LOG.info(
              "Migrating {} from version {}: {} pending migration(s)",
              options.connections().describe(),
              initial == null ? "<empty>" : initial,
              pending.size());
          s.createHistoryIfMissing();
          List<MigrationInfo> executed;
          try (Executor executor = s.executor()) {
            executed =
                options.allOrNothing()
                    ? executor.applyAllOrNothing(pending, snapshot.nextRank())
                    : executor.apply(pending, snapshot.nextRank());
          }
          Version last =
              pending.stream().map(Known::version).max(Comparator.naturalOrder()).orElseThrow();
          Version newest =
              snapshot.newest() == null || last.compareTo(snapshot.newest()) > 0
                  ? last
                  : snapshot.newest();
          return new MigrationReport(initial, newest.text(), executed, elapsed(start));
        });
  }

  public List<MigrationInfo> status() {
    return sessions.unlocked(s -> s.snapshot(History.Read.FULL).status());
  }

  public void validate() {
    sessions.unlocked(
        s -> {
          Snapshot snapshot = s.snapshot();
          s.validateBefore(snapshot, snapshot.pending(null));
          return null;
        });
  }

  public Plan plan() {
    return sessions.unlocked(
        s -> {
          Snapshot snapshot = s.snapshot();
          s.validateBefore(snapshot, snapshot.pending(null));
          List<Plan.Step> steps = new ArrayList<>();
          for (Known k : snapshot.pending(null)) {
            steps.add(SqlRecorder.record(s.database(), k));
          }
          return new Plan(s.database().dialect(), steps);
        });
  }

  public MigrationReport undo(String toVersion) {
    Version target = version(toVersion, "undo target version");
    long start = System.nanoTime();
    return sessions.locked(
        s -> {
          Snapshot snapshot = s.snapshot();
          Validation.noFailedEntries(snapshot, s.history().displayName());
          Validation.appliedMatchRegistries(snapshot);
          if (snapshot.baseline() != null && target.compareTo(snapshot.baseline()) < 0) {
            throw FailureMessages.undoBelowBaseline(target, snapshot.baseline());
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
          String initial = text(snapshot.newest());
          if (targets.isEmpty()) {
            LOG.info("Nothing to undo: no applied migration above version {}", target);
            return new MigrationReport(initial, initial, List.of(), elapsed(start));
          }
          List<MigrationInfo> undone;
          try (Executor executor = s.executor()) {
            undone = executor.undo(targets, snapshot.nextRank());
          }
          Version remaining = snapshot.baseline();
          for (Version v : snapshot.applied().keySet()) {
            if (v.compareTo(target) <= 0 && (remaining == null || v.compareTo(remaining) > 0)) {
              remaining = v;
            }
          }
          return new MigrationReport(initial, text(remaining), undone, elapsed(start));
        });
  }

  public void baseline(String version) {
    Version baseline = version(version, "baseline version");
    sessions.locked(
        s -> {
          Snapshot snapshot = s.snapshot();
          Validation.noFailedEntries(snapshot, s.history().displayName());
          if (snapshot.hasHistory()) {
            throw FailureMessages.baselineOverHistory(
                baseline, s.history().displayName(), text(snapshot.newest()));
          }
          s.createHistoryIfMissing();
          try (History.Writer writer = s.history().writer(s.connection())) {
            writer.insert(
                snapshot.nextRank(),
                baseline.text(),
                "<< baseline >>",
                HistoryRow.Type.BASELINE,
                null,
                List.of(),
                0,
                true);
          }
          LOG.info("Baselined {} at version {}", options.connections().describe(), baseline);
          return null;
        });
  }

  public RepairReport repair() {
    return sessions.locked(
        s -> {
          Snapshot snapshot = s.snapshot();
          List<String> realigned = new ArrayList<>();
          List<Session.SqlWork> fixes = new ArrayList<>();
          for (Map.Entry<Version, HistoryRow> e : snapshot.applied().entrySet()) {
            HistoryRow row = e.getValue();
            snapshot
                .known(e.getKey())
                .map(k -> k.migration().checksum())
                .filter(c -> !c.equals(row.checksum()))
                .ifPresent(
                    c -> {
                      realigned.add(row.version());
                      fixes.add(
                          () -> {
                            s.history().updateChecksum(s.connection(), row.rank(), c);
                            LOG.info(
                                "Repair: checksum of {} realigned from {} to {}",
                                row.version(),
                                row.checksum(),
                                c);
                          });
                    });
          }
          List<String> removed = snapshot.failed().stream().map(HistoryRow::version).toList();
          RepairReport report = new RepairReport(removed, realigned);
          if (report.nothingToDo()) {
            LOG.info("Repair: nothing to repair");
            return report;
          }
          s.inTransaction(
              () -> {
                int deleted = s.history().deleteFailed(s.connection());
                if (deleted > 0) {
                  LOG.info(
                      "Repair: removed {} failed entr{} ({})",
                      deleted,
                      deleted == 1 ? "y" : "ies",
                      String.join(", ", removed));
                }
                for (Session.SqlWork fix : fixes) {
                  fix.run();
                }
              });
          return report;
        });
  }

  /**
   * The first look, before the lock: when the history, read without it, has nothing pending up to
   * {@code target}, no failed entry, and validates, the run has nothing to do and returns without
   * locking (other migrators can only add applied rows, never make one pending). Null when the run
   * must lock; the locked run reads the history again and decides (and reports any problem) from
   * what it finds.
   */
  private MigrationReport upToDate(Session s, Version target, long start) throws SQLException {
    // without descriptions, which only messages use: a problem is reported by the locked run
    Snapshot snapshot = s.snapshot(History.Read.DECISION);
    if (!snapshot.failed().isEmpty() || !snapshot.pending(target).isEmpty()) {
      return null;
    }
    try {
      s.validateBefore(snapshot, List.of());
    } catch (MigrationException e) {
      return null;
    }
    String newest = text(snapshot.newest());
    LOG.info(
        "{} is up to date{}; nothing to migrate",
        s.history().displayName(),
        newest == null ? "" : " at version " + newest);
    return new MigrationReport(newest, newest, List.of(), elapsed(start));
  }

  private static Version version(String text, String what) {
    Version version = Version.parseOrNull(text);
    if (version == null) {
      throw FailureMessages.notAVersion(what, text);
    }
    return version;
  }

  private static String text(Version version) {
    return version == null ? null : version.text();
  }

  private static Duration elapsed(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
