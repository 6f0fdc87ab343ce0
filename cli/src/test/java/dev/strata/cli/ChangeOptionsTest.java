package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Malformed options of {@code journal} and {@code attest}: read while the arguments are parsed,
 * before any connection, so on no database at all.
 */
class ChangeOptionsTest {

  /** Read while the arguments are parsed, before any connection: exit 2 and one line. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "journal --event nope | Invalid value for option '--event': 'nope' is not an event;"
            + " write one of applied, failed, held, undone, baselined, repaired, attested"
            + " (see 'strata journal --help')",
        "journal --since yesterday | Invalid value for option '--since': 'yesterday' is not an"
            + " instant; write ISO-8601 with a zone, such as 2026-12-04T18:00:00Z"
            + " (see 'strata journal --help')",
        "journal --until 2026-12-04 | Invalid value for option '--until': '2026-12-04' is not an"
            + " instant; write ISO-8601 with a zone, such as 2026-12-04T18:00:00Z"
            + " (see 'strata journal --help')",
        "journal --limit 0 | Invalid value for option '--limit': '0' is not a number of rows;"
            + " write 1 or more (see 'strata journal --help')",
        "journal --version 1.x | Invalid value for option '--version': '1.x' is not a version;"
            + " write dot-separated numbers such as 3 or 1.2 (see 'strata journal --help')",
        "attest --version 4 --by alice | Missing required option: '--note=<text>'"
            + " (see 'strata attest --help')",
        "attest --version 4 --by alice --note= | Invalid value for option '--note': it is empty;"
            + " say what was checked (see 'strata attest --help')",
        "attest --version x --by a --note n | Invalid value for option '--version': 'x' is not a"
            + " version; write dot-separated numbers such as 3 or 1.2 (see 'strata attest --help')",
      })
  void malformedOptions_areUsageErrors(String args, String message) {
    CliRun run = CliRun.of(CliRun.isolated(), args.split(" "));

    assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
    assertEquals("error: " + message + System.lineSeparator(), run.err());
    assertEquals("", run.out());
  }
}
