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
 * migration shows which one is running.
 */
final class ProgressPrinter implements MigrationListener {

  private final PrintWriter out;

  ProgressPrinter(PrintWriter out) {
    this.out = out;
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
