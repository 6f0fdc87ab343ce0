package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrataCommandLineTest {

  /**
   * Records where each command was asked to connect, then fails as a database that is down would.
   */
  private static final class RecordingFactory implements MigratorFactory {
    final List<ConnectionSettings> seen = new ArrayList<>();

    @Override
    public dev.strata.runtime.Migrator create(
        ConnectionSettings connection, dev.strata.runtime.MigrationListener progress) {
      seen.add(connection);
      throw new MigrationException(Reason.CONNECTION, "cannot connect to " + connection.url());
    }
  }

  /** Every command, as {@code --help} lists them. */
  static List<String> commands() {
    return List.of(
        "migrate",
        "status",
        "history",
        "validate",
        "undo",
        "baseline",
        "repair",
        "plan",
        "new",
        "changes",
        "journal",
        "attest");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void help_onEveryCommand_printsUsageAndExitsZero(String command) {
    CliRun run = CliRun.of(CliRun.isolated(), command, "--help");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Usage: strata " + command), run.out());
    assertTrue(run.out().contains("--url=<jdbc-url>"), "global options listed: " + run.out());
    assertEquals("", run.err());
  }

  @Test
  void help_onTop_listsCommandsAndExitCodes() {
    CliRun run = CliRun.of(CliRun.isolated(), "--help");

    assertEquals(0, run.exitCode());
    for (String command : commands()) {
      assertTrue(run.out().contains("  " + command + " "), command + " in " + run.out());
    }
    for (ExitCode code : ExitCode.values()) {
      assertTrue(run.out().contains("  " + code.code() + " "), code + " in " + run.out());
    }
  }

  /**
   * A word the command line does not know is named for what it is, with the nearest known name;
   * after an unknown option, its value is not reported as a second unknown.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "migrat | unknown command 'migrat'; did you mean migrate? (see 'strata --help')",
        "stauts | unknown command 'stauts'; did you mean status? (see 'strata --help')",
        "hist | unknown command 'hist'; did you mean history? (see 'strata --help')",
        "jounral | unknown command 'jounral'; did you mean journal? (see 'strata --help')",
        "journal --evnet held"
            + " | unknown option '--evnet'; did you mean --event? (see 'strata journal --help')",
        "frobnicate | unknown command 'frobnicate' (see 'strata --help')",
        "migrate --traget 10"
            + " | unknown option '--traget'; did you mean --target? (see 'strata migrate --help')",
        "migrate --traget=10"
            + " | unknown option '--traget'; did you mean --target? (see 'strata migrate --help')",
        "undo --to 1 --verbos"
            + " | unknown option '--verbos'; did you mean --verbose? (see 'strata undo --help')",
        "--ulr x status | unknown option '--ulr'; did you mean --url? (see 'strata --help')",
        "status --frobnicate | unknown option '--frobnicate' (see 'strata status --help')",
        "status extra"
            + " | unexpected argument 'extra'; strata status takes no arguments"
            + " (see 'strata status --help')"
      })
  void unknownWord_isNamed_withTheNearestKnownName(String args, String expected) {
    CliRun run = CliRun.of(CliRun.isolated(), args.split(" "));

    assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
    assertEquals("error: " + expected + System.lineSeparator(), run.err());
    assertEquals("", run.out());
  }

  /** Like a malformed version: a usage error while the arguments are read, before connecting. */
  @ParameterizedTest
  @ValueSource(strings = {"abc", "10", "-5s", "5x", "PT", "1.5m", "-PT1S"})
  void malformedLockTimeout_isUsageError_beforeConnecting(String value) {
    CliRun run =
        CliRun.of(
            CliRun.isolated(),
            "migrate",
            "--lock-timeout",
            value,
            "--url",
            "jdbc:h2:file:./target/never-created;IFEXISTS=TRUE");

    assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
    assertEquals(
        ("error: Invalid value for option '--lock-timeout': '%s' is not a duration; write a number"
                    + " with ms, s, m or h, such as 30s or 2m, or ISO-8601 such as PT30S"
                    + " (see 'strata migrate --help')")
                .formatted(value)
            + System.lineSeparator(),
        run.err());
  }

  /** Only the commands that take the lock accept a lock timeout. */
  @Test
  void lockTimeout_onACommandThatTakesNoLock_isUnknown() {
    CliRun run = CliRun.of(CliRun.isolated(), "status", "--lock-timeout", "30s");

    assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
    assertEquals(
        "error: unknown option '--lock-timeout' (see 'strata status --help')"
            + System.lineSeparator(),
        run.err());
  }

  @Test
  void malformedFormat_isUsageError() {
    CliRun run = CliRun.of(CliRun.isolated(), "status", "--format", "xml");

    assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
    assertEquals(
        "error: Invalid value for option '--format': 'xml' is not a format; write table or json"
            + " (see 'strata status --help')"
            + System.lineSeparator(),
        run.err());
    assertEquals("", run.out(), "not known to be JSON yet: nothing on the output");
  }

  @Test
  void undoWithoutTo_isUsageError() {
    CliRun run = CliRun.of(CliRun.isolated(), "undo", "--url", "jdbc:h2:mem:x");

    assertEquals(ExitCode.USAGE.code(), run.exitCode());
    assertTrue(run.err().contains("--to"), run.err());
    assertTrue(run.err().contains("'strata undo --help'"), run.err());
  }

  /**
   * A malformed version is a usage error (exit 2) for every option that takes one, refused while
   * the arguments are parsed: the URL names a database that does not exist, which is never opened.
   */
  @ParameterizedTest
  @CsvSource({
    "undo, --to, abc",
    "migrate, --target, abc",
    "baseline, --version, abc",
    "undo, --to, 1.a",
    "migrate, --target, -1",
    "baseline, --version, 1..2"
  })
  void malformedVersion_isUsageError_beforeConnecting(String command, String option, String value) {
    CliRun run =
        CliRun.of(
            CliRun.isolated(),
            command,
            option,
            value,
            "--url",
            "jdbc:h2:file:./target/never-created;IFEXISTS=TRUE");

    assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
    assertEquals(
        "error: Invalid value for option '%s': '%s' is not a version; write dot-separated numbers"
                .formatted(option, value)
            + " such as 3 or 1.2 (see 'strata %s --help')".formatted(command)
            + System.lineSeparator(),
        run.err());
  }

  /** An application built without Strata's processor: its commands say so; help still works. */
  @Test
  void noRegistry_isAConfigurationError_whileHelpStillWorks() {
    CliRun run = CliRun.of(CliRun.isolated(), "status", "--url", "jdbc:h2:mem:no-registry");

    assertEquals(ExitCode.CONFIGURATION.code(), run.exitCode(), run.err());
    assertTrue(run.err().startsWith("error: No migrations found: "), run.err());
    assertTrue(run.err().contains("add dev.strata:strata-processor"), run.err());
    assertEquals(ExitCode.OK.code(), CliRun.of(CliRun.isolated(), "--help").exitCode());
    assertEquals(ExitCode.OK.code(), CliRun.of(CliRun.isolated(), "migrate", "--help").exitCode());
  }

  @Test
  void noCommand_withoutDefault_isUsageError() {
    CliRun run = CliRun.of(CliRun.isolated(), "--url", "jdbc:h2:mem:x");

    assertEquals(ExitCode.USAGE.code(), run.exitCode());
    assertEquals(
        "error: no command given; try 'strata migrate' (see 'strata --help')"
            + System.lineSeparator(),
        run.err());
  }

  @Test
  void noUrl_saysHowToGiveOne() {
    CliRun run = CliRun.of(CliRun.isolated(), "status");

    assertEquals(ExitCode.USAGE.code(), run.exitCode());
    assertTrue(run.err().contains("pass --url <jdbc-url> or set STRATA_URL"), run.err());
  }

  @Test
  void connectionOptions_beforeOrAfterTheCommand_reachTheFactory() {
    RecordingFactory factory = new RecordingFactory();

    CliRun.of(
        CliRun.isolated().migrators(factory),
        "--url",
        "jdbc:h2:mem:a",
        "status",
        "--user",
        "sa",
        "--password",
        "pw");
    CliRun.of(CliRun.isolated().migrators(factory), "status", "--url", "jdbc:h2:mem:b");

    assertEquals(
        List.of(
            new ConnectionSettings("jdbc:h2:mem:a", "sa", "pw"),
            new ConnectionSettings("jdbc:h2:mem:b", null, null)),
        factory.seen);
  }

  @Test
  void environment_standsInForOptions_andOptionsWin() {
    RecordingFactory factory = new RecordingFactory();
    Map<String, String> env =
        Map.of(
            "STRATA_URL", "jdbc:h2:mem:env", "STRATA_USER", "envuser", "STRATA_PASSWORD", "envpw");

    CliRun.of(CliRun.isolated().environment(env).migrators(factory), "validate");
    CliRun.of(
        CliRun.isolated().environment(env).migrators(factory),
        "validate",
        "--url",
        "jdbc:h2:mem:opt",
        "--password",
        "optpw");

    assertEquals(
        List.of(
            new ConnectionSettings("jdbc:h2:mem:env", "envuser", "envpw"),
            new ConnectionSettings("jdbc:h2:mem:opt", "envuser", "optpw")),
        factory.seen);
  }

  @Test
  void defaultUrl_isUsedWhenNothingElseIsGiven_andEnvironmentBeatsIt() {
    RecordingFactory factory = new RecordingFactory();

    CliRun.of(CliRun.isolated().defaultUrl("jdbc:h2:mem:default").migrators(factory), "plan");
    CliRun.of(
        CliRun.isolated()
            .defaultUrl("jdbc:h2:mem:default")
            .environment(Map.of("STRATA_URL", "jdbc:h2:mem:env"))
            .migrators(factory),
        "plan");

    assertEquals("jdbc:h2:mem:default", factory.seen.get(0).url());
    assertEquals("jdbc:h2:mem:env", factory.seen.get(1).url());
  }

  @Test
  void defaultCommand_runsWhenNoneIsGiven_withTheGlobalOptions() {
    RecordingFactory factory = new RecordingFactory();

    CliRun run =
        CliRun.of(
            CliRun.isolated().defaultCommand("status").migrators(factory),
            "--url",
            "jdbc:h2:mem:given");

    assertEquals(ExitCode.CONNECTION.code(), run.exitCode(), "ran status, which connected");
    assertEquals("jdbc:h2:mem:given", factory.seen.get(0).url());
  }

  @Test
  void failure_isOneLineWithoutStackTrace_andExitCodeOfItsReason() {
    CliRun run =
        CliRun.of(
            CliRun.isolated().migrators(new RecordingFactory()),
            "migrate",
            "--url",
            "jdbc:postgresql://db.invalid/shop");

    assertEquals(ExitCode.CONNECTION.code(), run.exitCode());
    assertEquals("error: cannot connect to jdbc:postgresql://db.invalid/shop\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void verbose_addsTheStackTrace() {
    CliRun run =
        CliRun.of(
            CliRun.isolated().migrators(new RecordingFactory()),
            "migrate",
            "--verbose",
            "--url",
            "jdbc:h2:mem:x");

    assertTrue(run.err().contains("\tat "), run.err());
    assertTrue(run.err().endsWith("error: cannot connect to jdbc:h2:mem:x\n"), run.err());
  }

  @Test
  void password_neverPrinted_fromOptionUrlOrMessage_evenVerbose() {
    MigratorFactory leaky =
        (connection, progress) -> {
          throw new MigrationException(
              Reason.CONNECTION,
              "login failed for " + connection.url() + " with s3cr3t-Pw",
              new SQLException("password s3cr3t-Pw rejected", "28P01"));
        };

    CliRun run =
        CliRun.of(
            CliRun.isolated().migrators(leaky),
            "status",
            "--verbose",
            "--url",
            "jdbc:postgresql://h/db?user=u&password=urlSecret&ssl=false",
            "--password",
            "s3cr3t-Pw");

    assertEquals(ExitCode.CONNECTION.code(), run.exitCode());
    assertAll(
        () -> assertFalse(run.err().contains("s3cr3t-Pw"), run.err()),
        () -> assertFalse(run.err().contains("urlSecret"), run.err()),
        () -> assertTrue(run.err().contains("password=***&ssl=false"), run.err()));
  }

  @Test
  void sqlConnectionState_fromTheApplicationsPool_isAConnectionFailure() {
    MigratorFactory pool =
        (connection, progress) -> {
          throw new IllegalStateException(
              "pool failed to start",
              new SQLException("FATAL: database \"nope\" does not exist\n  Location: x", "3D000"));
        };

    CliRun run = CliRun.of(CliRun.isolated().migrators(pool), "status", "--url", "jdbc:x");

    assertEquals(ExitCode.CONNECTION.code(), run.exitCode());
    assertEquals(
        "error: cannot connect to jdbc:x; FATAL: database \"nope\" does not exist\n", run.err());
  }

  @Test
  void connectionFailure_keepsTheTextAfterAMaskedUrlPassword() {
    MigratorFactory pool =
        (connection, progress) -> {
          throw new IllegalStateException(new SQLException("Connection refused.", "08001"));
        };

    CliRun run =
        CliRun.of(
            CliRun.isolated().migrators(pool),
            "status",
            "--url",
            "jdbc:postgresql://h/db?user=u&password=Sec");

    assertEquals(
        "error: cannot connect to jdbc:postgresql://h/db?user=u&password=***; "
            + "Connection refused.\n",
        run.err());
  }

  @Test
  void unexpectedException_isInternalError_pointingToVerbose() {
    MigratorFactory broken =
        (connection, progress) -> {
          throw new IllegalStateException("pool misconfigured");
        };

    CliRun run = CliRun.of(CliRun.isolated().migrators(broken), "status", "--url", "jdbc:x");

    assertEquals(ExitCode.INTERNAL_ERROR.code(), run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("pool misconfigured"), run.err());
    assertTrue(run.err().contains("--verbose"), run.err());
  }

  @Test
  void multiLineMessage_isJoinedIntoOneLine() {
    MigratorFactory failing =
        (connection, progress) -> {
          throw new MigrationException(
              Reason.UNDO_REFUSED,
              "Cannot undo to version 5: these have no @Down:\n-> 9 (a.B)\n-> 7 (a.C)\nAdd @Down methods.");
        };

    CliRun run =
        CliRun.of(CliRun.isolated().migrators(failing), "undo", "--to", "5", "--url", "jdbc:x");

    assertEquals(
        "error: Cannot undo to version 5: these have no @Down: -> 9 (a.B); -> 7 (a.C); "
            + "Add @Down methods.\n",
        run.err());
  }

  @ParameterizedTest
  @EnumSource(Reason.class)
  void everyReason_hasItsOwnExitCode(Reason reason) {
    MigratorFactory failing =
        (connection, progress) -> {
          throw new MigrationException(reason, "failed: " + reason);
        };

    CliRun run = CliRun.of(CliRun.isolated().migrators(failing), "migrate", "--url", "jdbc:x");

    assertEquals(ExitCode.of(reason).code(), run.exitCode());
    assertEquals("error: failed: " + reason + "\n", run.err());
  }

  @Test
  void exitCodes_areDistinct() {
    Set<Integer> codes = new HashSet<>();
    Arrays.stream(ExitCode.values()).forEach(c -> assertTrue(codes.add(c.code()), c.toString()));
    Set<ExitCode> forReasons = new HashSet<>();
    Arrays.stream(Reason.values()).forEach(r -> forReasons.add(ExitCode.of(r)));
    assertEquals(Reason.values().length, forReasons.size());
    assertFalse(forReasons.contains(ExitCode.OK));
  }
}
