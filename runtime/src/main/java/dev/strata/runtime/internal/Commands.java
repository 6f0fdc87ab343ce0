package dev.strata.runtime.internal;

import dev.strata.Version;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationReport;
import java.time.Duration;
import java.util.List;

/** What the commands share: reading a version argument, and the report of a run. */
final class Commands {

  private Commands() {}

  /** {@code text} as a version; {@code what} names the argument in the refusal. */
  static Version version(String text, String what) {
    Version version = Version.parseOrNull(text);
    if (version == null) {
      throw FailureMessages.notAVersion(what, text);
    }
    return version;
  }

  /** The version as written, or null for none (an empty history). */
  static String text(Version version) {
    return version == null ? null : version.text();
  }

  /** The report of a run that started at {@code startNanos} ({@link System#nanoTime()}). */
  static MigrationReport report(
      String initial, String current, List<MigrationInfo> executed, long startNanos) {
    return new MigrationReport(
        initial, current, executed, Duration.ofNanos(System.nanoTime() - startNanos));
  }
}
