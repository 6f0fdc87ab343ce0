package dev.strata.runtime;

import java.time.Duration;

/**
 * Receives progress events of {@link Migrator#migrate()} and {@link Migrator#undo(String)}, waits
 * for the migration lock of every operation that takes it, and the warnings of the operations that
 * validate, on the migrating thread. A listener that throws does not stop the run; the exception is
 * logged.
 */
public interface MigrationListener {

  /** The migration is about to run. */
  default void started(MigrationEvent event) {}

  /** The migration ran and was recorded. */
  default void succeeded(MigrationEvent event, Duration duration) {}

  /** The migration failed; the run stops after this event. */
  default void failed(MigrationEvent event, MigrationException error) {}

  /**
   * Another process holds the migration lock, and this run waits for it (up to {@code
   * lockTimeout}); told once per wait, before any migration runs, by every operation that takes the
   * lock ({@code migrate}, {@code undo}, {@code baseline}, {@code repair}).
   *
   * @param holder who holds the lock, as far as the database shows: on PostgreSQL the holder's
   *     process id, with its application name, client address and connection time where this user
   *     may see them ({@code "pid 4242 (application 'billing', client 10.0.0.7, connected since
   *     2026-12-03 14:00:05 UTC)"}); else {@code "another process"}
   */
  default void waitingForLock(String holder) {}

  /**
   * Something the operation tolerates but a person should know, such as applied versions that only
   * a newer build knows (a rolled-back deploy); told once per operation, before any migration runs,
   * with the same text the log gets at {@code WARN}.
   */
  default void warning(String message) {}

  /**
   * A pending migration was held: a gate did not pass, or its attestation is not recorded. Nothing
   * of it ran; told once per held migration, after its gates ran and before the run goes on.
   */
  default void held(HeldMigration held) {}

  /**
   * A backfill committed a batch (and, with {@code finished}, its last one). Called on the thread
   * that runs the backfill, between batches: keep it quick.
   */
  default void backfillProgress(BackfillProgress progress) {}
}
