package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.BackfillInfo;
import dev.strata.runtime.JournalEvent;
import dev.strata.runtime.JournalQuery;
import dev.strata.runtime.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Separate JVMs and a backfill ({@link Scenarios#backfill()}) of a large table: a process killed in
 * the middle of a batch, and a second instance that starts while the first one backfills.
 */
@Tag("reliability")
class BackfillProcessTest {

  static Stream<Arguments> largeTables() {
    return Stream.of(Arguments.of(Db.POSTGRES, 1_000_000), Arguments.of(Db.H2, 200_000));
  }

  /**
   * SIGKILL inside a batch, about a third of the way, after its update and before its commit: the
   * committed batches stay, with their progress row, and that batch is rolled back; no history row.
   * The next run continues after the last committed batch: every row's counter is 1 (none updated
   * twice, none skipped), and the history row is written once.
   */
  @ParameterizedTest
  @MethodSource("largeTables")
  void killedMidBatch_nextRunContinuesAfterLastCommittedBatch_eachRowOnce(Db kind, int rows)
      throws Exception {
    Scenario scenario = Scenarios.backfill();
    try (TestDatabase db = TestDatabase.createServed(kind)) {
      createFilled(db, rows);
      int killed = rows / 1000 / 3;
      Process victim = Jvm.migrate(scenario, db.url, 0, "-Dstrata.it.pause=batch:" + killed);
      ProcessKillTest.killWhen(victim, "PAUSED batch " + killed, () -> true);

      long committed = (killed - 1) * 1000L;
      assertEquals(
          List.of(
              List.of("0", String.valueOf(rows - committed)),
              List.of("1", String.valueOf(committed))),
          db.rows("select n, count(*) from filled group by n order by n"),
          "the batches before the killed one committed, the killed one rolled back");
      assertEquals(List.of(), db.historyOutline(), "no history row before the last batch");
      BackfillInfo stopped = migrator(db, scenario).backfills().get(0);
      assertEquals(String.valueOf(committed), stopped.lastKey(), stopped.toString());
      assertEquals(killed - 1, stopped.batches(), stopped.toString());
      assertEquals(String.valueOf(rows), stopped.endKey(), stopped.toString());

      long start = System.nanoTime();
      int applied = migrator(db, scenario).migrate().executed().size();
      System.out.printf(
          "[reliability] SIGKILL mid-backfill on %s, %,d rows: the re-run applied %d in %.2f s%n",
          kind, rows, applied, (System.nanoTime() - start) / 1e9);

      assertEquals(1, applied);
      assertEquals(
          List.of(List.of("1", String.valueOf(rows))),
          db.rows("select n, count(*) from filled group by n order by n"),
          "every row updated exactly once");
      assertEquals(TestDatabase.migratedOnce(1), db.historyOutline(), "one history row");
      BackfillInfo finished = migrator(db, scenario).backfills().get(0);
      assertEquals(BackfillInfo.State.FINISHED, finished.state(), finished.toString());
      assertEquals(rows, finished.keys(), finished.toString());
      assertEquals(rows / 1000, finished.batches(), finished.toString());
      assertEquals(
          List.of("1"),
          migrator(db, scenario).journal(JournalQuery.all()).stream()
              .filter(e -> e.event() == JournalEvent.APPLIED)
              .map(e -> e.version())
              .toList(),
          "applied once in the journal");
    }
  }

  /**
   * The rule for other instances: while process A backfills (it pauses inside batch 5, holding the
   * migration lock), process B starts with a lock timeout of ten minutes, yet returns at once and
   * normally: it applied nothing and says that A is backfilling version 1. A then finishes alone,
   * each row once.
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void secondInstanceDuringBackfill_returnsWithoutWaitingItOut(Db kind) throws Exception {
    Scenario scenario = Scenarios.backfill();
    Path latch = Jvm.barrier();
    try (TestDatabase db = TestDatabase.createServed(kind)) {
      createFilled(db, 20_000);
      Process first =
          Jvm.migrate(
              scenario, db.url, 0, "-Dstrata.it.pause=batch:5", "-Dstrata.it.latch=" + latch);
      try {
        Jvm.Output firstOutput = Jvm.Output.of(first);
        assertTrue(firstOutput.await("PAUSED batch 5", 2, TimeUnit.MINUTES), firstOutput.text());

        Process second = Jvm.migrate(scenario, db.url, 0, "-Dstrata.it.lockTimeout=600");
        Jvm.Output secondOutput = Jvm.Output.of(second);
        assertTrue(second.waitFor(3, TimeUnit.MINUTES), "the second instance waited it out");
        String secondSaid = secondOutput.whole(1, TimeUnit.MINUTES);
        assertEquals(0, second.exitValue(), secondSaid);
        assertTrue(secondSaid.contains("\nAPPLIED 0\n"), secondSaid);
        assertTrue(secondSaid.contains("\nBACKFILLING 1\n"), secondSaid);
        assertTrue(first.isAlive(), "the first is still in its batch: " + firstOutput.text());

        Files.createFile(latch);
        assertTrue(first.waitFor(3, TimeUnit.MINUTES), "the first instance hung");
        String firstSaid = firstOutput.whole(1, TimeUnit.MINUTES);
        assertEquals(0, first.exitValue(), firstSaid);
        assertTrue(firstSaid.contains("\nAPPLIED 1\n"), firstSaid);
      } finally {
        first.destroyForcibly();
      }
      assertEquals(
          List.of(List.of("1", "20000")),
          db.rows("select n, count(*) from filled group by n order by n"));
      assertEquals(TestDatabase.migratedOnce(1), db.historyOutline());
    }
  }

  /** The table the scenario backfills: keys 1…{@code rows}, every counter 0. */
  private static void createFilled(TestDatabase db, int rows) {
    db.execute("create table filled (id bigint primary key, n int not null default 0)");
    db.execute(
        db.kind == Db.H2
            ? "insert into filled (id) select x from system_range(1, " + rows + ")"
            : "insert into filled (id) select g from generate_series(1, " + rows + ") g");
    if (db.kind == Db.POSTGRES) {
      db.execute("analyze filled");
    }
  }

  /**
   * A migrator in this JVM. It waits for the lock even while the progress row says RUNNING: the
   * killed process's server session may still hold the lock for a moment, and its last batch
   * committed less than a minute ago.
   */
  private static Migrator migrator(TestDatabase db, Scenario scenario) {
    return db.migrator()
        .registry(scenario.registry())
        .lockTimeout(Duration.ofMinutes(2))
        .waitForBackfill(true)
        .build();
  }
}
