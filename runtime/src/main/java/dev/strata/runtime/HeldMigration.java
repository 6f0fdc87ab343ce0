package dev.strata.runtime;

import dev.strata.Stage;
import dev.strata.runtime.internal.Remedies;
import java.time.Instant;
import java.util.List;

/**
 * A pending migration that {@code migrate} did not apply because a gate did not pass or its
 * attestation is not recorded: nothing of it ran, and it is not failed; a later run asks again.
 *
 * @param version its version
 * @param description what it does
 * @param change the change it is a stage of, or null
 * @param stage its stage in that change, or null
 * @param gates every gate's outcome, in source order (empty when it has none, or when they were not
 *     evaluated: see {@code docs/runtime.md})
 * @param attestation what a person must confirm ({@code @Attested}); null when nobody need
 * @param attested whether that attestation is recorded
 * @param holding the pending versions held behind it: its {@code dependsOn} dependents and the
 *     later stages of its change, transitively, in version order
 * @param evaluatedAt when it was held
 */
public record HeldMigration(
    String version,
    String description,
    String change,
    Stage stage,
    List<GateOutcome> gates,
    String attestation,
    boolean attested,
    List<String> holding,
    Instant evaluatedAt) {

  public HeldMigration {
    gates = List.copyOf(gates);
    holding = List.copyOf(holding);
  }

  /**
   * One readable block: the migration, each gate, the attestation, what it holds.
   *
   * <pre>
   * held 15 Drop customers.name (change customers-split-name, CONTRACT)
   *   gate noReads "no statement read customers.name for 14 days": not yet: 42 reads in the window
   *   attestation "a DBA confirmed …": not recorded: record an attestation (strata attest …)
   *   holds 16, 17
   * </pre>
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("held ").append(version).append(' ').append(description);
    if (change != null) {
      text.append(" (change ").append(change).append(", ").append(stage).append(')');
    }
    for (GateOutcome gate : gates) {
      text.append("\n  ").append(gate);
    }
    if (attestation != null) {
      text.append("\n  attestation \"").append(attestation).append("\": ");
      text.append(attested ? "recorded" : "not recorded: " + Remedies.attest(version));
    }
    if (!holding.isEmpty()) {
      text.append("\n  holds ").append(String.join(", ", holding));
    }
    return text.toString();
  }
}
