package dev.strata.runtime;

import java.util.List;

/**
 * The migrations of one compilation, as the Strata annotation processor generated them. Each
 * generated registry is listed in {@code META-INF/services/dev.strata.runtime.MigrationRegistry},
 * so the runtime finds every module's registry with {@link java.util.ServiceLoader}, without
 * scanning the classpath.
 */
public interface MigrationRegistry {

  /** The migrations, in version order. */
  List<MigrationDescriptor> migrations();
}
