package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A user's application, built and run as a user builds it: javac with the Strata processor, then a
 * JVM with the application's own jOOQ. Once with the newest jOOQ (3.20+ needs Java 21, so on a JDK
 * 21+ found beside the build's) whose migration and post-check call DSLContext methods that jOOQ
 * 3.19 lacks, and once with the jOOQ 3.19 the project builds with, on this JVM. Both apps also have
 * a migration written against MigrationContext, whose check uses {@code dsl()}.
 */
class JooqVersionsTest {

  /** Copied here by the dependency plugin (see this module's pom.xml). */
  private static final Path NEWEST_JOOQ = Path.of("target", "jooq-newest");

  @TempDir Path work;

  @ParameterizedTest
  @EnumSource(Db.class)
  void newestJooq_onJava21Plus_appliesAMigrationThatCallsItsNewMethods(Db db) throws Exception {
    Path jdk = jdk21Plus();
    String classPath = withNewestJooq(System.getProperty("java.class.path"));
    try (TestDatabase database = TestDatabase.create(db)) {
      String output = buildAndRun(jdk, "21", classPath, "newest", database.url);
      assertTrue(output.contains("Applied 2; now at 2"), output);
      assertTrue(output.contains("1 APPLIED"), output);
      assertTrue(output.contains("2 APPLIED"), output);
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void jooq319_onJava17_appliesTheSameMigration(Db db) throws Exception {
    Path jdk = Path.of(System.getProperty("java.home"));
    String classPath = System.getProperty("java.class.path");
    assertTrue(classPath.contains("jooq-3.19."), "the build's jOOQ is 3.19: " + classPath);
    try (TestDatabase database = TestDatabase.create(db)) {
      String output = buildAndRun(jdk, "17", classPath, "oldest", database.url);
      assertTrue(output.contains("Applied 2; now at 2"), output);
    }
  }

  /** Compiles {@code common} and {@code variant} with the processor, then runs the app. */
  private String buildAndRun(Path jdk, String release, String classPath, String variant, String url)
      throws Exception {
    Path classes = Files.createDirectories(work.resolve("classes"));
    List<String> javac =
        new ArrayList<>(
            List.of(
                tool(jdk, "javac"),
                "--release",
                release,
                "-d",
                classes.toString(),
                "-cp",
                classPath,
                "-processorpath",
                classPath));
    javac.addAll(sources("common"));
    javac.addAll(sources(variant));
    String compiled = run(javac);
    assertTrue(
        Files.exists(classes.resolve("jooqapp/StrataMigrations.class")),
        "the processor generated no registry:\n" + compiled);
    return run(
        List.of(
            tool(jdk, "java"),
            "-Dorg.jooq.no-logo=true",
            "-Dorg.jooq.no-tips=true",
            "-cp",
            classes + File.pathSeparator + classPath,
            "jooqapp.App",
            url));
  }

  private static List<String> sources(String folder) throws IOException {
    Path root = Path.of("src", "test", "resources", "jooq-app", folder);
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .map(Path::toString)
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** Runs {@code command}; its output, or a failure with the output when it exits non-zero. */
  private static String run(List<String> command) throws Exception {
    Processes.Finished finished =
        Processes.run(new ProcessBuilder(command).redirectErrorStream(true));
    assertEquals(0, finished.exitCode(), String.join(" ", command) + "\n" + finished.out());
    return finished.out();
  }

  private static String tool(Path jdk, String name) {
    return jdk.resolve("bin").resolve(name).toString();
  }

  /** The build's class path with its jOOQ jar swapped for the newest one. */
  private static String withNewestJooq(String classPath) throws IOException {
    Path newest;
    try (Stream<Path> jars = Files.list(NEWEST_JOOQ)) {
      newest =
          jars.filter(j -> j.getFileName().toString().startsWith("jooq-"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no jOOQ jar in " + NEWEST_JOOQ));
    }
    return Arrays.stream(classPath.split(File.pathSeparator))
        .map(
            entry ->
                Path.of(entry).getFileName().toString().matches("jooq-3\\.19\\..*\\.jar")
                    ? newest.toAbsolutePath().toString()
                    : entry)
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * A JDK of release 21 or later: {@code STRATA_JDK21_HOME}, else the newest under {@code
   * /usr/lib/jvm}. None: the test is skipped with a message, or fails with {@code CI=true}.
   */
  static Path jdk21Plus() {
    Optional<Path> found =
        Optional.ofNullable(System.getenv("STRATA_JDK21_HOME"))
            .map(Path::of)
            .or(() -> newestJdkUnder(Path.of("/usr/lib/jvm")))
            .filter(jdk -> release(jdk) >= 21);
    if (found.isEmpty()) {
      String problem =
          "no JDK 21+ found (set STRATA_JDK21_HOME, or install one under /usr/lib/jvm)";
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true and " + problem);
      }
      System.err.println("SKIPPED newest-jOOQ test: " + problem);
      Assumptions.abort(problem);
    }
    return found.get();
  }

  private static Optional<Path> newestJdkUnder(Path folder) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Stream<Path> jdks = Files.list(folder)) {
      return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/javac")))
          .max((a, b) -> Integer.compare(release(a), release(b)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The feature release in the JDK's {@code release} file ({@code JAVA_VERSION="25.0.1"}); 0 if
   * none.
   */
  private static int release(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          String feature = version.split("[.+-]")[0];
          return Integer.parseInt(feature.equals("1") ? version.split("\\.")[1] : feature);
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }
}
