package dev.strata.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs the benchmark of issue 6 and writes its results into {@code docs/benchmarks.md}: apply and
 * no-op on H2 in-memory and PostgreSQL for each N, and cold start, for the JDBC floor, the jOOQ
 * floor, Strata (migrations taking {@code MigrationContext}), Strata (migrations taking {@code
 * DSLContext}), Flyway and Liquibase, interleaved (A B C D A B C D …) after warm-up rounds; every
 * run is verified, and a run that fails verification stops the benchmark.
 *
 * <p>Options: {@code --sizes 10,100,1000 --runs 7 --warmups 3 --cold-runs 7 --pg URL --work DIR
 * --doc FILE --javac FILE... --only h2|pg|cold}.
 */
public final class Bench {

  /**
   * The tools in the order of every round; the floors first, then Strata's two forms (migrations
   * taking {@code MigrationContext}, the one the goals are about, and taking {@code DSLContext}).
   */
  static final List<String> TOOLS =
      List.of(
          FloorTool.class.getName(),
          JooqFloorTool.class.getName(),
          StrataTool.class.getName(),
          StrataDslTool.class.getName(),
          FlywayTool.class.getName(),
          LiquibaseTool.class.getName());

  static final int COLD_SIZE = 100;

  /**
   * Rounds of N = 100 on H2 before anything is measured, so that every tool's code (its apply and
   * its no-op path alike) is compiled by the JIT, not interpreted, when the measured runs start.
   */
  static final int JIT_ROUNDS = 10;

  /**
   * Measured rounds at N: {@code runs}, and proportionally more below N = 100. A run of ten
   * migrations takes a few milliseconds on H2 and some 30 ms on PostgreSQL, within the swing of
   * this kind of machine from one run to the next; more rounds there cost seconds and make the
   * medians stable enough to compare with a 15% goal.
   */
  static int measuredRounds(int runs, int size) {
    return size >= 100 ? runs : runs * (100 / size);
  }

  private static final Logger LIQUIBASE_LOGGER =
      Logger.getLogger("liquibase"); // held: levels are weak

  private final Map<String, String> options;
  private final Path work;
  private final Map<String, Stats> results = new LinkedHashMap<>();
  private final Map<String, String> names = new LinkedHashMap<>();

  private Bench(Map<String, String> options) {
    this.options = options;
    this.work =
        Path.of(options.getOrDefault("work", "benchmarks/target/bench-work")).toAbsolutePath();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --option value, got " + Arrays.toString(args));
      }
      options.merge(args[i].substring(2), args[i + 1], (a, b) -> a + File.pathSeparator + b);
    }
    new Bench(options).run();
  }

  private void run() throws Exception {
    LIQUIBASE_LOGGER.setLevel(Level.WARNING);
    System.setProperty("liquibase.command.showSummaryOutput", "log");
    List<Integer> sizes =
        Arrays.stream(options.getOrDefault("sizes", "10,100,1000").split(","))
            .map(String::trim)
            .map(Integer::parseInt)
            .toList();
    int runs = Integer.parseInt(options.getOrDefault("runs", "7"));
    int warmups = Integer.parseInt(options.getOrDefault("warmups", "3"));
    int coldRunCount = Integer.parseInt(options.getOrDefault("cold-runs", Integer.toString(runs)));
    String only = options.getOrDefault("only", "h2,pg,cold");
    String pgUrl =
        options.getOrDefault(
            "pg",
            System.getenv()
                .getOrDefault(
                    "STRATA_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"));
    String loadBefore = loadAverage();
    Instant started = Instant.now();

    Map<Integer, Workload> workloads = new LinkedHashMap<>();
    for (int size : sizes) {
      log(
          "preparing N = %d (SQL files, changelog, Strata sources compiled with the processor)",
          size);
      workloads.put(size, Workload.prepare(work, size));
    }
    Workload cold = Workload.prepare(work, COLD_SIZE);
    for (String className : TOOLS) { // every tool's name, for the tables and goals of any run
      names.put(className, Tool.create(className, cold).name());
    }
    Map<String, ColdStartRuns.Loaded> loaded = Map.of();

    List<Target> targets = new ArrayList<>();
    if (only.contains("h2")) {
      targets.add(new Target.H2());
    }
    if (only.contains("pg")) {
      targets.add(new Target.Postgres(pgUrl));
    }
    if (!targets.isEmpty()) {
      Workload warm = Workload.prepare(work, 100);
      log("JIT warm-up: %d rounds of N = 100 on H2 for every tool", JIT_ROUNDS);
      round(new Target.H2(), warm, JIT_ROUNDS, 0);
    }
    for (Target target : targets) {
      for (int size : sizes) {
        int measured = measuredRounds(runs, size);
        log("%s, N = %d: %d warm-up round(s), %d measured", target.name(), size, warmups, measured);
        round(target, workloads.get(size), warmups, measured);
      }
    }
    if (only.contains("cold")) {
      log("cold start, N = %d on H2: 1 warm-up round, %d measured", COLD_SIZE, coldRunCount);
      ColdStartRuns coldRuns = new ColdStartRuns(work, cold);
      coldRuns.run(
          1,
          coldRunCount,
          names,
          (className, nanos) -> stats("cold start", "H2", COLD_SIZE, className).add(nanos));
      log("cold start: one more untimed process per tool with -verbose:class");
      loaded = coldRuns.loadedClasses();
    }
    Path doc = Path.of(options.getOrDefault("doc", "docs/benchmarks.md"));
    String serverVersion = only.contains("pg") ? postgresVersion(pgUrl) : null;
    String section =
        new Report(
                results,
                names,
                runs,
                warmups,
                coldRunCount,
                sizes,
                started,
                Instant.now(),
                loadBefore,
                loadAverage(),
                serverVersion,
                javacSummaries(),
                loaded)
            .markdown();
    Report.splice(doc, "runtime", section);
    log("wrote %s", doc);
  }

  /** {@code warmups + runs} rounds of every tool in turn, each on a fresh database. */
  private void round(Target target, Workload workload, int warmups, int runs) throws Exception {
    List<Tool> tools = new ArrayList<>();
    for (String className : TOOLS) {
      Tool tool = Tool.create(className, workload);
      tools.add(tool);
      names.put(className, tool.name());
    }
    for (int r = 0; r < warmups + runs; r++) {
      boolean measured = r >= warmups;
      StringBuilder line = new StringBuilder();
      for (int t = 0; t < tools.size(); t++) {
        Tool tool = tools.get(t);
        DataSource dataSource = target.create();
        try {
          System.gc();
          long start = System.nanoTime();
          int applied = tool.migrate(dataSource);
          long apply = System.nanoTime() - start;
          Target.verify(dataSource, workload.size(), tool.name() + " apply");
          if (applied >= 0 && applied != workload.size()) {
            throw new IllegalStateException(
                tool.name() + " applied " + applied + ", expected " + workload.size());
          }
          System.gc();
          start = System.nanoTime();
          int again = tool.migrate(dataSource);
          long noop = System.nanoTime() - start;
          Target.verify(dataSource, workload.size(), tool.name() + " no-op");
          if (again > 0) {
            throw new IllegalStateException(
                tool.name() + " applied " + again + " migrations on the second run");
          }
          if (measured) {
            stats("apply", target.name(), workload.size(), TOOLS.get(t)).add(apply);
            stats("no-op", target.name(), workload.size(), TOOLS.get(t)).add(noop);
          }
          line.append(
              String.format(
                  Locale.ROOT, "  %s %.1f/%.1f ms", tool.name(), apply / 1e6, noop / 1e6));
        } finally {
          target.drop(dataSource);
        }
      }
      log("  %s %d:%s", measured ? "run" : "warm-up", measured ? r - warmups + 1 : r + 1, line);
    }
  }

  private Stats stats(String scenario, String database, int size, String tool) {
    return results.computeIfAbsent(Report.key(scenario, database, size, tool), k -> new Stats());
  }

  private Map<String, String> javacSummaries() throws IOException {
    Map<String, String> summaries = new LinkedHashMap<>();
    String files = options.get("javac");
    if (files != null) {
      for (String file : files.split(File.pathSeparator)) {
        summaries.put(file, Files.readString(Path.of(file), UTF_8));
      }
    }
    return summaries;
  }

  private static String postgresVersion(String url) throws Exception {
    org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
    dataSource.setUrl(url);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW server_version")) {
      rows.next();
      return rows.getString(1);
    }
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  static void log(String format, Object... args) {
    System.out.println(
        "["
            + Instant.now().truncatedTo(ChronoUnit.SECONDS)
            + "] "
            + String.format(Locale.ROOT, format, args));
  }
}
