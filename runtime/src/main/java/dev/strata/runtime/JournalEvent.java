package dev.strata.runtime;

/** What a row of the journal ({@link Migrator#journal(JournalQuery)}) records. */
public enum JournalEvent {
  /** A migration applied, committed with it. */
  APPLIED,
  /** A migration that failed; written after its transaction rolled back. */
  FAILED,
  /** A migration held by its gates or a missing attestation: nothing of it ran. */
  HELD,
  /** A migration undone, committed with its {@code @Down}. */
  UNDONE,
  /** The baseline recorded by {@link Migrator#baseline(String)}. */
  BASELINED,
  /** A history entry removed or realigned by {@link Migrator#repair()}. */
  REPAIRED,
  /** An attestation recorded by {@link Migrator#attest(String, String, String)}. */
  ATTESTED
}
