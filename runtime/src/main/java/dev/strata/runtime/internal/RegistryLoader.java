package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.MigrationRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Merges registries into one list in version order, rejecting versions that two migrations
 * share. Registries come from the builder, or else from {@link ServiceLoader}: each module's
 * generated registry is listed in its {@code META-INF/services}, so nothing is scanned.
 */
public final class RegistryLoader {

  private RegistryLoader() {}

  /** The registries {@link ServiceLoader} finds through the thread's context class loader. */
  public static List<MigrationRegistry> discover() {
    List<MigrationRegistry> found = new ArrayList<>();
    ServiceLoader.load(MigrationRegistry.class).forEach(found::add);
    return List.copyOf(found);
  }

  /** Every migration of {@code registries}, in version order. */
  public static List<Known> merge(List<MigrationRegistry> registries) {
    Map<Version, Known> byVersion = new HashMap<>();
    List<String> offenders = new ArrayList<>();
    for (MigrationRegistry registry : registries) {
      for (MigrationDescriptor migration : registry.migrations()) {
        Version version = Version.parseOrNull(migration.version());
        if (version == null) {
          throw new MigrationException(Reason.CONFIGURATION, "Registry "
              + registry.getClass().getName() + " lists " + migration.className()
              + " with version '" + migration.version() + "', which is not a version; rebuild it"
              + " with the Strata processor");
        }
        Known known = new Known(version, migration, registry.getClass().getName());
        Known other = byVersion.putIfAbsent(version, known);
        if (other != null) {
          offenders.add("Found more than one migration with version " + version + "\nOffenders:\n-> "
              + other.migration().className() + " (" + other.registry() + ")\n-> "
              + migration.className() + " (" + known.registry() + ")");
        }
      }
    }
    if (!offenders.isEmpty()) {
      throw new MigrationException(Reason.CONFIGURATION, String.join("\n", offenders)
          + "\nGive one of each pair another version, or leave one registry out with"
          + " Migrator.builder().registry(...).");
    }
    return byVersion.values().stream().sorted(Comparator.comparing(Known::version)).toList();
  }

  /** A migration with its parsed version and the registry that listed it. */
  public record Known(Version version, MigrationDescriptor migration, String registry) {}
}
