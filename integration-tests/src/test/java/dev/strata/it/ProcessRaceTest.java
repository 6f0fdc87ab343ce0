package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Separate JVMs, as several instances of an application deploying at once. */
class ProcessRaceTest {

  /**
   * Reliability scenario 1: eight JVMs, 200 pending migrations. H2 through a TCP server, PostgreSQL
   * as it is.
   */
  @Tag("reliability")
  @ParameterizedTest
  @EnumSource(Db.class)
  void eightJvmsAtOnce_applyEachOf200MigrationsExactlyOnce(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.createServed(kind)) {
      race(db, 8, 200);
    }
  }

  /**
   * H2 {@code AUTO_SERVER}: the first process hosts the database, and each time a host exits the
   * others reconnect and one of them hosts it next.
   */
  @Test
  void severalJvmsAtOnce_onH2AutoServer_applyEachMigrationExactlyOnce() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.H2)) {
      race(db, 6, 40);
    }
  }

  private static void race(TestDatabase db, int processCount, int migrations) throws Exception {
    Scenario scenario = Scenarios.many(migrations);
    scenario.classesDirectory(); // compiled once, before the clock starts
    long startAt = System.currentTimeMillis() + 5000; // every JVM is up by then
    List<Process> processes = new ArrayList<>();
    long started = System.nanoTime();
    int applied = 0;
    int idle = 0;
    try {
      for (int i = 0; i < processCount; i++) {
        processes.add(Jvm.migrate(scenario, db.url, startAt));
      }
      for (Process process : processes) {
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "a process hung");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        String result =
            output.lines().filter(l -> l.startsWith("APPLIED ")).findFirst().orElseThrow();
        int count = Integer.parseInt(result.substring("APPLIED ".length()));
        applied += count;
        if (count == 0) {
          idle++;
          // a waiter says so in its own log: it read the history under the lock and found it done
          assertTrue(
              output.contains("is up to date at version " + migrations + "; nothing to migrate"),
              output);
        } else {
          assertTrue(output.contains("Applied " + migrations + " "), output);
        }
      }
    } finally {
      processes.forEach(Process::destroyForcibly); // none outlives a failed test
    }
    System.out.printf(
        "[reliability] %d JVMs, %d migrations on %s: %d applied, %d found nothing to do,"
            + " %.1f s from start signal%n",
        processCount, migrations, db.kind, applied, idle, (System.nanoTime() - started) / 1e9 - 5);

    assertEquals(migrations, applied);
    assertEquals(processCount - 1, idle);
    assertEquals(
        TestDatabase.migratedOnce(migrations),
        db.historyOutline(),
        "gap-free ranks 1.." + migrations + ", each version once, in version order");
    assertEquals(migrations - 1, db.count("select count(*) from numbers"));
  }
}
