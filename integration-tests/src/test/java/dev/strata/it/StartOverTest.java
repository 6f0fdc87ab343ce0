package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Migrator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run whose connection breaks under the lock before its first migration began starts over, and
 * applies each migration once.
 */
@Tag("reliability")
class StartOverTest {

  /**
   * H2: the work's connection (the second one; the first holds the row lock) fails its first
   * statement, the creation of the history table, as a connection whose {@code AUTO_SERVER} host
   * exited fails: 90067, or 90020 when H2's own reconnect finds the file changing hands. The run
   * starts over and completes.
   */
  @ParameterizedTest
  @ValueSource(strings = {"90020", "90067"})
  void workConnectionBreaksBeforeFirstMigration_runStartsOverAndAppliesEachOnce(String state)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.H2)) {
      Scenario scenario = Scenarios.effects(3);
      CountingDataSource connections = new CountingDataSource(db.url);
      connections.failFirstStatementOf(2, state);

      Migrator migrator =
          Migrator.builder().dataSource(connections).registry(scenario.registry()).build();

      assertEquals(3, migrator.migrate().executed().size());
      ProcessKillTest.assertAppliedOnce(db, 3);
    }
  }
}
