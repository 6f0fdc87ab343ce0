package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Migrator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hostile URL passwords through everything the command line prints, with and without {@code -v}:
 * the connection failure line that quotes the URL, stack traces and a successful run's output.
 */
class UrlPasswordCorpusTest {

  private static final List<String> HOSTILE =
      List.of(";", "&", " ", "@", ":", "/", "=", "?", "\"", "'", "ü€", ";x=y&");

  private static void assertMasked(CliRun run, String... shown) {
    String printed = run.out() + "\n" + run.err();
    assertFalse(printed.toLowerCase(Locale.ROOT).contains("zx"), printed);
    for (String part : shown) {
      assertTrue(printed.contains(part), "'" + part + "' is missing from: " + printed);
    }
  }

  @Test
  void everyUrlForm_neverPrintsItsPassword() {
    for (int i = 0; i < HOSTILE.size(); i++) {
      String sep = HOSTILE.get(i);
      String password = "Zx" + i + "a" + sep + "Zx" + i + "b";
      String pgValue = password.replace("&", "%26");
      String h2Value = password.replace(";", "\\;");
      String name = "cli-corpus-" + UUID.randomUUID();
      String h2 = "jdbc:h2:mem:" + name + ";PASSWORD=" + h2Value + ";DB_CLOSE_DELAY=-1";
      for (String verbose : List.of("-q", "-v")) {
        List<String> flags = verbose.equals("-v") ? List.of("-v") : List.of();
        // no PostgreSQL driver here: "cannot connect to <url>; No suitable driver"
        for (String pg :
            List.of(
                "jdbc:postgresql://db.example:5432/shop?password=" + pgValue + "&sslmode=require",
                "jdbc:postgresql://app:" + password + "@db.example:5432/shop")) {
          CliRun failed = run(flags, "--url", pg, "status");
          assertEquals(ExitCode.CONNECTION.code(), failed.exitCode(), failed.err());
          assertMasked(failed, "db.example:5432/shop");
        }
        CliRun bad = run(flags, "--url", h2 + ";NO_SUCH_SETTING=1", "status");
        assertMasked(bad, "mem:" + name, "NO_SUCH_SETTING");
        assertMasked(run(flags, "--url", h2, "--password", password, "status"));
      }
    }
  }

  private static CliRun run(List<String> flags, String... args) {
    List<String> all = new java.util.ArrayList<>(flags);
    all.addAll(List.of(args));
    MigratorFactory withARegistry = // an empty one: the corpus is about connecting
        (connection, progress) ->
            Migrator.builder()
                .url(connection.url())
                .user(connection.user())
                .password(connection.password())
                .listener(progress)
                .registry(List::of)
                .build();
    return CliRun.of(CliRun.isolated().migrators(withARegistry), all.toArray(String[]::new));
  }
}
