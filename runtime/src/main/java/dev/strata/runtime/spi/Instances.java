package dev.strata.runtime.spi;

import java.util.function.Function;

/**
 * The migrations of one registry, each created on first use of one of its steps or checks and kept:
 * listing a registry runs no user code, and a migration's steps share one instance.
 */
final class Instances {
  private final RegistryDispatch registry;
  private final Function<String, Object> injector; // null when ServiceLoader built the registry
  private final Object[] created;

  Instances(RegistryDispatch registry, Function<String, Object> injector, int size) {
    this.registry = registry;
    this.injector = injector;
    this.created = new Object[size];
  }

  /** Migration {@code index}; synchronized, so that concurrent first uses create it once. */
  synchronized Object get(int index) {
    Object instance = created[index];
    if (instance == null) {
      instance = registry.newInstance(index, this::inject);
      created[index] = instance;
    }
    return instance;
  }

  private Object inject(String className) {
    if (injector == null) {
      // the processor names the Dagger module <Registry>Module, beside the registry
      throw new IllegalStateException(
          className
              + " has an @Inject constructor with parameters, so only Dagger can build it; build"
              + " the Migrator with the MigrationRegistry that the generated Dagger module "
              + registry.getClass().getName()
              + "Module provides");
    }
    return injector.apply(className);
  }
}
