package dev.strata.runtime;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * One row of {@link Migrator#status()}: a migration the registries know, the history records, or
 * both.
 *
 * @param version the version
 * @param description what the migration does
 * @param state where it stands
 * @param checksum the checksum (the applied one when applied, else the registry's); may be null
 * @param owners who owns it
 * @param installedOn when it was applied; null when not applied
 * @param installedBy the database user that applied it; null when not applied
 * @param executionMs how long it took, in milliseconds; null when not applied
 */
public record MigrationInfo(
    String version,
    String description,
    MigrationState state,
    String checksum,
    List<String> owners,
    Instant installedOn,
    String installedBy,
    Long executionMs) {

  public MigrationInfo {
    requireNonNull(version, "version");
    requireNonNull(description, "description");
    requireNonNull(state, "state");
    owners = List.copyOf(owners);
  }
}
