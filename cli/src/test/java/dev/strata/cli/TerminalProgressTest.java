package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar on a real terminal: {@code migrate} runs under tmux, on a server of its own, and
 * the pane is captured when it ends. Skipped where tmux is not installed.
 */
class TerminalProgressTest {

  @TempDir Path dir;

  private final String socket = "strata-test-" + UUID.randomUUID();

  @Test
  void bar_onATerminal_isRedrawnInPlace_andLeavesOneLine() throws Exception {
    assumeTrue(tmux("-V") == 0, "tmux is not installed");
    Path raw = dir.resolve("raw");
    Path go = dir.resolve("go");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(
        dir.resolve("run.sh"),
        String.join(
            "\n",
            "while [ ! -f '" + go + "' ]; do sleep 0.1; done",
            "'"
                + java
                + "' -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp '"
                + System.getProperty("java.class.path")
                + "' "
                + TerminalMain.class.getName()
                + " 'jdbc:h2:file:"
                + dir.resolve("shop")
                + "' migrate",
            "echo \"exit $?\"",
            "sleep 600",
            ""));
    try {
      assertEquals(
          0,
          tmux("new-session", "-d", "-s", "cli", "-x", "80", "-y", "20", "sh " + dir + "/run.sh"));
      // every byte the program writes, \r included, from before it starts
      assertEquals(0, tmux("pipe-pane", "-t", "cli", "-o", "cat >> '" + raw + "'"));
      Files.createFile(go);
      String pane = waitForExit();
      System.out.print(pane); // docs/cli.md shows it

      List<String> lines = pane.lines().filter(l -> !l.isBlank()).toList();
      assertEquals("[1/1] 2  fill order totals ...", lines.get(0), pane); // tmux drops the space
      assertTrue(lines.get(1).startsWith("  orders [####################] 100% 5,000 keys "), pane);
      assertTrue(lines.get(1).contains(" rows/s done in "), pane);
      assertTrue(lines.get(2).startsWith("[1/1] 2  fill order totals ... "), pane);
      assertTrue(lines.get(3).startsWith("Applied 1 migration in "), pane);
      assertEquals("exit 0", lines.get(4), pane);
      String written = Files.readString(raw, StandardCharsets.UTF_8);
      long draws = written.split("\r  orders \\[", -1).length - 1;
      assertTrue(
          draws >= 2, "the bar is drawn at least at the first batch and the last: " + written);
    } finally {
      tmux("kill-server");
    }
  }

  /** The pane once the program printed its exit code; fails after a minute. */
  private String waitForExit() throws Exception {
    for (int i = 0; i < 600; i++) {
      String pane = capture();
      if (pane.contains("exit ")) {
        return pane;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("migrate did not end within a minute:\n" + capture());
  }

  private String capture() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("tmux", "-L", socket, "capture-pane", "-p", "-t", "cli")
            .redirectErrorStream(true)
            .start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(10, TimeUnit.SECONDS);
    return text;
  }

  private int tmux(String... args) throws InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException notInstalled) {
      return -1;
    }
  }
}
