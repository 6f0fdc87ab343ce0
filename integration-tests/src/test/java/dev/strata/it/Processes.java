package dev.strata.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a program to its end and keeps what it printed: how tests build and run a user's app. */
final class Processes {

  /** Generous: a child Maven build on a loaded 2-core machine. Only a hung program reaches it. */
  private static final long TIMEOUT_MINUTES = 10;

  /**
   * What a finished program printed.
   *
   * @param err empty when the builder merged the error stream into {@code out}
   */
  record Finished(int exitCode, String out, String err) {

    /** Both streams, for failure messages. */
    String both() {
      return err.isEmpty() ? out : out + "\n--- stderr ---\n" + err;
    }
  }

  private Processes() {}

  /** Starts {@code builder}'s program and waits for it; a failure if it outlives the timeout. */
  static Finished run(ProcessBuilder builder) throws IOException, InterruptedException {
    Process process = builder.start();
    process.getOutputStream().close(); // no input: a program that reads stdin sees its end
    CompletableFuture<String> out = readAsync(process.getInputStream());
    CompletableFuture<String> err = readAsync(process.getErrorStream());
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail("timed out after " + TIMEOUT_MINUTES + " min: " + String.join(" ", builder.command()));
    }
    return new Finished(process.exitValue(), out.join(), err.join());
  }

  private static CompletableFuture<String> readAsync(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        // a thread per stream: the common pool may have one thread, and each read blocks
        task -> {
          Thread reader = new Thread(task, "process-output");
          reader.setDaemon(true);
          reader.start();
        });
  }
}
