package dev.strata.sample;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged sample app, run as a separate process: {@code java -jar strata-sample-app.jar …}.
 */
final class AppProcess {

  private static final Path JAR =
      Path.of(System.getProperty("strata.sampleApp.jar", "target/strata-sample-app.jar"));

  /** What one run printed and returned. */
  record Result(int exitCode, String out, String err) {

    /** Fails unless the run failed with {@code code} and said so in one line, without a trace. */
    Result assertOneLineError(int code) {
      String all = "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
      assertTrue(exitCode == code, "expected exit " + code + ": " + all);
      assertTrue(err.lines().count() == 1, "one line on stderr: " + all);
      assertTrue(err.startsWith("error: "), all);
      assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), "no trace: " + all);
      return this;
    }
  }

  private AppProcess() {}

  /** Runs the jar in {@code workDir} with the given extra environment; waits at most 2 minutes. */
  static Result run(Path workDir, Map<String, String> env, String... args) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR
              + " is missing; run the integration tests with "
              + "'mvn verify' so that the package phase builds it first");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    // the test's own STRATA_* settings must not leak into the app unless a test passes them
    builder.environment().keySet().removeIf(name -> name.startsWith("STRATA_"));
    builder.environment().putAll(env);
    try {
      Path out = Files.createTempFile(workDir, "out", ".txt");
      Path err = Files.createTempFile(workDir, "err", ".txt");
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      Result result =
          new Result(
              process.exitValue(),
              Files.readString(out, StandardCharsets.UTF_8),
              Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  static Result run(Path workDir, String... args) {
    return run(workDir, Map.of(), args);
  }
}
