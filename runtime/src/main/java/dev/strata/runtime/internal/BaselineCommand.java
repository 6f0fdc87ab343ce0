package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Commands.text;

import dev.strata.Version;
import dev.strata.runtime.JournalEvent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code baseline}: under the lock, adopts a database that Strata has never migrated by recording
 * one baseline row; everything up to its version counts as present.
 */
public final class BaselineCommand {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  private final MigratorOptions options;
  private final Sessions sessions;

  public BaselineCommand(MigratorOptions options) {
    this.options = options;
    this.sessions = new Sessions(options);
  }

  /** Records {@code version} as the baseline; refused once the history records anything. */
  public void baseline(String version) {
    Version baseline = Commands.version(version, "baseline version");
    sessions.locked(
        s -> {
          Snapshot snapshot = s.snapshot();
          Validation.noFailedEntries(snapshot, s.history().displayName());
          if (snapshot.hasHistory()) {
            throw FailureMessages.baselineOverHistory(
                baseline, s.history().displayName(), text(snapshot.newest()));
          }
          s.prepareHistory();
          s.createJournalIfMissing();
          s.inTransaction(
              () -> {
                try (History.Writer writer = s.history().writer(s.connection())) {
                  writer.insert(
                      snapshot.nextRank(),
                      baseline.text(),
                      "<< baseline >>",
                      HistoryRow.Type.BASELINE,
                      null,
                      List.of(),
                      0,
                      true,
                      null,
                      null);
                }
                s.runJournal().act(JournalEvent.BASELINED, baseline.text(), null);
              });
          LOG.info("Baselined {} at version {}", options.connections().describe(), baseline);
          return null;
        });
  }
}
