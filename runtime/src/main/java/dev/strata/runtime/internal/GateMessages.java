package dev.strata.runtime.internal;

import dev.strata.runtime.HeldMigration;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import java.util.List;

/**
 * The words of gates, held migrations, attestations and changes: outcomes, the held block,
 * refusals.
 */
final class GateMessages {

  private GateMessages() {}

  static String returnedNull(String method) {
    return method + "() returned null; a gate returns Evidence.ok(...) or Evidence.notYet(...)";
  }

  static String timedOut(int seconds) {
    return "still running after its timeout of "
        + seconds
        + " s; stopped (raise timeoutSeconds on @Gate if it needs longer)";
  }

  static String statementTimedOut(int seconds, String said) {
    return "a statement ran past the gate's timeout of " + seconds + " s: " + said;
  }

  static String refusedWrite(String said) {
    return "the database refused a write, and gates run in a read-only transaction: " + said;
  }

  static String threw(Throwable e) {
    String said = Failures.describe(e);
    return e instanceof java.sql.SQLException || Failures.sqlState(e) != null
        ? said
        : e.getClass().getSimpleName() + ": " + said;
  }

  static String notAttested(String version) {
    return "the attestation of " + version + " is not recorded";
  }

  /** The log's one block for the held migrations of a run. */
  static String heldBlock(List<HeldMigration> held) {
    StringBuilder text =
        new StringBuilder()
            .append(held.size())
            .append(" migration(s) held; nothing of them ran, and a later run asks again:");
    for (HeldMigration h : held) {
      text.append('\n').append(h);
    }
    return text.toString();
  }

  /**
   * {@code stage(change)} for a name no registry lists: most likely a typo, which would otherwise
   * read as "not started" forever and keep the application on the old shape.
   */
  static MigrationException unknownChange(String change, java.util.Collection<String> known) {
    return new MigrationException(
        Reason.CONFIGURATION,
        "No change named '"
            + change
            + "' is in this build's registries, so it has no stage. "
            + (known.isEmpty()
                ? "They list no change at all."
                : "The changes they list: " + String.join(", ", known) + ".")
            + " Pass the name given in @Change(name = ...).");
  }

  static MigrationException attestUnknown(String version, List<String> attested) {
    return new MigrationException(
        Reason.VALIDATION,
        "Cannot attest "
            + version
            + ": no migration of this build has that version. "
            + (attested.isEmpty()
                ? "None of its migrations declares @Attested."
                : "Migrations that need an attestation: " + String.join(", ", attested) + "."));
  }

  static MigrationException attestNotAttested(String version, String description) {
    return new MigrationException(
        Reason.VALIDATION,
        "Cannot attest "
            + version
            + " ("
            + description
            + "): it does not declare @Attested, so it needs no attestation; its gates alone"
            + " decide whether it applies.");
  }

  static MigrationException attestApplied(String version, String description) {
    return new MigrationException(
        Reason.VALIDATION,
        "Cannot attest "
            + version
            + " ("
            + description
            + "): it is already applied; an attestation only lets a pending migration apply.");
  }

  static MigrationException attestWithoutName(String what) {
    return new MigrationException(
        Reason.CONFIGURATION,
        "Cannot attest without "
            + what
            + ": say who confirmed it and what they checked"
            + " (--by NAME --note TEXT, or Migrator.attest(version, by, note))");
  }
}
