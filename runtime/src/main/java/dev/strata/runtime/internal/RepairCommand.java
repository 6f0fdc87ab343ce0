package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.Version;
import dev.strata.runtime.JournalEvent;
import dev.strata.runtime.RepairReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code repair}, as Flyway's {@code DbRepair}: under the lock and in one transaction, removes the
 * failed entries of non-transactional migrations and realigns checksums with the registries.
 */
public final class RepairCommand {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  private final Sessions sessions;

  public RepairCommand(MigratorOptions options) {
    this.sessions = new Sessions(options);
  }

  /** Repairs the history, and says which versions it changed. */
  public RepairReport repair() {
    return sessions.locked(
        s -> {
          Snapshot snapshot = s.snapshot();
          List<String> invalid = s.invalidIndexesLeft(snapshot);
          if (!invalid.isEmpty()) {
            throw FailureMessages.repairRefusedForInvalidIndexes(snapshot.failed(), invalid);
          }
          if (s.database().dialect() == Dialect.H2 && !snapshot.failed().isEmpty()) {
            List<String> running =
                OtherSessions.running(s.connection(), s.history().sibling("_lock"));
            if (!running.isEmpty()) {
              throw FailureMessages.repairRefusedWhileRunning(snapshot.failed(), running);
            }
          }
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
                            s.runJournal()
                                .act(
                                    JournalEvent.REPAIRED,
                                    row.version(),
                                    JournalMessages.realigned(row.checksum(), c));
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
            LOG.info(FailureMessages.nothingToRepair(snapshot));
            return report;
          }
          s.prepareHistory();
          s.createJournalIfMissing();
          s.inTransaction(
              () -> {
                int deleted = s.history().deleteFailed(s.connection());
                for (String version : removed) {
                  s.runJournal().act(JournalEvent.REPAIRED, version, JournalMessages.REMOVED);
                }
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
}
