package dev.strata.cli;

import dev.strata.cli.BackfillMeter.Style;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --progress} and {@code --progress-interval}: how {@code migrate} shows a backfill. By
 * default a bar on a terminal, lines elsewhere; always lines with {@code --format json}, whose
 * progress goes to standard error.
 */
final class ProgressOption {

  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private Style style;
  private Duration interval = DEFAULT_INTERVAL;

  @Option(
      names = "--progress",
      paramLabel = "<style>",
      description =
          "How a backfill shows its progress: bar (one line redrawn in place), lines (a line"
              + " every --progress-interval and one at the end) or none. Default: bar when"
              + " standard input and output are a terminal, else lines.")
  void style(String value) {
    style =
        switch (value.toLowerCase(Locale.ROOT)) {
          case "bar" -> Style.BAR;
          case "lines" -> Style.LINES;
          case "none" -> Style.NONE;
          default ->
              throw new ParameterException(
                  spec.commandLine(),
                  "Invalid value for option '--progress': '%s' is not a progress style; write bar, lines or none"
                      .formatted(value));
        };
  }

  @Option(
      names = "--progress-interval",
      paramLabel = "<duration>",
      description = "With lines: how long between two lines, such as 10s or 1m. Default: 5s.")
  void interval(String value) {
    interval = Commands.duration(spec, "--progress-interval", value);
  }

  /** The style asked for, else the default for where the output goes. */
  Style style(boolean json) {
    if (style != null) {
      return style;
    }
    return !json && System.console() != null ? Style.BAR : Style.LINES;
  }

  Duration interval() {
    return interval;
  }
}
