package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Separate JVMs, as several instances of an application deploying at once. */
class ProcessRaceTest {

  private static final int PROCESSES = 6;
  private static final int MIGRATIONS = 40;

  /** H2 through a TCP server, PostgreSQL as it is. */
  @ParameterizedTest
  @EnumSource(Db.class)
  void severalJvmsAtOnce_applyEachMigrationExactlyOnce(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.createServed(kind)) {
      race(db);
    }
  }

  /**
   * H2 {@code AUTO_SERVER}: the first process hosts the database, and each time a host exits the
   * others reconnect and one of them hosts it next.
   */
  @Test
  void severalJvmsAtOnce_onH2AutoServer_applyEachMigrationExactlyOnce() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.H2)) {
      race(db);
    }
  }

  private static void race(TestDatabase db) throws Exception {
    Scenario scenario = Scenarios.many(MIGRATIONS);
    String classPath = System.getProperty("java.class.path") + File.pathSeparator
        + scenario.classesDirectory();
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    long startAt = System.currentTimeMillis() + 4000; // every JVM is up by then
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      processes.add(new ProcessBuilder(java, "-Xmx128m", "-Dorg.jooq.no-logo=true",
              "-Dorg.jooq.no-tips=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
              "-cp", classPath, MigrateMain.class.getName(), db.url, String.valueOf(startAt))
          .redirectErrorStream(true).start());
    }

    int applied = 0;
    int idle = 0;
    try {
      for (Process process : processes) {
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "a process hung");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        String result = output.lines().filter(l -> l.startsWith("APPLIED ")).findFirst().orElseThrow();
        int count = Integer.parseInt(result.substring("APPLIED ".length()));
        applied += count;
        idle += count == 0 ? 1 : 0;
      }
    } finally {
      processes.forEach(Process::destroyForcibly); // none outlives a failed test
    }

    assertEquals(MIGRATIONS, applied);
    assertEquals(PROCESSES - 1, idle);
    assertEquals(MIGRATIONS, db.count("select count(distinct version) from strata_history"));
    assertEquals(MIGRATIONS, db.count("select count(*) from strata_history"));
  }
}
