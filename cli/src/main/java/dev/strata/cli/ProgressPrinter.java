package dev.strata.cli;

import dev.strata.runtime.MigrationEvent;
import dev.strata.runtime.MigrationEvent.Operation;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationListener;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Prints one line per migration as a run executes it: {@code [3/12] 3 add email verified ... 14
 * ms}. The start of the line is printed (and flushed) when the migration starts, so a slow
 * migration shows which one is running. A wait for another process's migration lock and each
 * warning are one line on the error stream.
 */
final class ProgressPrinter implements MigrationListener {

  private final PrintWriter out;
  private final PrintWriter err;

  /**
   * @param out where the per-migration lines go
   * @param err where the lines about waiting for the lock and the warnings go
   */
  ProgressPrinter(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void waitingForLock(String holder) {
    err.println("waiting for the migration lock held by " + holder);
    err.flush();
  }

  @Override
  public void warning(String message) {
    err.println("warning: " + message);
    err.flush();
  }

  @Override
  public void started(MigrationEvent event) {
    out.print(prefix(event));
    out.flush();
  }

  @Override
  public void succeeded(MigrationEvent event, Duration duration) {
    out.println(Formats.duration(duration));
    out.flush();
  }

  @Override
  public void failed(MigrationEvent event, MigrationException error) {
    out.println("FAILED");
    out.flush();
  }

  static String prefix(MigrationEvent event) {
    String undo = event.operation() == Operation.UNDO ? "undo " : "";
    return "["
        + event.position()
        + "/"
        + event.total()
        + "] "
        + undo
        + event.version()
        + "  "
        + event.description()
        + " ... ";
  }
}
