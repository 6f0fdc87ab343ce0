package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Commands.report;
import static dev.strata.runtime.internal.Commands.text;

import dev.strata.Version;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
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
    this.sessions = new Sessions(options);
  }

  /** Applies the pending migrations up to {@code targetVersion}; null for all of them. */
  public MigrationReport migrate(String targetVersion) {
    Version target =
        targetVersion == null ? null : Commands.version(targetVersion, "target version");
    long start = System.nanoTime();
    return sessions.locked(s -> firstLook(s, target, start), s -> apply(s, target, start));
  }

  /**
   * The first look, before the lock: when the history, read without it, has nothing pending up to
   * {@code target}, no failed entry, and validates, the run has nothing to do and returns without
   * locking (other migrators can only add applied rows, never make one pending). Null when the run
   * must lock; the locked run reads the history again and decides (and reports any problem) from
   * what it finds.
   */
  private MigrationReport firstLook(Session s, Version target, long start) throws SQLException {
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
    s.createHistoryIfMissing();
    s.history().refuseRankOverflow(s.connection(), snapshot.nextRank() + pending.size() - 1);
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
    return report(initial, newest.text(), executed, start);
  }

  private static MigrationReport upToDate(Session s, String newest, long start) {
    LOG.info(
        "{} is up to date{}; nothing to migrate",
        s.history().displayName(),
        newest == null ? "" : " at version " + newest);
    return report(newest, newest, List.of(), start);
  }
}
