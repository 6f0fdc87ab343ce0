package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationEvent;
import dev.strata.runtime.MigrationEvent.Operation;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Plan;
import dev.strata.runtime.RepairReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputFormatTest {

  private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");

  @Test
  void statusTable_alignsColumns_andSummarizesStates() {
    List<MigrationInfo> rows =
        List.of(
            new MigrationInfo(
                "1",
                "create authors",
                MigrationState.APPLIED,
                "c1",
                List.of("catalog"),
                NOON,
                "sa",
                12L),
            new MigrationInfo(
                "10",
                "add isbn index",
                MigrationState.APPLIED,
                "c2",
                List.of(),
                NOON.plusSeconds(61),
                "sa",
                12_345L),
            new MigrationInfo(
                "11",
                "backfill order totals",
                MigrationState.PENDING,
                "c3",
                List.of(),
                null,
                null,
                null),
            new MigrationInfo(
                "2", "old", MigrationState.OUT_OF_ORDER, null, List.of(), null, null, null));

    assertEquals(
        ""
            + "Version  Description            State         Installed on (UTC)   Duration\n"
            + "-------  ---------------------  ------------  -------------------  --------\n"
            + "1        create authors         applied       2026-11-21 12:00:00     12 ms\n"
            + "10       add isbn index         applied       2026-11-21 12:01:01    12.3 s\n"
            + "11       backfill order totals  pending\n"
            + "2        old                    out of order\n"
            + "4 migrations: 1 pending, 1 out of order, 2 applied.\n",
        StatusTable.render(rows));
  }

  @Test
  void repairSummary_namesWhatChanged() {
    assertEquals(
        "Repaired: removed the failed entries of 4 (pending again);"
            + " realigned the checksums of 1, 2 with the code.",
        Commands.Repair.describe(new RepairReport(List.of("4"), List.of("1", "2"))));
    assertEquals(
        "Repaired: realigned the checksums of 3 with the code.",
        Commands.Repair.describe(new RepairReport(List.of(), List.of("3"))));
  }

  @Test
  void statusTable_empty_saysSo() {
    assertEquals(
        "No migrations: the registries are empty and the history has no entries.\n",
        StatusTable.render(List.of()));
  }

  @Test
  void progress_printsOneLinePerMigration() {
    StringWriter text = new StringWriter();
    ProgressPrinter progress =
        new ProgressPrinter(
            new PrintWriter(text),
            new PrintWriter(text),
            BackfillMeter.Style.LINES,
            Duration.ofSeconds(5));
    MigrationEvent third = new MigrationEvent(Operation.APPLY, "3", "add email verified", 3, 12);
    MigrationEvent fourth = new MigrationEvent(Operation.APPLY, "4", "add index", 4, 12);
    MigrationEvent undo = new MigrationEvent(Operation.UNDO, "4", "add index", 1, 1);

    progress.started(third);
    progress.succeeded(third, Duration.ofMillis(14));
    progress.started(fourth);
    progress.failed(fourth, new MigrationException(Reason.MIGRATION_FAILED, "boom"));
    progress.started(undo);
    progress.succeeded(undo, Duration.ofSeconds(150));

    assertEquals(
        ""
            + "[3/12] 3  add email verified ... 14 ms\n"
            + "[4/12] 4  add index ... FAILED\n"
            + "[1/1] undo 4  add index ... 2 min 30 s\n",
        text.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void plan_printsSqlPerMigration_andMarksNonTransactional() {
    Plan plan =
        new Plan(
            Dialect.POSTGRES,
            List.of(
                new Plan.Step(
                    "1",
                    "create authors",
                    true,
                    List.of(
                        "create table \"authors\" (\"id\" bigint)",
                        "insert into \"authors\" values (1);")),
                new Plan.Step(
                    "2",
                    "index books",
                    false,
                    List.of("create index concurrently \"books_title\" on \"books\" (\"title\")")),
                new Plan.Step("3", "nothing", true, List.of())));

    assertEquals(
        ""
            + "-- 3 pending migrations, rendered for POSTGRES\n"
            + "\n"
            + "-- 1  create authors\n"
            + "create table \"authors\" (\"id\" bigint);\n"
            + "insert into \"authors\" values (1);\n"
            + "\n"
            + "-- 2  index books (not transactional: runs in autocommit)\n"
            + "create index concurrently \"books_title\" on \"books\" (\"title\");\n"
            + "\n"
            + "-- 3  nothing\n"
            + "-- (no SQL)\n",
        PlanCommand.render(plan));
  }

  @Test
  void durations_readNaturally() {
    assertEquals("0 ms", Formats.millis(0));
    assertEquals("9999 ms", Formats.millis(9_999));
    assertEquals("10.0 s", Formats.millis(10_000));
    assertEquals("2 min 0 s", Formats.millis(120_000));
  }
}
