package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.MigrationStep;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Registries and history rows for the runtime's unit tests, written as a person would. */
final class Registries {

  private Registries() {}

  /** A registry listing {@code migrations} as given. */
  record Listed(List<MigrationDescriptor> migrations) implements MigrationRegistry {}

  /** A second registry class, so that messages can tell two registries apart. */
  record Other(List<MigrationDescriptor> migrations) implements MigrationRegistry {}

  static MigrationDescriptor migration(String version, String className, String checksum) {
    return new MigrationDescriptor(
        version,
        "migration " + version,
        className,
        List.of(),
        true,
        List.of(),
        List.of(),
        checksum,
        List.of(new MigrationStep("up", Set.of(Dialect.H2), 0, 0, db -> {})),
        List.of(),
        List.of(),
        List.of());
  }

  static MigrationDescriptor migration(String version) {
    return migration(version, "app.V" + version.replace('.', '_'), "sum" + version);
  }

  static List<RegistryLoader.Known> known(String... versions) {
    return RegistryLoader.merge(
        List.of(new Listed(Arrays.stream(versions).map(Registries::migration).toList())));
  }

  static HistoryRow row(int rank, String version, HistoryRow.Type type, String checksum) {
    return new HistoryRow(
        rank,
        version,
        "migration " + version,
        type,
        checksum,
        List.of(),
        null,
        null,
        0,
        true,
        null,
        null);
  }

  /** A MIGRATE row of a non-transactional migration that failed. */
  static HistoryRow failed(int rank, String version, String description, String checksum) {
    return new HistoryRow(
        rank,
        version,
        description,
        HistoryRow.Type.MIGRATE,
        checksum,
        List.of(),
        null,
        null,
        0,
        false,
        null,
        null);
  }

  static HistoryRow applied(int rank, String version) {
    return row(rank, version, HistoryRow.Type.MIGRATE, "sum" + version);
  }
}
