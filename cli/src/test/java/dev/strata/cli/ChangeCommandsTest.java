package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.Dialect;
import dev.strata.runtime.Evidence;
import dev.strata.runtime.MigrationGate;
import dev.strata.runtime.MigrationRegistry;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code migrate} with held migrations and {@code --fail-on-held}, {@code changes}, {@code journal}
 * and {@code attest}, against the real runtime on a real H2 and a real PostgreSQL database whose
 * contract gate reads live evidence. Times, durations and run ids vary: {@link #masked} replaces
 * them, keeping the widths.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class ChangeCommandsTest {

  private static final String HELD_BLOCK =
      """
      2 migrations held: nothing of them ran, and the next migrate asks again:
      held 3 drop legacy name (change authors-name, CONTRACT)
        gate noReads "no reads of authors.legacy_name": not yet: 2 reads recorded
        holds 5
      held 4 archive exports
        attestation "a DBA confirmed the nightly export is off": not recorded: \
      record an attestation (strata attest --version 4 --by NAME --note TEXT, \
      or Migrator.attest("4", by, note))
      """;

  private final Dialect dialect;
  private GatedShop shop;

  ChangeCommandsTest(Dialect dialect) {
    this.dialect = dialect;
  }

  @BeforeEach
  void openDatabase() throws SQLException {
    shop = GatedShop.create(dialect);
    assertEquals(0, shop.strata("migrate", "--target", "1").exitCode());
    shop.execute("insert into legacy_reads values (1), (2)"); // the old column is still read
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    shop.close();
  }

  /** The {@code version} of each entry of a {@code journal --format json} document. */
  private static List<String> versions(String json) {
    List<String> versions = new ArrayList<>();
    JsonDocument.parse(json).get("entries").forEach(e -> versions.add(e.get("version").asText()));
    return versions;
  }

  static String masked(String text) {
    return text.replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d", "YYYY-MM-DD hh:mm:ss")
        .replaceAll("\\d+ ms", "N ms")
        .replaceAll("(?m)^( *\\d+  YYYY-MM-DD hh:mm:ss  )[0-9a-f]{8}", "$1<run-id>");
  }

  @Test
  void migrate_withHeldMigrations_appliesTheRest_printsTheHeldOnce_andExitsZero() {
    CliRun run = shop.strata("migrate");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "[1/4] 2  add full name ... N ms\n"
            + "Applied 1 migration in N ms; the database is at version 2.\n"
            + HELD_BLOCK,
        masked(run.out()));
    assertEquals("", run.err());
  }

  @Test
  void migrate_failOnHeld_exits12_afterPrintingTheReport() {
    CliRun run = shop.strata("migrate", "--fail-on-held");

    assertEquals(ExitCode.HELD.code(), run.exitCode(), run.err());
    assertEquals(12, ExitCode.HELD.code());
    assertEquals(
        "[1/4] 2  add full name ... N ms\n"
            + "Applied 1 migration in N ms; the database is at version 2.\n"
            + HELD_BLOCK,
        masked(run.out()));
    assertEquals("", run.err());

    CliRun again = shop.strata("migrate", "--fail-on-held");

    assertEquals(ExitCode.HELD.code(), again.exitCode(), again.err());
    assertEquals(
        "Nothing applied: the database is at version 2.\n" + HELD_BLOCK, masked(again.out()));
  }

  @Test
  void migrate_failOnHeld_exitsZero_onceNothingIsHeld() throws SQLException {
    shop.execute("delete from legacy_reads");
    assertEquals(0, shop.strata("attest", "--version", "4", "--by", "a", "--note", "n").exitCode());

    CliRun run = shop.strata("migrate", "--fail-on-held");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "[1/4] 2  add full name ... N ms\n"
            + "[2/4] 3  drop legacy name ... N ms\n"
            + "[3/4] 4  archive exports ... N ms\n"
            + "[4/4] 5  index full name ... N ms\n"
            + "Applied 4 migrations in N ms; the database is at version 5.\n",
        masked(run.out()));
  }

  @Test
  void changes_showsStages_andTheHeldGatesWithTheirLastEvidence() {
    assertEquals(
        """
        Change        Stage     Version  Description       State
        ------------  --------  -------  ----------------  -------
        authors-name  expand    2        add full name     pending
        authors-name  contract  3        drop legacy name  pending
        1 change: authors-name before expand.
        """,
        shop.strata("changes").out());
    shop.strata("migrate");

    CliRun run = shop.strata("changes");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        """
        Change        Stage     Version  Description       State
        ------------  --------  -------  ----------------  -------
        authors-name  expand    2        add full name     applied
        authors-name  contract  3        drop legacy name  pending
        1 change: authors-name at expand.

        1 migration held: nothing of it ran, and the next migrate asks again:
        held 3 drop legacy name (change authors-name, CONTRACT)
          gate noReads "no reads of authors.legacy_name": not yet: 2 reads recorded
          holds 5
          evaluated YYYY-MM-DD hh:mm:ss UTC
        """,
        masked(run.out()));
    assertEquals("", run.err());
  }

  @Test
  void history_namesTheChangeAndStage_ofEachRowThatIsOne() {
    shop.strata("migrate");

    CliRun run = shop.strata("history");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("Change", "", "authors-name expand"), changeColumn(run.out()));
  }

  /** The {@code Change} cell of each row of a {@code history} table, header first. */
  private static List<String> changeColumn(String table) {
    List<String> lines = table.lines().toList();
    int start = lines.get(0).indexOf("Change");
    List<String> cells = new ArrayList<>();
    for (String line : lines.subList(0, lines.size() - 1)) {
      if (!line.startsWith("-")) {
        cells.add(line.length() > start ? line.substring(start).strip() : "");
      }
    }
    return cells;
  }

  @Test
  void journal_listsEveryAttemptAndAct_oldestFirst() throws SQLException {
    shop.strata("migrate");
    shop.strata("attest", "--version", "4", "--by", "alice", "--note", "export job disabled");
    // the actor column is as wide as its longest name: the database user (SA on H2, postgres
    // with the default STRATA_PG_URL) or alice, who attested
    String user = shop.user();
    int width = Math.max("alice".length(), user.length());

    CliRun run = shop.strata("journal");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        """
        Id  At (UTC)             Run       Event     Version  Change        Stage     %1$s  \
        Details
        --  -------------------  --------  --------  -------  ------------  --------  %2$s  \
        -------------------------------------------------------------------------
         1  YYYY-MM-DD hh:mm:ss  <run-id>  applied   1                                %3$s
         2  YYYY-MM-DD hh:mm:ss  <run-id>  applied   2        authors-name  expand    %3$s
         3  YYYY-MM-DD hh:mm:ss  <run-id>  held      3        authors-name  contract  %4$s  \
        gate noReads "no reads of authors.legacy_name": not yet: 2 reads recorded
         4  YYYY-MM-DD hh:mm:ss  <run-id>  held      4                                %3$s
         5  YYYY-MM-DD hh:mm:ss            attested  4                                %5$s  \
        export job disabled
        5 journal rows.
        """
            .formatted(
                padded("Actor", width),
                "-".repeat(width),
                user,
                padded(user, width),
                padded("alice", width)),
        masked(run.out()));
  }

  private static String padded(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  /**
   * A gate that writes: PostgreSQL refuses the write, gates running READ ONLY there, so the
   * migration is held with the database's own words; H2 cannot refuse it, so the gate passes. On
   * both, what the gate wrote is rolled back.
   */
  @Test
  void migrate_gateThatWrites_isHeldOnPostgres_andRolledBackOnH2() throws SQLException {
    MigrationGate writes =
        new MigrationGate(
            "marksAudit",
            "marks the audit as read",
            0,
            db -> {
              db.execute("insert into audit values (1)");
              return Evidence.ok("marked");
            });
    MigrationRegistry registry =
        () ->
            List.of(
                GatedShop.migration(
                    "1",
                    "create audit",
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    "create table audit (id int)"),
                GatedShop.migration(
                    "2",
                    "archive audit",
                    null,
                    null,
                    List.of(),
                    List.of(writes),
                    null,
                    "create table audit_archive (id int)"));
    try (GatedShop writer = GatedShop.create(dialect, registry)) {
      CliRun run = writer.strata("migrate");

      assertEquals(0, run.exitCode(), run.err());
      assertEquals(
          dialect == Dialect.POSTGRES
              ? """
              [1/2] 1  create audit ... N ms
              Applied 1 migration in N ms; the database is at version 1.
              1 migration held: nothing of it ran, and the next migrate asks again:
              held 2 archive audit
                gate marksAudit "marks the audit as read": error: the database refused a write, \
              and gates run in a read-only transaction: \
              ERROR: cannot execute INSERT in a read-only transaction [SQL state 25006]
              """
              : """
              [1/2] 1  create audit ... N ms
              [2/2] 2  archive audit ... N ms
              Applied 2 migrations in N ms; the database is at version 2.
              """,
          masked(run.out()));
      assertEquals("", run.err());
      assertEquals("0", writer.queryOne("select count(*) from audit"));
    }
  }

  /** A database with no change in its registry, and nothing applied yet. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "changes | No changes: no migration of this build declares @Change.",
        "journal | No journal rows: nothing has been applied, held or attested on this database"
            + " yet.",
      })
  void withNothingToShow_saysSo(String command, String message) throws SQLException {
    try (GatedShop plain = GatedShop.create(dialect, ShopOnH2.SHOP)) {
      CliRun run = plain.strata(command);

      assertEquals(0, run.exitCode(), run.err());
      assertEquals(message + "\n", run.out());
    }
  }

  /** Each filter alone and together; versions of the rows each run prints, in order. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--version 3 | 3 3",
        "--change authors-name | 2 3 3",
        "--event held | 3 4 3 4",
        "--event held,applied | 1 2 3 4 3 4",
        "--event applied --event HELD | 1 2 3 4 3 4",
        "--event held --version 4 | 4 4",
        "--limit 2 | 3 4",
        "--event applied --limit 1 | 2",
        "--since 2000-01-01T00:00:00Z --until 2999-01-01T01:00:00+01:00 | 1 2 3 4 3 4",
      })
  void journal_filters(String args, String versions) {
    shop.strata("migrate");
    shop.strata("migrate");

    CliRun run = shop.strata(("journal --format json " + args).split(" "));

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(versions, String.join(" ", versions(run.out())));
  }

  @Test
  void journal_whenNoRowMatches_saysTheFiltersMatchNone() {
    shop.strata("migrate");

    CliRun future = shop.strata("journal", "--since", "2999-01-01T00:00:00Z");
    CliRun past = shop.strata("journal", "--until", "2000-01-01T00:00:00Z");

    assertEquals(0, future.exitCode(), future.err());
    assertEquals("No journal rows match these filters.\n", future.out());
    assertEquals("No journal rows match these filters.\n", past.out());
  }

  @Test
  void attest_recordsWhoConfirmedWhat_andTheNextMigrateAppliesIt() throws SQLException {
    CliRun run =
        shop.strata("attest", "--version", "4", "--by", "alice", "--note", "export job disabled");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "Attested 4 by alice at YYYY-MM-DD hh:mm:ss UTC: \"export job disabled\". "
            + "The next migrate applies it unless something else holds it (a gate, or a migration it waits for).\n",
        masked(run.out()));
    assertEquals("", run.err());
    shop.strata("migrate");
    assertEquals(
        "No journal rows match these filters.\n",
        shop.strata("journal", "--event", "held", "--version", "4").out());
  }

  /** Refused by the runtime before anything is written: one line, exit 5 (VALIDATION). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "9 | Cannot attest 9: no migration of this build has that version."
            + " Migrations that need an attestation: 4.",
        "3 | Cannot attest 3 (drop legacy name): it does not declare @Attested, so it needs no"
            + " attestation; its gates alone decide whether it applies.",
        "4 | Cannot attest 4 (archive exports): it is already applied; an attestation only lets a"
            + " pending migration apply.",
      })
  void attest_refused_isOneLine_exit5(String version, String message) throws SQLException {
    if (version.equals("4")) {
      shop.strata("attest", "--version", "4", "--by", "alice", "--note", "checked");
      shop.execute("delete from legacy_reads");
      assertEquals(0, shop.strata("migrate").exitCode());
    }

    CliRun run = shop.strata("attest", "--version", version, "--by", "bob", "--note", "again");

    assertEquals(ExitCode.VALIDATION.code(), run.exitCode(), run.err());
    assertEquals("error: " + message + "\n", run.err());
    assertEquals("", run.out());
    assertEquals(
        version.equals("4") ? "4" : "",
        String.join(
            " ",
            versions(shop.strata("journal", "--event", "attested", "--format", "json").out())));
  }
}
