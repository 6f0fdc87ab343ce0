package dev.strata.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How durations, instants and counts read in the command line's output. */
final class Formats {

  // UTC so that the same table reads the same on every server of a deployment.
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Formats() {}

  static String millis(long millis) {
    if (millis < 10_000) {
      return millis + " ms";
    }
    if (millis < 120_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    return (millis / 60_000) + " min " + (millis % 60_000) / 1000 + " s";
  }

  static String duration(Duration duration) {
    return millis(duration.toMillis());
  }

  /**
   * A time to wait or waited, to the nearest second: {@code 8 s}, {@code 2 min 5 s}, {@code 1 h 3
   * min}.
   */
  static String seconds(Duration duration) {
    long s = Math.max(0, Math.round(duration.toMillis() / 1000.0)); // 0.9 s left reads "1 s"
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min " + s % 60 + " s";
    }
    return s / 3600 + " h " + s % 3600 / 60 + " min";
  }

  static String instant(Instant instant) {
    return INSTANT.format(instant);
  }

  /** An enum value as the output writes it, {@code out_of_order}; null for null. */
  static String lowerCase(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }

  /** {@code 1 migration}, {@code 2 migrations}. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
