package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages that teach with the project's own code quote it rather than copy it: a code block after
 * {@code <!-- quote: PATH -->} must be, piece by piece and in order, the text of PATH (relative to
 * the repository), where a line {@code // …} stands for lines left out. So the snippet is code that
 * compiles and runs in the sample app's tests, and a change to it fails here until the page
 * follows. {@code docs/changes.md} and {@code docs/backfills.md} show no other code block.
 */
class QuotedSnippetsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern QUOTE = Pattern.compile("<!-- quote: (\\S+) -->");
  private static final Pattern FENCE = Pattern.compile("```(\\w*)");

  /** Each page that quotes the sample app, and how many quotes it has at least. */
  @ParameterizedTest
  @CsvSource({"docs/changes.md, 3", "docs/backfills.md, 1"})
  void page_quotesTheSampleApp_verbatim(String page, int atLeast) throws IOException {
    List<String> problems = new ArrayList<>();
    int quotes = check(ROOT.resolve(page), problems);

    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertTrue(quotes >= atLeast, page + " quotes " + quotes + " snippets");
  }

  @Test
  void aQuoteThatDriftedFromItsFile_isFound(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path page = dir.resolve("page.md");
    Files.writeString(
        page,
        String.join(
            "\n",
            "<!-- quote: sample-app/src/main/java/dev/strata/sample/CustomerName.java -->",
            "```java",
            "public record CustomerName(String first, String last) {",
            "  // …",
            "  public String full() {",
            "    return first + \" \" + last;",
            "```",
            ""));
    List<String> problems = new ArrayList<>();

    check(page, problems);

    assertFalse(problems.isEmpty(), "the second piece is not in the file");
    assertTrue(problems.get(0).contains("return first + \" \" + last;"), problems.toString());
  }

  /** Adds a line to {@code problems} per block that is not a faithful quote; returns the quotes. */
  private static int check(Path page, List<String> problems) throws IOException {
    List<String> lines = Files.readAllLines(page);
    int quotes = 0;
    String source = null;
    for (int i = 0; i < lines.size(); i++) {
      Matcher quote = QUOTE.matcher(lines.get(i).strip());
      Matcher fence = FENCE.matcher(lines.get(i));
      if (quote.matches()) {
        source = quote.group(1);
      } else if (fence.matches()) {
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).startsWith("```")) {
          end++;
        }
        String where = ROOT.relativize(page.toAbsolutePath()) + ":" + (i + 1);
        if (source == null) {
          problems.add(
              where + ": a code block that quotes no file; put <!-- quote: PATH --> first");
        } else {
          quotes++;
          String missing = missingPiece(ROOT.resolve(source), lines.subList(i + 1, end));
          if (missing != null) {
            problems.add(where + ": not in " + source + " (in this order):\n" + missing);
          }
        }
        source = null;
        i = end;
      } else if (!lines.get(i).isBlank()) {
        source = null;
      }
    }
    return quotes;
  }

  /**
   * The first piece of {@code block} that is not in {@code file} after the pieces before it. A
   * piece matches lines of the file that are its lines with one indent added (a quote may be
   * dedented, as from a text block).
   */
  private static String missingPiece(Path file, List<String> block) throws IOException {
    List<String> text = Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
    int from = 0;
    List<String> piece = new ArrayList<>();
    for (int i = 0; i <= block.size(); i++) {
      if (i < block.size() && !block.get(i).strip().equals("// …")) {
        piece.add(block.get(i));
        continue;
      }
      int at = find(text, piece, from);
      if (at < 0) {
        return String.join("\n", piece);
      }
      from = at + piece.size();
      piece.clear();
    }
    return null;
  }

  /** Where {@code piece} starts in {@code text} at or after line {@code from}; -1 if nowhere. */
  private static int find(List<String> text, List<String> piece, int from) {
    if (piece.isEmpty()) {
      return from;
    }
    for (int start = from; start + piece.size() <= text.size(); start++) {
      String first = text.get(start);
      if (!first.endsWith(piece.get(0))) {
        continue;
      }
      String indent = first.substring(0, first.length() - piece.get(0).length());
      boolean all = indent.isBlank();
      for (int k = 1; all && k < piece.size(); k++) {
        String line = text.get(start + k);
        all = piece.get(k).isEmpty() ? line.isBlank() : line.equals(indent + piece.get(k));
      }
      if (all) {
        return start;
      }
    }
    return -1;
  }
}
