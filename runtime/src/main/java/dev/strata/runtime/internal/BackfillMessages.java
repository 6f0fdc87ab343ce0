package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationBackfill;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.internal.RegistryLoader.Known;

/** The messages of backfills: what happened, what stays committed, and how to go on. */
final class BackfillMessages {

  private BackfillMessages() {}

  private static String subject(MigrationDescriptor m) {
    return "Migration %s (%s, %s)".formatted(m.version(), m.description(), m.className());
  }

  /** The key cannot be walked ({@code VALIDATION}): nothing of the migration ran. */
  static MigrationException badKey(Known k, String why) {
    MigrationDescriptor m = k.migration();
    MigrationBackfill b = m.backfill();
    return new MigrationException(
        Reason.VALIDATION,
        "%s: its @Backfill %s() walks table %s by key column %s, but %s. Nothing ran."
            .formatted(subject(m), b.method(), b.table(), b.key(), why),
        m.version(),
        "@Backfill " + b.method() + "()",
        null,
        null);
  }

  static MigrationException cannotPlan(Known k, Exception e) {
    MigrationDescriptor m = k.migration();
    String step = "@Backfill " + m.backfill().method() + "()";
    return new MigrationException(
        Reason.MIGRATION_FAILED,
        ("Cannot plan migration %s (%s): %s threw while the SQL of its first batch was recorded:"
                + " %s. A plan runs the batch against a database that returns no rows; code that"
                + " needs data or metadata cannot be planned.")
            .formatted(m.version(), m.className(), step, Failures.describe(e)),
        m.version(),
        step,
        null,
        e);
  }

  /**
   * The progress row was written for another table, key or key type than the migration now has
   * ({@code CONFIGURATION}): its keys would mean nothing for this one.
   */
  static MigrationException otherKey(
      Known k, BackfillTable.Row row, BackfillTable.KeyType type, String table) {
    MigrationDescriptor m = k.migration();
    MigrationBackfill b = m.backfill();
    return new MigrationException(
        Reason.CONFIGURATION,
        ("%s: its backfill started on table %s by key %s (%s), and its @Backfill now walks table %s"
                + " by key %s (%s): the %d batch(es) done cannot be resumed on it. Restore the"
                + " migration as it was, or delete its row from %s (where version = '%s') to"
                + " start it over from the beginning. Nothing ran.")
            .formatted(
                subject(m),
                row.tableName(),
                row.keyColumn(),
                row.keyType().name().toLowerCase(java.util.Locale.ROOT),
                b.table(),
                b.key(),
                type.name().toLowerCase(java.util.Locale.ROOT),
                row.batches(),
                table,
                m.version()),
        m.version(),
        "@Backfill " + b.method() + "()",
        null,
        null);
  }

  /**
   * A step of the backfill failed finally; {@code row} is the progress row of the last committed
   * batch (null when no batch ran in this run and none before).
   */
  static MigrationException failed(Known k, StepFailure f, BackfillTable.Row row, String table) {
    MigrationDescriptor m = k.migration();
    String kept =
        row == null || row.batches() == 0
            ? "No batch of it committed yet; migrate again starts it from the beginning."
            : ("The %d batch(es) before it committed (%d keys, %d rows, up to key %s), and the"
                    + " progress row in %s says so: fix the cause and migrate again, it resumes"
                    + " after key %s.")
                .formatted(
                    row.batches(), row.keys(), row.rows(), row.lastKey(), table, row.lastKey());
    Throwable cause = f.getCause();
    return new MigrationException(
        Reason.MIGRATION_FAILED,
        "%s failed in %s: %s. It is a backfill: each batch commits on its own. %s"
            .formatted(
                subject(m), f.step(), cause == null ? "it failed" : Failures.describe(cause), kept),
        m.version(),
        f.step(),
        cause == null ? null : Failures.sqlState(cause),
        cause);
  }
}
