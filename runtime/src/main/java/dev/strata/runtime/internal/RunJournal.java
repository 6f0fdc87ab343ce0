package dev.strata.runtime.internal;

import dev.strata.runtime.GateOutcome;
import dev.strata.runtime.JournalEvent;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal rows of one run, all with its run id, on the run's connection: {@code APPLIED} and
 * {@code UNDONE} in the migration's transaction, {@code HELD} and {@code FAILED} in one of their
 * own. A {@code HELD} or {@code FAILED} row that cannot be written (the connection is gone) is
 * logged, and does not hide the run's own outcome.
 */
final class RunJournal {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  private final Journal journal;
  private final Connection connection;
  private final String runId = UUID.randomUUID().toString();

  RunJournal(Journal journal, Connection connection) {
    this.journal = journal;
    this.connection = connection;
  }

  String runId() {
    return runId;
  }

  /** A row of {@code k} on the current transaction. */
  void write(JournalEvent event, Known k, List<GateOutcome> gates) throws SQLException {
    journal.insert(connection, row(event, k.migration(), gates, null, null));
  }

  /** A row of an act, such as {@code BASELINED} or {@code REPAIRED}, on the current transaction. */
  void act(JournalEvent event, String version, String note) throws SQLException {
    journal.insert(
        connection,
        new Journal.Row(runId, event, version, null, null, null, List.of(), List.of(), note, null));
  }

  /** A {@code HELD} or {@code FAILED} row in a transaction of its own. */
  void alone(JournalEvent event, Known k, List<GateOutcome> gates, String error) {
    try {
      journal.insertAlone(connection, row(event, k.migration(), gates, null, error));
    } catch (SQLException | RuntimeException e) {
      LOG.warn(
          "Could not write the {} row of {} to the journal {}: {}",
          event,
          k.migration().version(),
          journal.displayName(),
          Failures.describe(e));
    }
  }

  private Journal.Row row(
      JournalEvent event,
      MigrationDescriptor m,
      List<GateOutcome> gates,
      String note,
      String error) {
    return new Journal.Row(
        runId, event, m.version(), m.change(), m.stage(), null, m.owners(), gates, note, error);
  }
}
