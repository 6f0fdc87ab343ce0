package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Registries.migration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.Version;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.internal.Registries.Listed;
import dev.strata.runtime.internal.Registries.Other;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryLoaderTest {

  private static List<String> versions(List<Known> known) {
    return known.stream().map(k -> k.migration().version()).toList();
  }

  @Test
  void oneRegistry_keepsItsOrder() {
    List<Known> known =
        RegistryLoader.merge(
            List.of(
                new Listed(
                    List.of(migration("1"), migration("1.1"), migration("2"), migration("10")))));
    assertEquals(List.of("1", "1.1", "2", "10"), versions(known));
    assertEquals(Listed.class.getName(), known.get(0).registry());
    assertEquals(Version.parseOrNull("1.1"), known.get(1).version());
  }

  @Test
  void severalRegistries_areMergedInVersionOrder() {
    List<Known> known =
        RegistryLoader.merge(
            List.of(
                new Listed(List.of(migration("1"), migration("3"), migration("10"))),
                new Other(List.of(migration("2"), migration("4"), migration("9.1")))));
    assertEquals(List.of("1", "2", "3", "4", "9.1", "10"), versions(known));
    assertEquals(Other.class.getName(), known.get(1).registry());
  }

  @Test
  void aRegistryOutOfOrder_isSorted() {
    List<Known> known =
        RegistryLoader.merge(
            List.of(new Listed(List.of(migration("10"), migration("2"), migration("1.5")))));
    assertEquals(List.of("1.5", "2", "10"), versions(known));
  }

  @Test
  void sharedVersions_nameEveryPairInTheRegistriesOrder() {
    MigrationException e =
        assertThrows(
            MigrationException.class,
            () ->
                RegistryLoader.merge(
                    List.of(
                        new Listed(
                            List.of(migration("1", "a.One", null), migration("2", "a.Two", null))),
                        new Other(
                            List.of(
                                migration("2.0", "b.Two", null),
                                migration("1", "b.One", null),
                                migration("2", "b.Second", null))))));
    String listed = Listed.class.getName();
    String other = Other.class.getName();
    assertEquals(MigrationException.Reason.CONFIGURATION, e.reason());
    assertEquals(
        "Found more than one migration with version 2.0\nOffenders:\n"
            + "-> a.Two ("
            + listed
            + ")\n-> b.Two ("
            + other
            + ")\n"
            + "Found more than one migration with version 1\nOffenders:\n"
            + "-> a.One ("
            + listed
            + ")\n-> b.One ("
            + other
            + ")\n"
            + "Found more than one migration with version 2\nOffenders:\n"
            + "-> a.Two ("
            + listed
            + ")\n-> b.Second ("
            + other
            + ")\n"
            + "Give one of each pair another version, or leave one registry out by listing the"
            + " others with registry(...) on Migrator.builder() (for the command line, in the"
            + " application's MigratorFactory).",
        e.getMessage());
  }

  @Test
  void notAVersion_namesTheRegistryAndTheClass() {
    MigrationException e =
        assertThrows(
            MigrationException.class,
            () ->
                RegistryLoader.merge(
                    List.of(new Listed(List.of(migration("1"), migration("1.x", "a.Bad", null))))));
    assertEquals(MigrationException.Reason.CONFIGURATION, e.reason());
    assertEquals(
        "Registry "
            + Listed.class.getName()
            + " lists a.Bad with version '1.x', which is"
            + " not a version; rebuild it with the Strata processor",
        e.getMessage());
  }
}
