package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.MigrationStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * What a user sees who logs with slf4j-simple at its default level (info): each failure once, no
 * jOOQ logo and no tip of the day. In a JVM of its own, because jOOQ prints its logo once per JVM.
 */
class QuietOutputTest {

  private static final String FAILURE = "Table \"NOWHERE\" not found";

  @Test
  void aFailingRunAtInfoLevel_printsTheFailureOnce_andNothingOfJooq() throws Exception {
    String output = runInNewJvm("jdbc:h2:mem:quiet-" + UUID.randomUUID(), "migrate");

    assertTrue(output.contains("[main] INFO dev.strata"), "logging at info: " + output);
    assertTrue(output.contains("error: Migration 2"), output);
    assertEquals(1, occurrences(output, FAILURE), output);
    assertFalse(output.contains("Thank you for using jOOQ"), output);
    assertFalse(output.contains("tip of the day"), output);
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static String runInNewJvm(String url, String command)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                Main.class.getName(),
                url,
                command)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), output);
    assertEquals(ExitCode.MIGRATION_FAILED.code(), process.exitValue(), output);
    return output;
  }

  /** The command line of an application whose second migration fails; the first loads jOOQ. */
  static final class Main {

    private static final Set<Dialect> ALL = Set.of(Dialect.H2, Dialect.POSTGRES);

    private static final MigrationRegistry REGISTRY =
        () ->
            List.of(
                migration(
                    "1",
                    db ->
                        db.dsl()
                            .createTable("books")
                            .column(DSL.field("id", Integer.class))
                            .execute()),
                migration("2", db -> db.execute("insert into nowhere values (1)")));

    private static MigrationDescriptor migration(String version, MigrationStep.Body up) {
      return new MigrationDescriptor(
          version,
          "step " + version,
          "test.Quiet" + version,
          List.of(),
          true,
          List.of(),
          List.of(),
          "sum" + version,
          List.of(new MigrationStep("up", ALL, 0, 0, up)),
          List.of(),
          List.of(),
          List.of());
    }

    public static void main(String[] args) {
      int code =
          StrataCommandLine.builder()
              .name("strata")
              .environment(java.util.Map.of("STRATA_URL", args[0]))
              .migrators(
                  (connection, progress) ->
                      dev.strata.runtime.Migrator.builder()
                          .url(connection.url())
                          .registry(REGISTRY)
                          .listener(progress)
                          .build())
              .build()
              .execute(args[1]);
      System.exit(code);
    }
  }
}
