package dev.strata.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cold-start scenario from the harness's side: each tool in a fresh JVM ({@link ColdStart})
 * with only its jars on the class path, timed as a whole process; then, untimed, one more process
 * per tool with {@code -verbose:class}, to count what it loaded.
 */
final class ColdStartRuns {

  private static final List<String> STRATA_JARS =
      List.of(
          "strata-runtime-",
          "strata-annotations-",
          "jooq-",
          "r2dbc-spi-",
          "reactive-streams-",
          "slf4j-api-",
          "slf4j-nop-",
          "h2-");

  /**
   * What each cold-start JVM gets on its class path besides the benchmark's own classes: the tool's
   * jars (as its Maven dependencies bring them) and H2. The jOOQ floor gets jOOQ's; both Strata
   * forms get the runtime's, jOOQ included (the runtime depends on it; the MigrationContext form
   * should not load it). Flyway gets only flyway-core (H2 support is built in), not its PostgreSQL
   * module. Strata and Flyway log through SLF4J, given the no-op provider; Liquibase logs through
   * java.util.logging, set to WARNING for every JVM.
   */
  static final Map<String, List<String>> JARS =
      Map.of(
          FloorTool.class.getName(), List.of("h2-"),
          JooqFloorTool.class.getName(),
              List.of(
                  "jooq-", "r2dbc-spi-", "reactive-streams-", "slf4j-api-", "slf4j-nop-", "h2-"),
          StrataTool.class.getName(), STRATA_JARS,
          StrataDslTool.class.getName(), STRATA_JARS,
          FlywayTool.class.getName(),
              List.of("flyway-core-", "jackson-", "slf4j-api-", "slf4j-nop-", "h2-"),
          LiquibaseTool.class.getName(),
              List.of("liquibase-core-", "opencsv-", "snakeyaml-", "jaxb-api-", "commons-", "h2-"));

  /** The compiled migrations a Strata JVM also gets, where its registry's service file is. */
  private static final Map<String, Function<Workload, Path>> MIGRATIONS =
      Map.of(
          StrataTool.class.getName(), Workload::strataClasses,
          StrataDslTool.class.getName(), Workload::strataDslClasses);

  /**
   * What one tool's cold JVM had and loaded.
   *
   * @param classPath the file names on its class path (the benchmark's classes first)
   * @param classes how many classes it loaded (JDK classes included)
   * @param jooqClasses how many of them are jOOQ's ({@code org.jooq.})
   */
  record Loaded(List<String> classPath, int classes, int jooqClasses) {}

  /** Receives one measured run: the tool's class name and the process's wall time. */
  interface Sink {
    void measured(String className, long nanos);
  }

  private final Path work;
  private final Workload workload;
  private final Map<String, List<String>> commands = new LinkedHashMap<>();

  ColdStartRuns(Path work, Workload workload) throws IOException {
    this.work = work;
    this.workload = workload;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path logging = work.resolve("logging.properties");
    Files.writeString(
        logging, ".level = WARNING\nhandlers = java.util.logging.ConsoleHandler\n", UTF_8);
    for (String className : Bench.TOOLS) {
      commands.put(
          className,
          List.of(
              java,
              "-Dbench.cold=true",
              "-Djava.util.logging.config.file=" + logging,
              "-Dliquibase.command.showSummaryOutput=log",
              "-cp",
              String.join(File.pathSeparator, classPath(className)),
              ColdStart.class.getName(),
              className,
              work.resolve("n" + workload.size()).toString(),
              Integer.toString(workload.size())));
    }
    Files.writeString(
        work.resolve("cold-commands.txt"),
        commands.values().stream().map(c -> String.join(" ", c)).collect(Collectors.joining("\n"))
            + "\n",
        UTF_8);
  }

  private List<String> classPath(String className) {
    List<String> classPath = new ArrayList<>();
    classPath.add(ownClasses());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String file = Path.of(entry).getFileName().toString();
      if (JARS.get(className).stream().anyMatch(file::startsWith) && file.endsWith(".jar")) {
        classPath.add(entry);
      }
    }
    if (MIGRATIONS.containsKey(className)) {
      classPath.add(MIGRATIONS.get(className).apply(workload).toString());
    }
    return classPath;
  }

  /** {@code warmups + runs} rounds of every tool in turn; the measured ones go to {@code sink}. */
  void run(int warmups, int runs, Map<String, String> names, Sink sink) throws Exception {
    for (int r = 0; r < warmups + runs; r++) {
      StringBuilder line = new StringBuilder();
      for (String className : Bench.TOOLS) {
        long took = start(className, commands.get(className)).nanos();
        if (r >= warmups) {
          sink.measured(className, took);
        }
        line.append(String.format(Locale.ROOT, "  %s %.0f ms", names.get(className), took / 1e6));
      }
      Bench.log(
          "  %s %d:%s",
          r >= warmups ? "run" : "warm-up", r >= warmups ? r - warmups + 1 : r + 1, line);
    }
  }

  /**
   * One untimed process per tool with {@code -verbose:class} (the JVM prints a line per class it
   * loads): what each cold start loads, jOOQ's classes counted apart.
   */
  Map<String, Loaded> loadedClasses() throws Exception {
    Map<String, Loaded> loaded = new LinkedHashMap<>();
    for (String className : Bench.TOOLS) {
      List<String> command = new ArrayList<>(commands.get(className));
      command.add(1, "-verbose:class");
      List<String> lines = start(className, command).printed().lines().toList();
      loaded.put(
          className,
          new Loaded(
              classPath(className).stream().map(e -> Path.of(e).getFileName().toString()).toList(),
              (int) lines.stream().filter(l -> l.contains("[class,load]")).count(),
              (int) lines.stream().filter(l -> l.contains("[class,load] org.jooq.")).count()));
    }
    return loaded;
  }

  private record Run(long nanos, String printed) {}

  /**
   * Runs one cold-start process to its end, timed from {@code ProcessBuilder.start()} to its exit;
   * fails unless it verified the tables.
   */
  private Run start(String className, List<String> command) throws Exception {
    Path output =
        work.resolve("cold-" + className.substring(className.lastIndexOf('.') + 1) + ".log");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(className + " cold start did not finish in 5 minutes");
    }
    long took = System.nanoTime() - start;
    String printed = Files.readString(output, UTF_8);
    if (process.exitValue() != 0 || !printed.contains("verified " + workload.size() + " tables")) {
      throw new IllegalStateException(
          className + " cold start failed (exit " + process.exitValue() + "):\n" + printed);
    }
    return new Run(took, printed);
  }

  private static String ownClasses() {
    try {
      return Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
