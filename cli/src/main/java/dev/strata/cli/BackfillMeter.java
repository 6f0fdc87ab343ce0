package dev.strata.cli;

import dev.strata.runtime.BackfillProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows how far a running backfill got. On a terminal ({@link Style#BAR}) one line is redrawn in
 * place with {@code \r}: a bar of the estimated keys, the keys done, the rate and the time left,
 * ended with a newline after the last batch. Elsewhere ({@link Style#LINES}: a log, a pipe) a line
 * is printed once per interval of backfilling and once at the end, so a deploy log stays short.
 *
 * <p>Time is read from {@link BackfillProgress#elapsed()}, not a clock: what is shown depends only
 * on the events, so a test feeds fixed values.
 */
final class BackfillMeter {

  /** How progress is shown. */
  enum Style {
    BAR,
    LINES,
    NONE
  }

  private static final int BAR_WIDTH = 20;
  // the narrowest terminal in common use is 80 columns; the last one is left for the cursor
  private static final int COLUMNS = 79;
  // a terminal redrawn on every batch of a fast table would flicker and cost more than the batch
  private static final Duration REDRAW = Duration.ofMillis(200);

  private final PrintWriter out;
  private final Style style;
  private final Duration interval;

  private Duration shownAt;
  private int drawnLength;
  private boolean printed;
  private boolean barOpen;

  /**
   * @param out where the bar or the lines go
   * @param interval how long between two lines with {@link Style#LINES}
   */
  BackfillMeter(PrintWriter out, Style style, Duration interval) {
    this.out = out;
    this.style = style;
    this.interval = interval;
  }

  /** A migration starts: what follows is a new backfill, on a line of its own. */
  void reset() {
    shownAt = null;
    drawnLength = 0;
    printed = false;
    barOpen = false;
  }

  /** Ends a bar left open by a backfill that stopped before its last batch. */
  void end() {
    if (barOpen) {
      out.println();
      barOpen = false;
    }
  }

  /**
   * Whether anything was shown since {@link #reset}: the caller's open line was then ended with a
   * newline.
   */
  boolean printed() {
    return printed;
  }

  /** Shows {@code progress} if it is time to: the bar at most every 200 ms, lines per interval. */
  void show(BackfillProgress progress) {
    if (style == Style.NONE) {
      return;
    }
    // lines: the first after one interval of backfilling (a short backfill prints only its end)
    Duration last = shownAt != null ? shownAt : style == Style.BAR ? null : Duration.ZERO;
    Duration every = style == Style.BAR ? REDRAW : interval;
    boolean due = last == null || progress.elapsed().compareTo(last.plus(every)) >= 0;
    if (!due && !progress.finished()) {
      return;
    }
    if (!printed) {
      out.println(); // ends the line the migration started
      printed = true;
    }
    shownAt = progress.elapsed();
    if (style == Style.BAR) {
      draw(bar(progress), progress.finished());
    } else {
      out.println(line(progress));
    }
    out.flush();
  }

  /** Redraws the bar over the previous one, blanking what a longer previous one left. */
  private void draw(String bar, boolean finished) {
    String padding = " ".repeat(Math.max(0, drawnLength - bar.length()));
    out.print("\r" + bar + padding);
    drawnLength = bar.length();
    barOpen = !finished;
    if (finished) {
      out.println();
    }
  }

  /**
   * {@code orders [########------------] 42% 420,000 keys 35,000 rows/s ETA 15 s}; without an
   * estimate, no bar and no percent. Never wider than {@link #COLUMNS}: a line that wraps could not
   * be redrawn with {@code \r}, so a long one drops its bar, then its end.
   */
  static String bar(BackfillProgress p) {
    String full = bar(p, true);
    if (full.length() <= COLUMNS) {
      return full;
    }
    String shorter = bar(p, false);
    return shorter.length() <= COLUMNS ? shorter : shorter.substring(0, COLUMNS);
  }

  private static String bar(BackfillProgress p, boolean withBar) {
    StringBuilder text = new StringBuilder("  ").append(p.table()).append(' ');
    int percent = percent(p);
    if (percent >= 0) {
      int filled = percent * BAR_WIDTH / 100;
      if (withBar) {
        text.append('[')
            .append("#".repeat(filled))
            .append("-".repeat(BAR_WIDTH - filled))
            .append("] ");
      }
      text.append(String.format(Locale.ROOT, "%3d%% ", percent)); // the lines show the estimate
    }
    text.append(number(p.keys()));
    text.append(" keys ").append(rate(p));
    if (p.finished()) {
      text.append(" done in ").append(Formats.seconds(p.elapsed()));
    } else if (p.remaining() != null) {
      text.append(" ETA ").append(Formats.seconds(p.remaining()));
    }
    return text.toString();
  }

  /**
   * {@code backfill 7 orders: 420,000 of ~1,000,000 keys (42%), 410,000 rows in 420 batches, 35,000
   * rows/s, about 17 s left}.
   */
  static String line(BackfillProgress p) {
    StringBuilder text =
        new StringBuilder("  backfill ")
            .append(p.version())
            .append(' ')
            .append(p.table())
            .append(p.finished() ? " done: " : ": ")
            .append(number(p.keys()));
    int percent = percent(p);
    if (percent >= 0 && !p.finished()) {
      text.append(" of ~")
          .append(number(Math.max(p.keys(), p.estimatedKeys())))
          .append(" keys (")
          .append(percent)
          .append("%)");
    } else {
      text.append(" keys");
    }
    text.append(", ")
        .append(number(p.rows()))
        .append(p.rows() == 1 ? " row in " : " rows in ")
        .append(number(p.batches()))
        .append(p.batches() == 1 ? " batch, " : " batches, ")
        .append(rate(p));
    if (p.finished()) {
      text.append(", in ").append(Formats.seconds(p.elapsed()));
    } else if (p.remaining() != null) {
      text.append(", about ").append(Formats.seconds(p.remaining())).append(" left");
    }
    return text.toString();
  }

  /**
   * Percent of the estimated keys, 100 only once finished (statistics lag, so keys may pass the
   * estimate before the end); -1 without an estimate.
   */
  private static int percent(BackfillProgress p) {
    if (p.finished()) {
      return 100;
    }
    if (p.estimatedKeys() <= 0) {
      return -1;
    }
    return (int) Math.min(99, p.keys() * 100 / p.estimatedKeys());
  }

  private static String rate(BackfillProgress p) {
    return String.format(Locale.ROOT, "%,.0f rows/s", p.rowsPerSecond());
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
