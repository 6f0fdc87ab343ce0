package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Plan;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-only commands, {@code status}, {@code validate} and {@code plan}: they read the history
 * without the lock and change nothing, so they never wait for a running migrator.
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
            steps.add(SqlRecorder.record(s.database(), k));
          }
          return new Plan(s.database().dialect(), steps);
        });
  }
}
