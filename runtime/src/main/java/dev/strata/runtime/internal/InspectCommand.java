package dev.strata.runtime.internal;

import dev.strata.Version;
import dev.strata.runtime.BackfillInfo;
import dev.strata.runtime.HistoryEntry;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Plan;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-only commands, {@code status}, {@code history}, {@code validate} and {@code plan}: they
 * read the history without the lock and change nothing, so they never wait for a running migrator.
 */
public final class InspectCommand {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  private final Sessions sessions;

  public InspectCommand(MigratorOptions options) {
    this.sessions = new Sessions(options);
  }

  /** Every known and applied migration with its state. */
  public List<MigrationInfo> status() {
    return sessions.unlocked(
        s -> {
          Snapshot snapshot = s.snapshot(History.Read.FULL);
          List<String> invalid = s.invalidIndexesLeft(snapshot);
          if (!invalid.isEmpty()) {
            LOG.warn(FailureMessages.invalidIndexesWarning(invalid));
          }
          return snapshot.status();
        });
  }

  /** Every progress row of a backfill, in version order. */
  public List<BackfillInfo> backfills() {
    return sessions.unlocked(
        s -> {
          Instant now = Instant.now();
          Map<String, String> descriptions = new HashMap<>();
          for (Known k : s.options().migrations()) {
            descriptions.put(k.migration().version(), k.migration().description());
          }
          return s.backfills().readAll(s.connection()).stream()
              .sorted(Comparator.comparing(r -> Version.parse(r.version())))
              .map(r -> BackfillTable.info(r, descriptions.getOrDefault(r.version(), ""), now))
              .toList();
        });
  }

  /** Every row of the history table in rank order; empty when the table does not exist yet. */
  public List<HistoryEntry> history() {
    return sessions.unlocked(
        s -> {
          List<HistoryRow> rows = s.history().readIfExists(s.connection(), History.Read.FULL);
          return rows == null ? List.of() : rows.stream().map(InspectCommand::entry).toList();
        });
  }

  private static HistoryEntry entry(HistoryRow row) {
    return new HistoryEntry(
        row.rank(),
        row.version(),
        row.description(),
        HistoryEntry.Type.valueOf(row.type().name()),
        row.checksum(),
        row.owners(),
        row.installedBy(),
        row.installedOn(),
        row.executionMs(),
        row.success(),
        row.change(),
        row.stage());
  }

  /** Throws what {@code migrate} would refuse for. */
  public void validate() {
    sessions.unlocked(
        s -> {
          Snapshot snapshot = s.snapshot();
          s.validateBefore(snapshot, snapshot.pending(null));
          return null;
        });
  }

  /** The SQL of the pending migrations, recorded, not executed, once they validate. */
  public Plan plan() {
    return sessions.unlocked(
        s -> {
          Snapshot snapshot = s.snapshot();
          s.validateBefore(snapshot, snapshot.pending(null));
          List<Plan.Step> steps = new ArrayList<>();
          for (Known k : snapshot.pending(null)) {
            steps.add(SqlRecorder.record(s.database(), s.connection(), k));
          }
          return new Plan(s.database().dialect(), steps);
        });
  }
}
