package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.cli.BackfillMeter.Style;
import dev.strata.runtime.BackfillProgress;
import dev.strata.runtime.MigrationEvent;
import dev.strata.runtime.MigrationEvent.Operation;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The backfill's bar and lines, fed fixed progress values; time is each value's elapsed. */
class BackfillMeterTest {

  private static final MigrationEvent FILL =
      new MigrationEvent(Operation.APPLY, "7", "fill order totals", 2, 3);

  private static BackfillProgress at(long keys, long estimated, long millis, boolean finished) {
    Duration remaining =
        finished || estimated < 0 ? null : Duration.ofMillis(millis * (estimated - keys) / keys);
    return new BackfillProgress(
        "7",
        "fill order totals",
        "orders",
        keys,
        keys - keys / 10,
        keys / 1000,
        estimated,
        1000,
        (keys - keys / 10) * 1000.0 / millis,
        Duration.ofMillis(millis),
        remaining,
        finished);
  }

  /** What {@code events} print through a {@link ProgressPrinter} of {@code style}. */
  private static String printed(Style style, Consumer<ProgressPrinter> events) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    events.accept(new ProgressPrinter(out, out, style, Duration.ofSeconds(5)));
    return text.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void bar_showsPercentKeysRateAndTimeLeft() {
    assertEquals(
        "  orders [########------------]  42% 420,000 keys 35,000 rows/s ETA 15 s",
        BackfillMeter.bar(at(420_000, 1_000_000, 10_800, false)));
    assertEquals(
        "  orders [####################] 100% 1,000,000 keys 36,000 rows/s done in 25 s",
        BackfillMeter.bar(at(1_000_000, 1_000_000, 25_000, true)));
  }

  @Test
  void bar_withoutAnEstimate_showsKeysAndRateOnly() {
    assertEquals(
        "  orders 420,000 keys 35,000 rows/s", BackfillMeter.bar(at(420_000, -1, 10_800, false)));
  }

  /** 42 % of a billion keys of {@code table}, at 1,234,567 rows/s. */
  private static BackfillProgress billion(String table) {
    return new BackfillProgress(
        "7",
        "fill",
        table,
        420_000_000,
        420_000_000,
        420_000,
        1_000_000_000,
        1000,
        1_234_567,
        Duration.ofMinutes(6),
        Duration.ofMinutes(63),
        false);
  }

  @Test
  void bar_thatWouldWrapOnAnEightyColumnTerminal_dropsItsBar_thenItsEnd() {
    assertEquals(
        "  order_line_items  42% 420,000,000 keys 1,234,567 rows/s ETA 1 h 3 min",
        BackfillMeter.bar(billion("order_line_items")));
    String longer =
        BackfillMeter.bar(billion("a_table_whose_name_is_much_longer_than_anyone_should_write"));
    assertEquals(79, longer.length(), longer);
  }

  @Test
  void bar_staysBelowAHundredPercent_whenStatisticsUnderestimate() {
    assertEquals(
        "  orders [###################-]  99% 1,200,000 keys 36,000 rows/s ETA 0 s",
        BackfillMeter.bar(at(1_200_000, 1_000_000, 30_000, false)));
  }

  @Test
  void line_saysKeysOfTheEstimateRowsBatchesRateAndTimeLeft() {
    assertEquals(
        "  backfill 7 orders: 420,000 of ~1,000,000 keys (42%), 378,000 rows in 420 batches,"
            + " 35,000 rows/s, about 15 s left",
        BackfillMeter.line(at(420_000, 1_000_000, 10_800, false)));
    assertEquals(
        "  backfill 7 orders done: 1,000,000 keys, 900,000 rows in 1,000 batches, 36,000 rows/s,"
            + " in 25 s",
        BackfillMeter.line(at(1_000_000, 1_000_000, 25_000, true)));
  }

  @Test
  void lines_printOncePerInterval_andAtTheEnd_underTheRepeatedMigrationLine() {
    String text =
        printed(
            Style.LINES,
            printer -> {
              printer.started(FILL);
              for (long second = 1; second <= 12; second++) {
                printer.backfillProgress(
                    at(second * 100_000, 1_200_000, second * 1000, second == 12));
              }
              printer.succeeded(FILL, Duration.ofMillis(12_345));
            });

    assertEquals(
        ""
            + "[2/3] 7  fill order totals ... \n"
            + "  backfill 7 orders: 500,000 of ~1,200,000 keys (41%), 450,000 rows in 500 batches,"
            + " 90,000 rows/s, about 7 s left\n"
            + "  backfill 7 orders: 1,000,000 of ~1,200,000 keys (83%), 900,000 rows in 1,000"
            + " batches, 90,000 rows/s, about 2 s left\n"
            + "  backfill 7 orders done: 1,200,000 keys, 1,080,000 rows in 1,200 batches,"
            + " 90,000 rows/s, in 12 s\n"
            + "[2/3] 7  fill order totals ... 12.3 s\n",
        text);
  }

  @Test
  void lines_ofAShortBackfill_areOnlyItsEnd() {
    String text =
        printed(
            Style.LINES,
            printer -> {
              printer.started(FILL);
              printer.backfillProgress(at(1000, 2000, 100, false));
              printer.backfillProgress(at(2000, 2000, 200, true));
              printer.succeeded(FILL, Duration.ofMillis(250));
            });

    assertEquals(
        ""
            + "[2/3] 7  fill order totals ... \n"
            + "  backfill 7 orders done: 2,000 keys, 1,800 rows in 2 batches, 9,000 rows/s, in 0 s\n"
            + "[2/3] 7  fill order totals ... 250 ms\n",
        text);
  }

  @Test
  void bar_isRedrawnInPlace_atMostEvery200Ms_andEndedWithANewline() {
    String text =
        printed(
            Style.BAR,
            printer -> {
              printer.started(FILL);
              printer.backfillProgress(at(1_000, -1, 100, false));
              printer.backfillProgress(
                  at(2_000, -1, 250, false)); // within 200 ms of the last: not drawn
              printer.backfillProgress(at(100_000, -1, 300, false)); // drawn over a shorter bar
              printer.backfillProgress(at(200_000, 200_000, 400, true));
              printer.succeeded(FILL, Duration.ofMillis(450));
            });

    assertEquals(
        ""
            + "[2/3] 7  fill order totals ... \n"
            + "\r  orders 1,000 keys 9,000 rows/s"
            + "\r  orders 100,000 keys 300,000 rows/s"
            + "\r  orders [####################] 100% 200,000 keys 450,000 rows/s"
            + " done in 0 s\n"
            + "[2/3] 7  fill order totals ... 450 ms\n",
        text);
  }

  @Test
  void bar_ofABackfillThatFails_isEndedBeforeTheFailedLine() {
    String text =
        printed(
            Style.BAR,
            printer -> {
              printer.started(FILL);
              printer.backfillProgress(at(50_000, 100_000, 1000, false));
              printer.failed(FILL, new MigrationException(Reason.MIGRATION_FAILED, "boom"));
            });

    assertEquals(
        ""
            + "[2/3] 7  fill order totals ... \n"
            + "\r  orders [##########----------]  50% 50,000 keys 45,000 rows/s ETA 1 s\n"
            + "[2/3] 7  fill order totals ... FAILED\n",
        text);
  }

  @Test
  void none_printsNothingOfTheBackfill() {
    String text =
        printed(
            Style.NONE,
            printer -> {
              printer.started(FILL);
              printer.backfillProgress(at(2000, 2000, 200, true));
              printer.succeeded(FILL, Duration.ofMillis(250));
            });

    assertEquals("[2/3] 7  fill order totals ... 250 ms\n", text);
  }

  /** Read while the arguments are parsed, before any connection: exit 2 and one line. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "migrate --progress bars | Invalid value for option '--progress': 'bars' is not a"
            + " progress style; write bar, lines or none (see 'strata migrate --help')",
        "migrate --progress-interval 5 | Invalid value for option '--progress-interval': '5' is"
            + " not a duration; write a number with ms, s, m or h, such as 30s or 2m, or ISO-8601"
            + " such as PT30S (see 'strata migrate --help')",
      })
  void malformedProgressOptions_areUsageErrors(String args, String message) {
    CliRun run = CliRun.of(CliRun.isolated(), args.split(" "));

    assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
    assertEquals("error: " + message + System.lineSeparator(), run.err());
  }
}
