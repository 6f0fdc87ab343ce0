package dev.strata.cli;

import dev.strata.runtime.BackfillProgress;
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
 * warning are one line on the error stream. A backfill's progress is shown under its migration's
 * line by a {@link BackfillMeter}, and the line is then repeated with its duration.
 */
final class ProgressPrinter implements MigrationListener {

  private final PrintWriter out;
  private final PrintWriter err;
  private final BackfillMeter meter;

  /**
   * @param out where the per-migration lines and the backfill's progress go
   * @param err where the lines about waiting for the lock and the warnings go
   */
  ProgressPrinter(PrintWriter out, PrintWriter err, BackfillMeter.Style style, Duration interval) {
    this.out = out;
    this.err = err;
    this.meter = new BackfillMeter(out, style, interval);
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
    meter.reset();
    out.print(prefix(event));
    out.flush();
  }

  @Override
  public void backfillProgress(BackfillProgress progress) {
    meter.show(progress);
  }

  @Override
  public void succeeded(MigrationEvent event, Duration duration) {
    end(event, Formats.duration(duration));
  }

  @Override
  public void failed(MigrationEvent event, MigrationException error) {
    end(event, "FAILED");
  }

  /** Ends the migration's line, repeated when a backfill's progress was printed under it. */
  private void end(MigrationEvent event, String outcome) {
    meter.end();
    out.println(meter.printed() ? prefix(event) + outcome : outcome);
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
