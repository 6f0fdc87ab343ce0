package dev.strata.it;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link MigrateMain} in a separate JVM, with a scenario's compiled migrations on its class
 * path.
 */
final class Jvm {

  private Jvm() {}

  /**
   * @param properties extra {@code -Dname=value} options
   */
  static Process migrate(Scenario scenario, String url, long startAt, String... properties)
      throws IOException {
    Path classes = scenario.classesDirectory();
    String classPath = System.getProperty("java.class.path") + File.pathSeparator + classes;
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx128m",
                "-Xss512k",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.dev.strata=info"));
    command.addAll(List.of(properties));
    command.addAll(
        List.of("-cp", classPath, MigrateMain.class.getName(), url, String.valueOf(startAt)));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /**
   * A process's output (stdout and stderr), read as it comes on a thread of its own, so a test can
   * wait for a line while the process runs.
   */
  static final class Output {
    private final StringBuilder text = new StringBuilder();
    private boolean ended;

    private Output(Process process) {
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader lines =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (this) {
                      text.append(line).append('\n');
                      notifyAll();
                    }
                  }
                } catch (IOException e) {
                  // the process is gone: what it said so far is all there is
                } finally {
                  synchronized (this) {
                    ended = true;
                    notifyAll();
                  }
                }
              },
              "output of " + process.pid());
      reader.setDaemon(true);
      reader.start();
    }

    static Output of(Process process) {
      return new Output(process);
    }

    /** Waits until a line containing {@code part} came; false if the output ended first. */
    synchronized boolean await(String part, long timeout, TimeUnit unit)
        throws InterruptedException {
      long deadline = System.nanoTime() + unit.toNanos(timeout);
      while (!contains(part)) {
        long left = deadline - System.nanoTime();
        if (ended || left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      return true;
    }

    /** Everything so far; once the output ended, all of it. */
    synchronized String text() {
      return text.toString();
    }

    /** Waits until the output ends (the process exited), at most {@code timeout}. */
    synchronized String whole(long timeout, TimeUnit unit) throws InterruptedException {
      long deadline = System.nanoTime() + unit.toNanos(timeout);
      while (!ended) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      return text.toString();
    }

    private boolean contains(String part) {
      return text.indexOf(part) >= 0;
    }
  }

  /** A file whose appearance lets every waiting process start at once. */
  static Path barrier() {
    try {
      Path directory = Files.createTempDirectory("strata-barrier-");
      return directory.resolve("go");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
