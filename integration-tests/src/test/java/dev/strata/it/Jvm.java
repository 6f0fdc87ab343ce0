package dev.strata.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

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
                "-XX:TieredStopAtLevel=1",
                "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.dev.strata=info"));
    command.addAll(List.of(properties));
    command.addAll(
        List.of("-cp", classPath, MigrateMain.class.getName(), url, String.valueOf(startAt)));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }
}
