package dev.strata.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A documentation page read as the steps a reader follows: its fenced code blocks, in order. What a
 * block is comes from its language and from an HTML comment on the line before it, which Markdown
 * renders as nothing:
 *
 * <ul>
 *   <li>{@code <!-- file: PATH -->}: the block is the whole of the file PATH, relative to the
 *       project's folder;
 *   <li>{@code <!-- file: PATH, insert before TEXT -->}: the block goes into PATH before the first
 *       TEXT ({@code </dependencies>}, say);
 *   <li>an {@code sh} block: commands run in the project's folder; {@code <!-- fails -->} before
 *       it: they are expected to exit non-zero; {@code <!-- in the Strata clone -->}: they run in a
 *       clone of Strata instead, and the test stands in for them;
 *   <li>a {@code text} block after an {@code sh} block: what those commands print.
 * </ul>
 *
 * Any other block is refused: every snippet a page shows is run.
 */
final class DocPage {

  private static final Pattern FENCE = Pattern.compile("```(\\w*)\\s*");
  private static final Pattern MARKER = Pattern.compile("<!-- (.+?) -->\\s*");
  private static final Pattern FILE = Pattern.compile("file: (\\S+?)(?:, insert before (.+))?");

  /** One thing a reader does. {@code line}: where its block starts on the page, from 1. */
  sealed interface Step permits WriteFile, Run {
    int line();
  }

  /**
   * Write {@code content} as the file {@code path}, or into it before {@code insertBefore}.
   *
   * @param insertBefore null: the block is the whole file
   */
  record WriteFile(String path, String insertBefore, String content, int line) implements Step {}

  /**
   * Run {@code commands} with a shell.
   *
   * @param output what the page shows they print; null when it shows nothing
   */
  record Run(String commands, boolean inStrataClone, boolean fails, String output, int line)
      implements Step {

    Run withOutput(String shown) {
      return new Run(commands, inStrataClone, fails, shown, line);
    }
  }

  private DocPage() {}

  /**
   * The steps of {@code page}, or of its section whose {@code ## } heading starts with {@code
   * section} (null: the whole page).
   */
  static List<Step> steps(Path page, String section) throws IOException {
    List<String> lines = Files.readAllLines(page);
    int from = 0;
    int to = lines.size();
    if (section != null) {
      from = headingIndex(lines, section, page);
      to = from + 1;
      while (to < lines.size() && !lines.get(to).startsWith("## ")) {
        to++;
      }
    }
    List<Step> steps = new ArrayList<>();
    String marker = null;
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      Matcher markerLine = MARKER.matcher(line);
      Matcher fence = FENCE.matcher(line);
      if (markerLine.matches()) {
        marker = markerLine.group(1);
      } else if (fence.matches()) {
        int start = i + 1;
        int end = start;
        while (end < to && !lines.get(end).startsWith("```")) {
          end++;
        }
        if (end == to) {
          throw problem(page, start, "the code block is not closed");
        }
        String content = String.join("\n", lines.subList(start, end)) + "\n";
        if (fence.group(1).equals("text")) {
          attachOutput(steps, marker, content, page, start);
        } else {
          steps.add(step(fence.group(1), marker, content, page, start));
        }
        marker = null;
        i = end;
      } else if (!line.isBlank()) {
        marker = null; // a marker names the block right below it only
      }
    }
    return List.copyOf(steps);
  }

  /** The step a block other than an output is. */
  private static Step step(String language, String marker, String content, Path page, int line) {
    if (language.equals("sh")) {
      if (marker != null && !marker.equals("fails") && !marker.equals("in the Strata clone")) {
        throw problem(page, line, "unknown marker for commands: <!-- " + marker + " -->");
      }
      return new Run(
          content, "in the Strata clone".equals(marker), "fails".equals(marker), null, line);
    }
    Matcher file = marker == null ? null : FILE.matcher(marker);
    if (file == null || !file.matches()) {
      throw problem(
          page,
          line,
          "a "
              + (language.isEmpty() ? "plain" : language)
              + " block that is neither a file nor commands; every snippet is run, so put"
              + " <!-- file: PATH --> on the line before it");
    }
    return new WriteFile(file.group(1), file.group(2), content, line);
  }

  /** A text block: the output of the commands of the block before it. */
  private static void attachOutput(
      List<Step> steps, String marker, String content, Path page, int line) {
    Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
    if (!(last instanceof Run run) || run.output() != null || marker != null) {
      throw problem(page, line, "a text block must follow the commands whose output it is");
    }
    steps.set(steps.size() - 1, run.withOutput(content));
  }

  private static int headingIndex(List<String> lines, String section, Path page) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("## " + section)) {
        return i;
      }
    }
    throw new IllegalStateException(page + " has no section \"## " + section + "\"");
  }

  private static IllegalStateException problem(Path page, int line, String what) {
    return new IllegalStateException(page + ":" + line + ": " + what);
  }
}
