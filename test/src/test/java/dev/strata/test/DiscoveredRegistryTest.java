package dev.strata.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.Dialect;
import org.junit.jupiter.api.Test;

/** Without a registry the rehearsal takes those on the class path, as {@code Migrator} does. */
class DiscoveredRegistryTest {

  @Test
  void rehearsesTheRegistriesOnTheClassPath() throws Exception {
    try (KitDb db = KitDb.create(Dialect.H2)) {
      RehearsalReport report = Rehearsal.of(db.dataSource).assertReversible();
      assertEquals(
          "Rehearsal passed: every @Down restores the database. Rehearsed 1 migration:\n"
              + "  1 migration 1: reversible",
          report.toString());
    }
  }
}
