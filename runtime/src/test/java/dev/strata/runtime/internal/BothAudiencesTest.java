package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Registries.applied;
import static dev.strata.runtime.internal.Registries.known;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Dialect;
import dev.strata.Version;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationStep;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every remedy a message names reads right on the command line and in code: an API call is spelled
 * only inside a remedy that also names its command or option, or says where the command line's
 * configuration lives ({@link Remedies}); never bare, as "run repair()" was.
 */
class BothAudiencesTest {

  /** The remedies {@link Remedies} words, and a migration's own step ({@code @Up up()}). */
  private static final List<Pattern> WORDED =
      List.of(
          Pattern.compile("run (\\w+) \\(strata \\1, or Migrator\\.\\1\\(\\)\\)"),
          Pattern.compile("--[a-z-]+, or \\w+\\([^)]*\\) on Migrator\\.builder\\(\\)"),
          Pattern.compile(
              "\\w+\\([^)]*\\)( or \\w+\\([^)]*\\))? on Migrator\\.builder\\(\\) \\(for the command"
                  + " line, in the application's MigratorFactory\\)"),
          Pattern.compile("@(Up|Down) \\w+\\(\\)"));

  /** A method call as code spells it: {@code repair()}, {@code lockTimeout(...)}. */
  private static final Pattern API_CALL = Pattern.compile("[A-Za-z]\\((\\.\\.\\.|true|false)?\\)");

  /** The API calls {@code message} spells outside the remedies worded for both audiences. */
  private static List<String> bareApiCalls(String message) {
    String rest = message;
    for (Pattern worded : WORDED) {
      rest = worded.matcher(rest).replaceAll("<remedy>");
    }
    List<String> bare = new ArrayList<>();
    Matcher call = API_CALL.matcher(rest);
    while (call.find()) {
      int from = Math.max(0, call.start() - 30);
      bare.add(rest.substring(from, Math.min(rest.length(), call.end() + 10)));
    }
    return bare;
  }

  private static List<String> rendered() {
    Known k = known("1").get(0);
    MigrationStep up = k.migration().up(Dialect.H2).orElseThrow();
    StepFailure failed = new StepFailure("@Up up()", new SQLException("boom", "42000"));
    HistoryRow failedRow = Registries.failed(3, "3", "backfill", null);
    // 1 and 2 known, 1.5 missing below them, 3 and 4 applied by a newer build
    Snapshot ahead =
        new Snapshot(
            known("1", "2"),
            List.of(
                applied(1, "1"),
                applied(2, "1.5"),
                applied(3, "2"),
                applied(4, "3"),
                applied(5, "4")));
    List<String> messages = new ArrayList<>();
    for (MigrationException e :
        List.of(
            FailureMessages.duplicateVersions(
                List.of("Found more than one migration with version 1")),
            FailureMessages.ownStatementFailed(
                "h2", "strata_history", new SQLException("no column", "42703")),
            FailureMessages.ownStatementFailed(
                "pg", "strata_history", new SQLException("no schema", "3F000")),
            FailureMessages.advisoryLockHeld("strata_history", 42, Duration.ofSeconds(5)),
            FailureMessages.rowLockHeld("strata_history", Duration.ofSeconds(5), null),
            FailureMessages.noCurrentSchema("strata_history"),
            FailureMessages.failedEntries(List.of(failedRow), "strata_history"),
            FailureMessages.historyDisagrees(
                List.of("-> 1.5 missing"), List.of("-> 2 drifted"), "1.5"),
            FailureMessages.pendingCannotRun(
                List.of(
                    FailureMessages.pendingProblem(
                        k.migration(), FailureMessages.notTransactionalInAllOrNothing()),
                    FailureMessages.pendingProblem(
                        k.migration(), FailureMessages.olderThanNewest(Version.parse("5")))),
                "1"),
            StepFailureMessages.leftHalfDone(k, failed, "strata_history"),
            FailureMessages.cannotPlan(k, up, new IllegalStateException("no rows")),
            FailureMessages.futureRefused(ahead),
            FailureMessages.undoFuture(Version.parse("2"), List.copyOf(ahead.future().values())),
            assertThrows(MigrationException.class, () -> Migrator.builder().build()))) {
      messages.add(e.getMessage());
    }
    messages.add(FailureMessages.futureTolerated(ahead));
    messages.add(FailureMessages.nothingToRepair(ahead));
    return messages;
  }

  @Test
  void everyRemedy_namesTheCommandAndTheMethod_orWhereTheCommandLineIsConfigured() {
    for (String message : rendered()) {
      assertEquals(List.of(), bareApiCalls(message), message);
    }
  }

  @Test
  void theCheck_catchesTheOldWording() {
    for (String old :
        List.of(
            "clean up what it left, then run repair() to remove the entry",
            "or raise the wait with Migrator.builder().lockTimeout(...).",
            "or set outOfOrder(true) to apply it anyway")) {
      assertFalse(bareApiCalls(old).isEmpty(), old);
    }
    assertTrue(bareApiCalls(Remedies.run("repair")).isEmpty());
  }

  @Test
  void futureAndMissing_areToldApartWhenRepairHasNothingToDo() {
    Snapshot ahead =
        new Snapshot(known("1", "2"), List.of(applied(1, "1"), applied(2, "1.5"), applied(3, "3")));
    String said = FailureMessages.nothingToRepair(ahead);
    assertTrue(said.contains("version 3 applied, above every migration"), said);
    assertTrue(said.contains("missing from the registries, which repair cannot fix: 1.5."), said);
    assertEquals(
        "Repair: nothing to repair (no failed entry, no changed checksum).",
        FailureMessages.nothingToRepair(new Snapshot(known("1"), List.of(applied(1, "1")))));
  }
}
