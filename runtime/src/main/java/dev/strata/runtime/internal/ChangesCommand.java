package dev.strata.runtime.internal;

import dev.strata.Stage;
import dev.strata.Version;
import dev.strata.runtime.ChangeInfo;
import dev.strata.runtime.ChangeMigration;
import dev.strata.runtime.HeldMigration;
import dev.strata.runtime.JournalEntry;
import dev.strata.runtime.JournalEvent;
import dev.strata.runtime.JournalQuery;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's commands: {@code journal} and {@code changes} read without the lock, {@code attest}
 * writes its row under it.
 */
public final class ChangesCommand {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  private final MigratorOptions options;
  private final Sessions sessions;

  public ChangesCommand(MigratorOptions options) {
    this.options = options;
    this.sessions = new Sessions(options);
  }

  public List<JournalEntry> journal(JournalQuery query) {
    return sessions.unlocked(s -> s.journal().read(s.connection(), query));
  }

  /** Records an attestation of {@code version}; refuses before anything is written. */
  public JournalEntry attest(String version, String by, String note) {
    if (by.isBlank()) {
      throw GateMessages.attestWithoutName("a name (by)");
    }
    if (note.isBlank()) {
      throw GateMessages.attestWithoutName("a note");
    }
    Version v = Commands.version(version, "version to attest");
    Known k =
        options.migrations().stream()
            .filter(m -> m.version().equals(v))
            .findFirst()
            .orElseThrow(
                () ->
                    GateMessages.attestUnknown(
                        version,
                        options.migrations().stream()
                            .map(Known::migration)
                            .filter(m -> m.attestation() != null)
                            .map(MigrationDescriptor::version)
                            .toList()));
    MigrationDescriptor m = k.migration();
    if (m.attestation() == null) {
      throw GateMessages.attestNotAttested(m.version(), m.description());
    }
    return sessions.locked(
        s -> {
          Snapshot snapshot = s.snapshot();
          if (snapshot.isApplied(v)
              || (snapshot.baseline() != null && v.compareTo(snapshot.baseline()) <= 0)) {
            throw GateMessages.attestApplied(m.version(), m.description());
          }
          s.createJournalIfMissing();
          s.willWrite();
          s.journal()
              .insert(
                  s.connection(),
                  new Journal.Row(
                      null,
                      JournalEvent.ATTESTED,
                      m.version(),
                      m.change(),
                      m.stage(),
                      by,
                      m.owners(),
                      List.of(),
                      note,
                      null));
          LOG.info("Attested {} ({}) by {}", m.version(), m.description(), by);
          List<JournalEntry> rows =
              s.journal()
                  .read(
                      s.connection(),
                      JournalQuery.all()
                          .version(m.version())
                          .events(JournalEvent.ATTESTED)
                          .limit(1));
          return rows.get(0);
        });
  }

  /** Every change by name; read-only, no gate evaluated. */
  public List<ChangeInfo> changes() {
    return sessions.unlocked(
        s -> {
          Snapshot snapshot = s.snapshot();
          Map<String, MigrationState> states = states(snapshot);
          List<Known> pending = snapshot.pending(null);
          Map<String, JournalEntry> lastHeld = new HashMap<>();
          Set<String> attested = Set.of();
          if (s.journal().exists(s.connection())) {
            for (JournalEntry e :
                s.journal().read(s.connection(), JournalQuery.all().events(JournalEvent.HELD))) {
              lastHeld.put(e.version(), e); // oldest first: the last one stays
            }
            attested = s.journal().attested(s.connection());
          }
          Map<String, List<Known>> byChange = new TreeMap<>();
          for (Known k : snapshot.known()) {
            if (k.migration().change() != null) {
              byChange.computeIfAbsent(k.migration().change(), c -> new ArrayList<>()).add(k);
            }
          }
          List<ChangeInfo> changes = new ArrayList<>();
          for (Map.Entry<String, List<Known>> c : byChange.entrySet()) {
            List<ChangeMigration> migrations = new ArrayList<>();
            List<HeldMigration> held = new ArrayList<>();
            for (Known k : c.getValue()) {
              MigrationDescriptor m = k.migration();
              migrations.add(migration(k, states));
              JournalEntry row = lastHeld.get(m.version());
              if (row != null && GateBound.gated(m) && pending.contains(k)) {
                held.add(
                    new HeldMigration(
                        m.version(),
                        m.description(),
                        m.change(),
                        m.stage(),
                        row.gates(),
                        m.attestation(),
                        m.attestation() != null && attested.contains(m.version()),
                        GateBound.heldBehind(k, pending),
                        row.at()));
              }
            }
            changes.add(new ChangeInfo(c.getKey(), reached(migrations), migrations, held));
          }
          return List.copyOf(changes);
        });
  }

  /** Each version's state, as {@code status()} says. */
  static Map<String, MigrationState> states(Snapshot snapshot) {
    Map<String, MigrationState> states = new HashMap<>();
    for (MigrationInfo info : snapshot.status()) {
      states.putIfAbsent(info.version(), info.state());
    }
    return states;
  }

  /** {@code k} as a change reports it, in the state {@code states} gives its version. */
  static ChangeMigration migration(Known k, Map<String, MigrationState> states) {
    MigrationDescriptor m = k.migration();
    MigrationState state = states.getOrDefault(m.version(), MigrationState.PENDING);
    return new ChangeMigration(m.version(), m.description(), m.stage(), state);
  }

  /** The highest stage whose migrations, and every earlier stage's, are all applied; or null. */
  static Stage reached(List<ChangeMigration> migrations) {
    Stage reached = null;
    for (Stage stage : Stage.values()) {
      List<ChangeMigration> at = migrations.stream().filter(m -> m.stage() == stage).toList();
      if (at.isEmpty()) {
        continue;
      }
      if (!at.stream().allMatch(ChangesCommand::present)) {
        break;
      }
      reached = stage;
    }
    return reached;
  }

  private static boolean present(ChangeMigration m) {
    return m.state() == MigrationState.APPLIED || m.state() == MigrationState.BELOW_BASELINE;
  }
}
