package dev.strata.runtime;

import dev.strata.Stage;
import java.time.Instant;
import java.util.List;

/**
 * One row of the journal: an attempt ({@code APPLIED}, {@code FAILED}, {@code HELD}, {@code
 * UNDONE}) or an act ({@code BASELINED}, {@code REPAIRED}, {@code ATTESTED}).
 *
 * @param id the row's number, increasing in the order rows were written
 * @param at when the database wrote it
 * @param runId the run that wrote it, one per {@code migrate} (or {@code undo}, {@code baseline},
 *     {@code repair}) call; null for {@code ATTESTED}
 * @param event what happened
 * @param version the migration's version (the baseline's for {@code BASELINED})
 * @param change its change, or null
 * @param stage its stage, or null
 * @param actor the database user, or the person an attestation names
 * @param owners the migration's owners
 * @param gates each gate's outcome: for {@code HELD}, and for {@code APPLIED} of a gated migration
 * @param note the attestation's note; for {@code REPAIRED} what was repaired; else null
 * @param error for {@code FAILED}, the failure's message; else null
 */
public record JournalEntry(
    long id,
    Instant at,
    String runId,
    JournalEvent event,
    String version,
    String change,
    Stage stage,
    String actor,
    List<String> owners,
    List<GateOutcome> gates,
    String note,
    String error) {

  public JournalEntry {
    owners = List.copyOf(owners);
    gates = List.copyOf(gates);
  }
}
