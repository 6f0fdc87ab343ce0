package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.strata.it.DocPage.Run;
import dev.strata.it.DocPage.Step;
import dev.strata.it.DocPage.WriteFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Quick start and {@code docs/getting-started.md}, followed as a reader follows them:
 * each page's files are written into a new project folder under {@code target/docs-test/}, its
 * commands run there with Maven against this build's Strata (see {@link UserBuild}; the pages'
 * {@code mvn install} in a clone of Strata becomes an install of the reactor's jars into the test's
 * repository), and what each command prints is compared with the output the page shows ({@link
 * DocPage} says how a page marks its files, commands and outputs).
 *
 * <p>Comparison: every line a page shows must appear in what the command printed on stdout, in the
 * same order (lines the page leaves out, such as Maven's closing advice after a compile error, may
 * come between). Before comparing, both sides are normalized, only where a run cannot repeat
 * itself: a time of day ({@code 2026-11-21 16:16:32}) reads {@code <time>}, a duration ({@code 11
 * ms}, {@code 1.2 s}) reads {@code <duration>} without the padding before it, colour codes and
 * trailing spaces go; and a {@code …} in a shown line stands for any text (a path, say).
 *
 * <p>The PostgreSQL step runs against a database this test creates on {@code STRATA_PG_URL}'s
 * server and drops afterwards: its {@code export STRATA_URL/USER/PASSWORD} lines get that
 * database's settings. Without a server the test stops there, skipped with a message (the steps
 * before it have passed), unless {@code CI=true}.
 */
class DocsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path WORK = Path.of("target", "docs-test").toAbsolutePath();
  private static final String INSTALL = "mvn -q install -DskipTests";

  @Test
  void readmeQuickStart_runsAsShown() throws Exception {
    follow(ROOT.resolve("README.md"), "Quick start", "readme");
  }

  @Test
  void gettingStarted_runsAsShown() throws Exception {
    follow(ROOT.resolve("docs/getting-started.md"), null, "getting-started");
  }

  private static void follow(Path page, String section, String name) throws Exception {
    List<Step> steps = DocPage.steps(page, section);
    assertTrue(steps.stream().anyMatch(s -> s instanceof Run), page + " shows no commands");
    UserBuild build = UserBuild.in(WORK);
    Path project = WORK.resolve(name);
    deleteRecursively(project);
    Files.createDirectories(project);
    for (Step step : steps) {
      String where = ROOT.relativize(page) + ":" + step.line();
      if (step instanceof WriteFile file) {
        write(project, file, where);
      } else if (step instanceof Run run && run.inStrataClone()) {
        assertEquals(
            INSTALL, run.commands().strip(), where + ": the test stands in only for " + INSTALL);
        build.installStrata();
      } else if (step instanceof Run run && run.commands().contains("STRATA_URL=jdbc:postgresql")) {
        try (TestDatabase database = TestDatabase.create(Db.POSTGRES)) {
          check(
              where,
              run,
              build.run(onServer(run.commands(), database.url, where), project, Map.of()));
        }
      } else if (step instanceof Run run) {
        check(where, run, build.run(run.commands(), project, Map.of()));
      }
    }
  }

  private static void write(Path project, WriteFile file, String where) throws IOException {
    Path path = project.resolve(file.path());
    Files.createDirectories(path.getParent());
    if (file.insertBefore() == null) {
      Files.writeString(path, file.content());
      return;
    }
    String text = Files.readString(path);
    int at = text.indexOf(file.insertBefore());
    assertTrue(at >= 0, where + ": " + file.path() + " has no " + file.insertBefore());
    Files.writeString(path, text.substring(0, at) + file.content() + text.substring(at));
  }

  private static void check(String where, Run run, Processes.Finished finished) {
    String report = where + ": " + run.commands() + "printed:\n" + finished.both();
    if (run.fails()) {
      assertTrue(finished.exitCode() != 0, report + "\nexpected to fail, but exited 0");
    } else {
      assertEquals(0, finished.exitCode(), report);
    }
    if (run.output() == null) {
      return;
    }
    List<String> printed = normalized(finished.out());
    int next = 0;
    for (String shown : normalized(run.output())) {
      if (shown.isEmpty()) {
        continue;
      }
      Pattern expected = shownLine(shown);
      while (next < printed.size() && !expected.matcher(printed.get(next)).matches()) {
        next++;
      }
      if (next == printed.size()) {
        fail(where + ": the page shows the line\n" + shown + "\nwhich is not in\n" + report);
      }
      next++;
    }
  }

  /** A shown line as a pattern: its {@code …}s stand for any text. */
  private static Pattern shownLine(String shown) {
    return Pattern.compile(
        Stream.of(shown.split("…", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
  }

  /** See the class comment: only what cannot repeat from one run to the next. */
  static List<String> normalized(String text) {
    return text.replaceAll("\u001B\\[[0-9;]*m", "")
        .replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}", "<time>")
        .replaceAll(" +\\d+(\\.\\d+)? m?s\\b", " <duration>")
        .lines()
        .map(String::stripTrailing)
        .toList();
  }

  /** The page's PostgreSQL commands, with the test database's URL, user and password. */
  private static String onServer(String commands, String url, String where) {
    Matcher m = Pattern.compile("([^?]*)(?:\\?(.*))?").matcher(url);
    assertTrue(m.matches(), url);
    String user = queryParameter(m.group(2), "user");
    String password = queryParameter(m.group(2), "password");
    String rewritten = commands;
    for (String[] setting :
        new String[][] {{"URL", m.group(1)}, {"USER", user}, {"PASSWORD", password}}) {
      Pattern line = Pattern.compile("(?m)^export STRATA_" + setting[0] + "=.*$");
      assertTrue(line.matcher(rewritten).find(), where + ": no export STRATA_" + setting[0]);
      rewritten =
          line.matcher(rewritten)
              .replaceAll(
                  Matcher.quoteReplacement(
                      setting[1] == null
                          ? "unset STRATA_" + setting[0]
                          : "export STRATA_" + setting[0] + "='" + setting[1] + "'"));
    }
    return rewritten;
  }

  private static String queryParameter(String query, String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(
            pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
