package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The {@code plan} and {@code status} examples of backfills in {@code docs/cli.md} are what the
 * commands print for {@link BackfillShop} on PostgreSQL, times and durations aside.
 */
class BackfillDocExamplesTest {

  private static final Path PAGE = Path.of("..", "docs", "cli.md");

  @Test
  void planAndStatusExamples_areWhatTheCommandsPrint() throws Exception {
    String page = Files.readString(PAGE);
    try (GatedShop shop = GatedShop.create(Dialect.POSTGRES, BackfillShop.registry(2_500, 0))) {
      shop.strata("migrate", "--target", "1");
      for (String sql : BackfillShop.insertOrders(Dialect.POSTGRES)) {
        shop.execute(sql);
      }
      check(page, shop.strata("plan"), "$ strata plan");
      shop.strata("migrate"); // fails after key 2500
      // as a process killed two minutes ago leaves it
      shop.execute("update strata_backfill set updated_at = updated_at - interval '2' minute");
      check(page, shop.strata("status"), "$ strata status");
    }
  }

  private static void check(String page, CliRun run, String commandLine) {
    assertEquals(
        masked(ChangesDocExamplesTest.shown(page, commandLine)), masked(run.out()), commandLine);
  }

  private static String masked(String text) {
    return ChangeCommandsTest.masked(text.replace(System.lineSeparator(), "\n"))
        .replaceAll(" +N ms\n", " N ms\n");
  }
}
