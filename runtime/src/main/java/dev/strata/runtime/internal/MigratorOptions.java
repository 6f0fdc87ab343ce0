package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.time.Duration;
import java.util.List;
import org.jooq.ExecuteListener;

/**
 * Everything {@code Migrator.Builder} collected, immutable; every command reads it.
 *
 * @param journalTable the journal table's name, checked as the history's
 * @param schema the history table's schema, also the migrations' default schema during a run; null
 *     for the connection's current schema
 * @param allowFuture whether applied versions above everything this build knows are tolerated
 * @param backfillTable the backfills' progress table's name, checked as the history's
 * @param waitForBackfill whether a migrate waits out another process's running backfill as any
 *     lock, instead of returning at once
 */
public record MigratorOptions(
    ConnectionSource connections,
    List<Known> migrations,
    String historyTable,
    String journalTable,
    String schema,
    boolean outOfOrder,
    boolean allOrNothing,
    boolean allowFuture,
    MigrationListener listener,
    List<ExecuteListener> executeListeners,
    Duration lockTimeout,
    String backfillTable,
    boolean waitForBackfill) {

  public MigratorOptions {
    migrations = List.copyOf(migrations);
    executeListeners = List.copyOf(executeListeners);
  }

  /** These options with {@code allowFuture} instead. */
  public MigratorOptions withAllowFuture(boolean allowFuture) {
    return new MigratorOptions(
        connections,
        migrations,
        historyTable,
        journalTable,
        schema,
        outOfOrder,
        allOrNothing,
        allowFuture,
        listener,
        executeListeners,
        lockTimeout,
        backfillTable,
        waitForBackfill);
  }

  /** These options with another lock timeout. */
  public MigratorOptions withLockTimeout(Duration timeout) {
    return new MigratorOptions(
        connections,
        migrations,
        historyTable,
        journalTable,
        schema,
        outOfOrder,
        allOrNothing,
        allowFuture,
        listener,
        executeListeners,
        timeout,
        backfillTable,
        waitForBackfill);
  }
}
