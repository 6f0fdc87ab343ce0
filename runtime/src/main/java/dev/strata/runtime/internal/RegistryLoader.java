package dev.strata.runtime.internal;

import dev.strata.Version;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Merges registries into one list in version order, rejecting versions that two migrations share.
 * Registries come from the builder, or else from {@link ServiceLoader}: each module's generated
 * registry is listed in its {@code META-INF/services}, so nothing is scanned.
 */
public final class RegistryLoader {

  private RegistryLoader() {}

  /**
   * The registries {@link ServiceLoader} finds through the thread's context class loader; none is a
   * configuration error, not an empty list. An application with migrations always has one, so none
   * means the processor did not run when they were compiled, and reporting "nothing to migrate"
   * would hide that until the first deploy that needed a migration.
   */
  public static List<MigrationRegistry> discover() {
    List<MigrationRegistry> found = new ArrayList<>();
    ServiceLoader.load(MigrationRegistry.class).forEach(found::add);
    if (found.isEmpty()) {
      throw FailureMessages.noRegistry();
    }
    return List.copyOf(found);
  }

  /**
   * Every migration of {@code registries}, in version order. Each registry lists its migrations in
   * version order already, so one registry needs no sorting, and sorting several is a merge.
   */
  public static List<Known> merge(List<MigrationRegistry> registries) {
    List<Known> all = new ArrayList<>();
    boolean ascending = true;
    for (MigrationRegistry registry : registries) {
      String name = registry.getClass().getName();
      for (MigrationDescriptor migration : registry.migrations()) {
        ascending = add(all, migration, name) && ascending;
      }
    }
    if (ascending) {
      return List.copyOf(all); // strictly ascending: no version twice
    }
    List<Known> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(Known::version)); // stable: a merge of the registries' runs
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).version().equals(sorted.get(i).version())) {
        throw duplicates(all);
      }
    }
    return List.copyOf(sorted);
  }

  /**
   * Adds {@code migration} to {@code all} and says whether it is newer than the entry before. A
   * method per entry, so that the JIT compiles it early: the loop calling it runs once per build.
   */
  private static boolean add(List<Known> all, MigrationDescriptor migration, String registry) {
    Version version = version(migration, registry);
    boolean ascending = all.isEmpty() || all.get(all.size() - 1).version().compareTo(version) < 0;
    all.add(new Known(version, migration, registry));
    return ascending;
  }

  private static Version version(MigrationDescriptor migration, String registry) {
    Version version = Version.parseOrNull(migration.version());
    if (version == null) {
      throw FailureMessages.notARegistryVersion(registry, migration);
    }
    return version;
  }

  /** The error for versions that two migrations share: each pair, in the registries' order. */
  private static MigrationException duplicates(List<Known> all) {
    Map<Version, Known> byVersion = new HashMap<>();
    List<String> offenders = new ArrayList<>();
    for (Known known : all) {
      Known other = byVersion.putIfAbsent(known.version(), known);
      if (other != null) {
        offenders.add(FailureMessages.duplicateVersion(other, known));
      }
    }
    return FailureMessages.duplicateVersions(offenders);
  }

  /** A migration with its parsed version and the registry that listed it. */
  public record Known(Version version, MigrationDescriptor migration, String registry) {}
}
