package dev.strata.runtime.internal;

import dev.strata.Version;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;

/** Parses the versions written in the history, which a person may have edited. */
final class HistoryVersions {

  private HistoryVersions() {}

  static Version parse(HistoryRow row) {
    Version version = Version.parseOrNull(row.version());
    if (version == null) {
      throw new MigrationException(
          Reason.VALIDATION,
          "The history row with rank "
              + row.rank()
              + " has version '"
              + row.version()
              + "', which is not a version Strata writes; fix or"
              + " delete that row by hand.");
    }
    return version;
  }
}
