package dev.strata.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything the generators need, built from valid migrations only and sorted by version then class
 * name, so the same input always yields the same bytes.
 *
 * @param name the registry class
 * @param migrations in version order
 * @param dagger whether Dagger is on the processor path (then a Dagger module is generated)
 */
record RegistryModel(ClassName name, List<MigrationModel> migrations, boolean dagger) {

  RegistryModel {
    migrations = List.copyOf(migrations);
  }

  /** The Dagger module generated beside the registry: {@code <Registry>Module}. */
  ClassName module() {
    return name.peerClass(name.simpleName() + "Module");
  }

  /** Whether the registry must go through {@code migration}'s access helper. */
  boolean needsAccess(MigrationModel migration) {
    return !migration.reachable() && !migration.type().packageName().equals(name.packageName());
  }

  /** How generated code builds a migration. */
  enum Construction {
    /** {@code new X()}. */
    NO_ARG,
    /** Only Dagger can build it: its {@code @Inject} constructor takes parameters. */
    INJECT
  }

  /**
   * One migration.
   *
   * @param reachable whether the class, its constructor and its Strata methods are public, so code
   *     in any package may call them without an access helper
   * @param checksum SHA-256 of the methods' syntax trees; {@code null} without trees
   */
  record MigrationModel(
      TypeElement element,
      ClassName type,
      String version,
      String description,
      List<String> dependsOn,
      boolean transactional,
      List<String> owners,
      List<String> tags,
      String checksum,
      Construction construction,
      boolean reachable,
      List<StepModel> up,
      List<StepModel> down,
      List<CheckModel> preChecks,
      List<CheckModel> postChecks) {

    MigrationModel {
      dependsOn = List.copyOf(dependsOn);
      owners = List.copyOf(owners);
      tags = List.copyOf(tags);
      up = List.copyOf(up);
      down = List.copyOf(down);
      preChecks = List.copyOf(preChecks);
      postChecks = List.copyOf(postChecks);
    }

    /** {@code <Outer>_<Simple>_StrataAccess} in the migration's own package. */
    ClassName access() {
      return suffixed("_StrataAccess");
    }

    /** {@code <Outer>_<Simple>_StrataModule}: binds an {@code @Inject} migration into Dagger. */
    ClassName daggerModule() {
      return suffixed("_StrataModule");
    }

    private ClassName suffixed(String suffix) {
      return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + suffix);
    }
  }

  /**
   * An {@code @Up} or {@code @Down} method.
   *
   * @param dialects the dialect constants it covers, never empty ("all" is spelled out)
   */
  record StepModel(String method, List<String> dialects, int timeoutSeconds, int retries) {
    StepModel {
      dialects = List.copyOf(dialects);
    }
  }

  /** A {@code @PreCheck} or {@code @PostCheck} method. */
  record CheckModel(String method, String description) {}
}
