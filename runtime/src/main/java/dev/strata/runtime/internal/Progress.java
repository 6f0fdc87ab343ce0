package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationEvent;
import dev.strata.runtime.MigrationEvent.Operation;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the log and the {@link MigrationListener} how a run goes, one migration at a time. A
 * listener that throws is logged and ignored: it must not decide whether a migration is applied.
 */
final class Progress {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");

  private final MigrationListener listener;

  Progress(MigrationListener listener) {
    this.listener = listener;
  }

  MigrationListener listener() {
    return listener;
  }

  /** The log's {@code WARN} and the listener's {@code warning}, with the same text. */
  void warning(String message) {
    LOG.warn(message);
    try {
      listener.warning(message);
    } catch (RuntimeException e) {
      LOG.warn("MigrationListener.warning threw; ignored", e);
    }
  }

  /** The event for migration {@code position} of {@code total}, announced to the listener. */
  MigrationEvent started(Operation operation, Known k, int position, int total) {
    MigrationEvent event =
        new MigrationEvent(
            operation, k.migration().version(), k.migration().description(), position, total);
    try {
      listener.started(event);
    } catch (RuntimeException e) {
      LOG.warn("MigrationListener.started threw; ignored", e);
    }
    return event;
  }

  void succeeded(MigrationEvent event, long ms) {
    LOG.info(
        "{} {} ({}) in {} ms [{}/{}]",
        event.operation() == Operation.APPLY ? "Applied" : "Undid",
        event.version(),
        event.description(),
        ms,
        event.position(),
        event.total());
    try {
      listener.succeeded(event, Duration.ofMillis(ms));
    } catch (RuntimeException e) {
      LOG.warn("MigrationListener.succeeded threw; ignored", e);
    }
  }

  void failed(MigrationEvent event, MigrationException error) {
    // Not the message: the MigrationException carries it to whoever reports it (the command line
    // prints it once), and a log line that repeats it would print every failure twice.
    LOG.info(
        "Failed {} ({}) [{}/{}]: {}",
        event.version(),
        event.description(),
        event.position(),
        event.total(),
        error.reason());
    try {
      listener.failed(event, error);
    } catch (RuntimeException e) {
      LOG.warn("MigrationListener.failed threw; ignored", e);
    }
  }
}
