package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Commands.report;
import static dev.strata.runtime.internal.Commands.text;

import dev.strata.Version;
import dev.strata.runtime.BackfillInfo;
import dev.strata.runtime.HeldMigration;
import dev.strata.runtime.JournalEvent;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code migrate}, as Flyway's {@code DbMigrate}: a first look without the lock, then under it the
 * history read again and validated, the pending migrations applied, each recorded as it commits.
 */
public final class MigrateCommand {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  private final MigratorOptions options;
  private final Sessions sessions;

  public MigrateCommand(MigratorOptions options) {
    this.options = options;
    this.sessions = new Sessions(options, !options.waitForBackfill());
  }

  /** Applies the pending migrations up to {@code targetVersion}; null for all of them. */
  public MigrationReport migrate(String targetVersion) {
    Version target =
        targetVersion == null ? null : Commands.version(targetVersion, "target version");
    long start = System.nanoTime();
    String[] seen = new String[1]; // the newest version the first look saw
    try {
      return sessions.locked(s -> firstLook(s, target, start, seen), s -> apply(s, target, start));
    } catch (BackfillElsewhere e) {
      return backfillElsewhere(e.row(), seen[0], start);
    }
  }

  /**
   * The rule for other instances: another process holds the lock and runs a backfill, which may
   * take hours. This run applies nothing and says so rather than wait it out (docs/runtime.md).
   */
  private MigrationReport backfillElsewhere(BackfillTable.Row row, String newest, long start) {
    String description =
        options.migrations().stream()
            .filter(k -> k.migration().version().equals(row.version()))
            .map(k -> k.migration().description())
            .findFirst()
            .orElse("");
    BackfillInfo info = BackfillTable.info(row, description, Instant.now());
    String message =
        ("Another process is backfilling %s (%s) on table %s: %d keys, %d batches done, up to key"
                + " %s of %s. This run applied nothing and does not wait for it; it will apply"
                + " what is pending once the backfill ends. To wait instead, set"
                + " %s.")
            .formatted(
                info.version(),
                description,
                info.table(),
                info.keys(),
                info.batches(),
                info.lastKey(),
                info.endKey(),
                Remedies.setting("waitForBackfill(true)"));
    new Progress(options.listener()).warning(message);
    return new MigrationReport(
        newest, newest, List.of(), Duration.ofNanos(System.nanoTime() - start), List.of(), info);
  }

  /**
   * The first look, before the lock: when the history, read without it, has nothing pending up to
   * {@code target}, no failed entry, and validates, the run has nothing to do and returns without
   * locking (other migrators can only add applied rows, never make one pending). Null when the run
   * must lock; the locked run reads the history again and decides (and reports any problem) from
   * what it finds.
   */
  private MigrationReport firstLook(Session s, Version target, long start, String[] seen)
      throws SQLException {
    // without descriptions, which only messages use: a problem is reported by the locked run
    Snapshot snapshot = s.snapshot(History.Read.DECISION);
    seen[0] = text(snapshot.newest());
    if (!snapshot.failed().isEmpty() || !snapshot.pending(target).isEmpty()) {
      return null;
    }
    try {
      s.validateBefore(snapshot, List.of());
    } catch (MigrationException e) {
      return null;
    }
    return upToDate(s, text(snapshot.newest()), start);
  }

  /** Under the lock: validate what the history says now, then apply and record. */
  private MigrationReport apply(Session s, Version target, long start) throws SQLException {
    Snapshot snapshot = s.validatedSnapshot(target);
    List<Known> pending = snapshot.pending(target);
    String initial = text(snapshot.newest());
    if (pending.isEmpty()) {
      return upToDate(s, initial, start);
    }
    LOG.info(
        "Migrating {} from version {}: {} pending migration(s)",
        options.connections().describe(),
        initial == null ? "<empty>" : initial,
        pending.size());
    s.prepareHistory();
    s.createJournalIfMissing();
    s.history().refuseRankOverflow(s.connection(), snapshot.nextRank() + pending.size() - 1);
    Set<String> attested =
        pending.stream().anyMatch(k -> k.migration().attestation() != null)
            ? s.journal().attested(s.connection())
            : Set.of();
    List<MigrationInfo> executed;
    GateKeeper keeper = null;
    try (Gates gates = new Gates(options.connections(), s.database(), options.schema());
        Executor executor = s.executor()) {
      keeper = new GateKeeper(gates, attested);
      executor.gatedBy(keeper);
      if (options.allOrNothing()) {
        List<Known> admitted = admitted(s, keeper, pending);
        executed =
            admitted.isEmpty()
                ? List.of()
                : executor.applyAllOrNothing(admitted, snapshot.nextRank());
      } else {
        executed = executor.apply(pending, snapshot.nextRank());
      }
    } finally {
      if (keeper != null) {
        announce(keeper.held());
      }
    }
    Version newest = snapshot.newest();
    for (MigrationInfo info : executed) {
      Version v = Version.parse(info.version());
      newest = newest == null || v.compareTo(newest) > 0 ? v : newest;
    }
    List<HeldMigration> held = keeper.held();
    return new MigrationReport(
        initial, text(newest), executed, Duration.ofNanos(System.nanoTime() - start), held);
  }

  /**
   * With {@code allOrNothing}: the gates of every pending migration asked before the one
   * transaction begins; those held are left out of it, and their HELD rows written first.
   */
  private static List<Known> admitted(Session s, GateKeeper keeper, List<Known> pending) {
    List<Known> admitted = new ArrayList<>();
    for (Known k : pending) {
      if (keeper.admit(k)) {
        admitted.add(k);
      } else if (keeper.wasHeldDirectly(k)) {
        s.runJournal().alone(JournalEvent.HELD, k, keeper.outcomes(k), null);
      }
    }
    return admitted;
  }

  /** The log's one block and the listener's events for the held migrations of a run. */
  private void announce(List<HeldMigration> held) {
    if (held.isEmpty()) {
      return;
    }
    LOG.warn(GateMessages.heldBlock(held));
    for (HeldMigration h : held) {
      try {
        options.listener().held(h);
      } catch (RuntimeException e) {
        LOG.warn("MigrationListener.held threw; ignored", e);
      }
    }
  }

  private static MigrationReport upToDate(Session s, String newest, long start) {
    LOG.info(
        "{} is up to date{}; nothing to migrate",
        s.history().displayName(),
        newest == null ? "" : " at version " + newest);
    return report(newest, newest, List.of(), start);
  }
}
