package dev.strata.runtime;

import java.time.Duration;

/**
 * Receives progress events of {@link Migrator#migrate()} and {@link Migrator#undo(String)}, on the
 * migrating thread. A listener that throws does not stop the run; the exception is logged.
 */
public interface MigrationListener {

  /** The migration is about to run. */
  default void started(MigrationEvent event) {}

  /** The migration ran and was recorded. */
  default void succeeded(MigrationEvent event, Duration duration) {}

  /** The migration failed; the run stops after this event. */
  default void failed(MigrationEvent event, MigrationException error) {}
}
