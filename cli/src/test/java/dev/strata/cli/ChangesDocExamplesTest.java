package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of held migrations, {@code changes}, {@code journal} and {@code attest} in {@code
 * docs/cli.md} are this test's real output: each {@code $ strata …} line there is run, in the order
 * of the story below, and what follows it in the page must be what it printed, times, durations and
 * run ids aside.
 */
class ChangesDocExamplesTest {

  private static final Path PAGE = Path.of("..", "docs", "cli.md");

  @Test
  void examplesInTheDocs_areWhatTheCommandsPrint() throws Exception {
    String page = Files.readString(PAGE);
    try (GatedShop shop = GatedShop.create(Dialect.H2)) {
      shop.strata("migrate", "--target", "1");
      shop.execute("insert into legacy_reads values (1), (2)"); // the old column is still read

      check(page, shop, "$ strata migrate");
      check(page, shop, "$ strata changes");
      check(page, shop, "$ strata changes --format json");
      check(page, shop, "$ strata journal --version 3 --event held --format json");
      check(page, shop, "$ strata attest --version 4 --by alice --note \"export job disabled\"");
      shop.execute("delete from legacy_reads"); // the reads stopped: the gate passes
      shop.strata("migrate");
      check(page, shop, "$ strata journal");
    }
  }

  private static void check(String page, GatedShop shop, String commandLine) throws IOException {
    CliRun run = shop.strata(words(commandLine.substring("$ strata ".length())));
    assertEquals(masked(shown(page, commandLine)), masked(run.out()), commandLine);
  }

  /** The lines after {@code commandLine} in the page, up to the next command or the block's end. */
  static String shown(String page, String commandLine) {
    int start = page.indexOf("\n" + commandLine + "\n");
    if (start < 0) {
      throw new AssertionError("docs/cli.md shows no " + commandLine);
    }
    StringBuilder shown = new StringBuilder();
    for (String line : page.substring(start + commandLine.length() + 2).split("\n", -1)) {
      if (line.startsWith("$ ") || line.equals("```")) {
        break;
      }
      shown.append(line).append('\n');
    }
    return shown.toString();
  }

  /** {@code a "b c"} as a shell splits it: {@code a}, {@code b c}. */
  private static String[] words(String line) {
    List<String> words = new ArrayList<>();
    String[] quoted = line.split("\"", -1);
    for (int i = 0; i < quoted.length; i++) {
      if (i % 2 == 1) {
        words.add(quoted[i]);
      } else {
        for (String word : quoted[i].trim().split(" +")) {
          if (!word.isEmpty()) {
            words.add(word);
          }
        }
      }
    }
    return words.toArray(String[]::new);
  }

  /** What differs from run to run: times, durations, run ids. */
  private static String masked(String text) {
    return ChangeCommandsTest.masked(text)
        .replaceAll("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z", "<instant>")
        .replaceAll("\"millis\":\\d+", "\"millis\":N")
        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<run-id>");
  }
}
