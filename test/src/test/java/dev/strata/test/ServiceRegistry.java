package dev.strata.test;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import java.util.List;

/** The registry {@code ServiceLoader} finds on the test class path, as a generated one would be. */
public final class ServiceRegistry implements MigrationRegistry {

  @Override
  public List<MigrationDescriptor> migrations() {
    return List.of(
        KitDb.migration(
            "1", List.of("create table found (id int primary key)"), List.of("drop table found")));
  }
}
