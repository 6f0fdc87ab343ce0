package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.it.ProcessRaceTest.Finished;
import dev.strata.it.ProcessRaceTest.Start;
import dev.strata.runtime.GateOutcome;
import dev.strata.runtime.JournalEntry;
import dev.strata.runtime.JournalEvent;
import dev.strata.runtime.JournalQuery;
import dev.strata.runtime.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Separate JVMs and a migration behind a gate ({@link Scenarios#gated()}): many instances deploying
 * at once while the gate holds, and a process killed between its gate and its commit.
 */
@Tag("reliability")
class GatedProcessTest {

  private static final int JVMS = 6;

  /**
   * Six JVMs at once while the gate says not yet: each asks the gate once, while it holds the lock
   * (no two evaluations overlap), each one's report says 2 is held, 1 and 3 are applied once, and
   * the journal has one HELD row per run and no APPLIED row twice.
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void sixJvmsAtOnce_heldGate_askedByEachLockHolderInTurn_everyReportSaysHeld(Db kind)
      throws Exception {
    Scenario scenario = Scenarios.gated();
    Path log = Files.createTempFile("strata-gate-", ".log");
    try (TestDatabase db = TestDatabase.createServed(kind)) {
      List<Finished> runs =
          ProcessRaceTest.atOnce(db, Start.times(JVMS, scenario, "-Dstrata.it.gateLog=" + log));

      for (Finished run : runs) {
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("\nHELD 2\n"), "each report says held: " + run.output());
      }
      assertEquals(2, runs.stream().mapToInt(Finished::applied).sum(), runs.toString());
      List<String> evaluations = Files.readAllLines(log);
      Set<String> askers = new HashSet<>();
      for (int i = 0; i < evaluations.size(); i += 2) {
        String pid = evaluations.get(i).substring("start ".length());
        assertEquals("end " + pid, evaluations.get(i + 1), "overlapping gates: " + evaluations);
        askers.add(pid);
      }
      assertEquals(2 * JVMS, evaluations.size(), evaluations.toString());
      assertEquals(JVMS, askers.size(), "each process asked once: " + evaluations);

      List<JournalEntry> journal = migrator(db, scenario).journal(JournalQuery.all());
      assertEquals(
          List.of("1", "3"),
          versions(journal, JournalEvent.APPLIED),
          "each applied once: " + journal);
      List<JournalEntry> held =
          journal.stream().filter(e -> e.event() == JournalEvent.HELD).toList();
      assertEquals(
          List.of("2", "2", "2", "2", "2", "2"), versions(journal, JournalEvent.HELD), "" + held);
      assertEquals(
          JVMS, held.stream().map(JournalEntry::runId).distinct().count(), "one per run: " + held);
      for (JournalEntry h : held) {
        assertEquals(
            List.of(GateOutcome.Result.NOT_YET),
            h.gates().stream().map(GateOutcome::result).toList());
      }
      assertEquals(
          List.of(List.of("1", "1"), List.of("3", "1")),
          db.rows("select version, count(*) from effects group by version order by version"));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  static Stream<Arguments> killPoints() {
    return Stream.of(Db.values())
        .flatMap(kind -> Stream.of(Arguments.of(kind, "gate"), Arguments.of(kind, "up")));
  }

  /**
   * SIGKILL after the gate passed, before migration 2 commits: while the gate runs ({@code gate}),
   * or in the body, which already inserted its row ({@code up}). Nothing of 2 is left: no history
   * row, no body row, no journal row; the next run asks the gate again and applies 2 and 3 once.
   */
  @ParameterizedTest
  @MethodSource("killPoints")
  void killedBetweenGateAndCommit_nothingLeft_nextRunAppliesOnce(Db kind, String step)
      throws Exception {
    Scenario scenario = Scenarios.gated();
    try (TestDatabase db = TestDatabase.createServed(kind)) {
      Process victim =
          Jvm.migrate(
              scenario, db.url, 0, "-Dstrata.it.gateOk=true", "-Dstrata.it.pause=" + step + ":2");
      ProcessKillTest.killWhen(victim, "PAUSED " + step + " 2", () -> true);

      assertEquals(TestDatabase.migratedOnce(1), db.historyOutline(), "no history row for 2");
      assertEquals(List.of(List.of("1")), db.rows("select version from effects"));
      List<JournalEntry> before = migrator(db, scenario).journal(JournalQuery.all());
      assertEquals(
          List.of(JournalEvent.APPLIED),
          before.stream().map(JournalEntry::event).toList(),
          "only 1's row: " + before);

      System.setProperty("strata.it.gateOk", "true");
      try {
        assertEquals(2, migrator(db, scenario).migrate().executed().size());
      } finally {
        System.clearProperty("strata.it.gateOk");
      }
      ProcessKillTest.assertAppliedOnce(db, 3);
      List<JournalEntry> after = migrator(db, scenario).journal(JournalQuery.all());
      assertEquals(List.of("1", "2", "3"), versions(after, JournalEvent.APPLIED), "" + after);
      assertEquals(List.of(), versions(after, JournalEvent.FAILED), "" + after);
    }
  }

  private static Migrator migrator(TestDatabase db, Scenario scenario) {
    // the killed process's server session may still hold the lock for a moment
    return db.migrator().registry(scenario.registry()).lockTimeout(Duration.ofMinutes(2)).build();
  }

  private static List<String> versions(List<JournalEntry> journal, JournalEvent event) {
    return journal.stream()
        .filter(e -> e.event() == event)
        .map(JournalEntry::version)
        .sorted()
        .toList();
  }
}
