package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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

  /**
   * Twenty light JVMs released by one barrier, fifty migrations whose bodies leave a row each:
   * every body ran (and committed) once. PostgreSQL, and H2 behind a TCP server: on an {@code
   * AUTO_SERVER} file, which changes hands at each host's exit, twenty JVMs took two minutes here,
   * so the six-JVM race above covers that mode.
   */
  @Tag("reliability")
  @ParameterizedTest
  @EnumSource(Db.class)
  void twentyJvmsAtOnce_applyEachOf50MigrationsExactlyOnce(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.createServed(kind)) {
      Scenario scenario = Scenarios.effects(50);
      List<Finished> runs = atOnce(db, Start.times(20, scenario));
      runs.forEach(run -> assertEquals(0, run.exit(), run.output()));
      assertEquals(50, runs.stream().mapToInt(Finished::applied).sum());
      ProcessKillTest.assertAppliedOnce(db, 50);
    }
  }

  /**
   * A rolling deploy: an older build (10 migrations), the current one (12) and a newer one (14, a
   * superset) migrate one database at once. Nothing runs twice, nothing is lost: the history ends
   * at the newer build's 14, each body ran once. The newer build succeeds; an older one that finds
   * versions it does not know succeeds (they are tolerated as future versions, the default) or
   * refuses with {@code VALIDATION} (as {@code allowFuture(false)} makes it), never anything else.
   */
  @Tag("reliability")
  @ParameterizedTest
  @EnumSource(Db.class)
  void olderCurrentAndNewerBuildsAtOnce_applyEachMigrationOnce(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.createServed(kind)) {
      List<Start> builds = new ArrayList<>();
      for (int count : new int[] {10, 12, 14}) {
        builds.addAll(Start.times(1, Scenarios.effects(count)));
      }
      List<Finished> runs = atOnce(db, builds);
      assertEquals(0, runs.get(2).exit(), runs.get(2).output());
      for (Finished older : runs.subList(0, 2)) {
        assertTrue(
            older.exit() == 0 || older.output().contains("FAILED VALIDATION: "), older.output());
      }
      ProcessKillTest.assertAppliedOnce(db, 14);
    }
  }

  /**
   * Four JVMs at once, two undoing to version 5 and migrating again, three rounds each, two
   * migrating: whatever the interleaving, each process ends normally and the history and the
   * bodies' rows agree — every applied version's row is there once, every undone one's is gone.
   */
  @Tag("reliability")
  @ParameterizedTest
  @EnumSource(Db.class)
  void undoRacingMigrate_historyAndEffectsAgree(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.createServed(kind)) {
      Scenario scenario = Scenarios.effects(10);
      List<Start> starts = new ArrayList<>();
      starts.addAll(Start.times(2, scenario, "-Dstrata.it.rounds=3", "-Dstrata.it.undoTo=5"));
      starts.addAll(Start.times(2, scenario, "-Dstrata.it.rounds=3"));
      List<Finished> runs = atOnce(db, starts);
      runs.forEach(run -> assertEquals(0, run.exit(), run.output()));
      assertTrue(runs.stream().mapToInt(Finished::applied).sum() >= 10);
      // an undoer's second round follows its own migrate to 10: some undo found work to do
      assertTrue(runs.stream().mapToInt(Finished::undone).sum() >= 5, runs.toString());

      List<String> applied =
          db.migrator().registry(scenario.registry()).build().status().stream()
              .filter(m -> m.state() == MigrationState.APPLIED)
              .map(MigrationInfo::version)
              .toList();
      assertEquals(
          applied.stream().map(v -> List.of(v, "1")).toList(),
          db.rows("select version, count(*) from effects group by version order by version"),
          "applied " + applied);
    }
  }

  /** One process to start: its build (compiled migrations) and its {@code -D} options. */
  record Start(Scenario build, List<String> options) {
    static List<Start> times(int count, Scenario build, String... options) {
      return java.util.Collections.nCopies(count, new Start(build, List.of(options)));
    }
  }

  /** What a raced process said and how it ended. */
  record Finished(int exit, String output) {
    /** The sum of its {@code APPLIED n} lines. */
    int applied() {
      return sum("APPLIED ");
    }

    /** The sum of its {@code UNDONE n} lines. */
    int undone() {
      return sum("UNDONE ");
    }

    private int sum(String prefix) {
      return output
          .lines()
          .filter(l -> l.startsWith(prefix))
          .mapToInt(l -> Integer.parseInt(l.substring(prefix.length())))
          .sum();
    }
  }

  /**
   * Starts a JVM per entry of {@code starts} (its build's compiled migrations on its class path),
   * lets them all go at once through a barrier file once every one is up, and returns how each
   * ended, in start order.
   */
  static List<Finished> atOnce(TestDatabase db, List<Start> starts) throws Exception {
    starts.forEach(start -> start.build().classesDirectory()); // compiled before any JVM starts
    Path barrier = Jvm.barrier();
    List<Process> processes = new ArrayList<>();
    List<Jvm.Output> outputs = new ArrayList<>();
    try {
      for (Start start : starts) {
        List<String> properties = new ArrayList<>(start.options());
        properties.add("-Dstrata.it.barrier=" + barrier);
        properties.add("-Dstrata.it.lockTimeout=300");
        Process process = Jvm.migrate(start.build(), db.url, 0, properties.toArray(String[]::new));
        processes.add(process);
        outputs.add(Jvm.Output.of(process));
      }
      for (Jvm.Output output : outputs) {
        assertTrue(output.await("READY", 3, TimeUnit.MINUTES), output.text());
      }
      long started = System.nanoTime();
      Files.createFile(barrier);
      List<Finished> finished = new ArrayList<>();
      for (int i = 0; i < processes.size(); i++) {
        assertTrue(processes.get(i).waitFor(5, TimeUnit.MINUTES), "a process hung");
        finished.add(
            new Finished(processes.get(i).exitValue(), outputs.get(i).whole(1, TimeUnit.MINUTES)));
      }
      System.out.printf(
          "[reliability] %d JVMs on %s: exit codes %s, %.1f s from the barrier%n",
          processes.size(),
          db.kind,
          finished.stream().map(f -> String.valueOf(f.exit())).collect(Collectors.joining(",")),
          (System.nanoTime() - started) / 1e9);
      return finished;
    } finally {
      processes.forEach(Process::destroyForcibly); // none outlives a failed test
    }
  }

  private static void race(TestDatabase db, int processCount, int migrations) throws Exception {
    long started = System.nanoTime();
    List<Finished> runs = atOnce(db, Start.times(processCount, Scenarios.many(migrations)));
    int applied = 0;
    int idle = 0;
    for (Finished run : runs) {
      assertEquals(0, run.exit(), run.output());
      applied += run.applied();
      if (run.applied() == 0) {
        idle++;
        // a waiter says so in its own log: it read the history under the lock and found it done
        assertTrue(
            run.output()
                .contains("is up to date at version " + migrations + "; nothing to migrate"),
            run.output());
      } else {
        assertTrue(run.output().contains("Applied " + migrations + " "), run.output());
      }
    }
    System.out.printf(
        "[reliability] %d JVMs, %d migrations on %s: %d applied, %d found nothing to do,"
            + " %.1f s in all%n",
        processCount, migrations, db.kind, applied, idle, (System.nanoTime() - started) / 1e9);

    assertEquals(migrations, applied);
    assertEquals(processCount - 1, idle);
    assertEquals(
        TestDatabase.migratedOnce(migrations),
        db.historyOutline(),
        "gap-free ranks 1.." + migrations + ", each version once, in version order");
    assertEquals(migrations - 1, db.count("select count(*) from numbers"));
  }
}
