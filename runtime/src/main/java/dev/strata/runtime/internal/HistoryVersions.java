package dev.strata.runtime.internal;

import dev.strata.Version;

/** Parses the versions written in the history, which a person may have edited. */
final class HistoryVersions {

  private HistoryVersions() {}

  static Version parse(HistoryRow row) {
    Version version = Version.parseOrNull(row.version());
    if (version == null) {
      throw FailureMessages.notAHistoryVersion(row);
    }
    return version;
  }
}
