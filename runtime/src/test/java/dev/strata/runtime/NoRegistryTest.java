package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An application compiled without Strata's processor has no registry; its migrator must say so
 * instead of reporting that there is nothing to migrate. This module's test class path has no
 * {@code META-INF/services/dev.strata.runtime.MigrationRegistry}, as such an application.
 */
class NoRegistryTest {

  @Test
  void noRegistryOnTheClassPath_isAConfigurationErrorNamingTheProcessor() {
    MigrationException e =
        assertThrows(
            MigrationException.class, () -> Migrator.builder().url("jdbc:h2:mem:none").build());

    assertEquals(Reason.CONFIGURATION, e.reason());
    assertEquals(
        "No migrations found: no META-INF/services/dev.strata.runtime.MigrationRegistry is on the"
            + " class path, so no registry was generated when the migrations were compiled. Most"
            + " likely Strata's annotation processor did not run: add dev.strata:strata-processor"
            + " to the compiler's annotation processor path (Maven: maven-compiler-plugin's"
            + " annotationProcessorPaths), or turn on annotation processing in the IDE, and"
            + " rebuild.",
        e.getMessage());
  }

  @Test
  void aRegistryGivenToTheBuilder_needsNoServiceFile() {
    Migrator migrator = Migrator.builder().url("jdbc:h2:mem:given").registry(List::of).build();

    assertTrue(migrator.status().isEmpty());
  }
}
