package dev.strata.bench;

import static dev.strata.bench.JavacSummary.WITH;
import static dev.strata.bench.JavacSummary.WITHOUT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;

/**
 * The goals' table of {@code docs/benchmarks.md}: each goal of the issue, met or not, from the
 * medians of the run (and javac-bench's summary of the goal's layout); a goal the run did not
 * measure (a smaller {@code --sizes}, {@code --only}, javac skipped) says so.
 */
final class Goals {

  private static final String FLOOR = FloorTool.class.getName();
  private static final String JOOQ_FLOOR = JooqFloorTool.class.getName();
  private static final String STRATA = StrataTool.class.getName();
  private static final String STRATA_DSL = StrataDslTool.class.getName();
  private static final String FLYWAY = FlywayTool.class.getName();
  private static final String LIQUIBASE = LiquibaseTool.class.getName();

  private final Map<String, Stats> results;
  private final Map<String, String> names;
  private final Map<String, String> javac;
  private final Map<String, ColdStartRuns.Loaded> loaded;

  Goals(
      Map<String, Stats> results,
      Map<String, String> names,
      Map<String, String> javac,
      Map<String, ColdStartRuns.Loaded> loaded) {
    this.results = results;
    this.names = names;
    this.javac = javac;
    this.loaded = loaded;
  }

  /**
   * The goals, each from the medians above; Strata is the main tool (migrations taking
   * {@code MigrationContext}) unless a goal names the other form.
   */
  void append(StringBuilder md) {
    List<String[]> rows = new ArrayList<>();
    for (String database : List.of("PostgreSQL", "H2")) {
      double limit = database.equals("H2") ? 2.0 : 1.15;
      for (int n : List.of(10, 100, 1000)) {
        atMost(
            rows,
            String.format(
                Locale.ROOT, "apply, %s, N = %,d: ≤ %.2f× the JDBC floor", database, n, limit),
            ratio("apply", database, n, STRATA, FLOOR),
            limit,
            dslVersusJooq("apply", database, n));
      }
    }
    for (String database : List.of("PostgreSQL", "H2")) {
      atMost(
          rows,
          "no-op, " + database + ", N = 1,000: ≤ 1.50× the JDBC floor",
          ratio("no-op", database, 1000, STRATA, FLOOR),
          1.5,
          dslVersusJooq("no-op", database, 1000));
    }
    int cold = Bench.COLD_SIZE;
    atMost(
        rows,
        "cold start: ≤ 1.50× the JDBC floor's whole process",
        ratio("cold start", "H2", cold, STRATA, FLOOR),
        1.5,
        loaded.containsKey(STRATA)
            ? String.format(
                Locale.ROOT, "%,d jOOQ classes loaded", loaded.get(STRATA).jooqClasses())
            : "");
    atMost(
        rows,
        name(STRATA_DSL) + ", cold start: ≤ 1.15× the jOOQ floor's whole process",
        ratio("cold start", "H2", cold, STRATA_DSL, JOOQ_FLOOR),
        1.15,
        "");
    for (String other : List.of(FLYWAY, LIQUIBASE)) {
      row(
          rows,
          "cold start: ≥ 2× faster than " + name(other),
          ratio("cold start", "H2", cold, other, STRATA),
          r -> r >= 2,
          "%.2f× faster",
          "");
    }
    javacGoal(
        rows,
        javac.values().stream()
            .map(JavacSummary::parse)
            .flatMap(Optional::stream)
            .filter(JavacSummary::isGoal)
            .findFirst());
    md.append("#### Goals, from the medians above\n\n")
        .append("Strata is ")
        .append(name(STRATA))
        .append(" unless a goal names the other form. The last column: ")
        .append(name(STRATA_DSL))
        .append(" against the jOOQ floor in the same scenario, the jOOQ classes the cold Strata")
        .append(" JVM loaded, javac with the processor against javac without.\n\n")
        .append("| goal | measured | | also measured |\n|---|---:|---|---|\n");
    for (String[] row : rows) {
      md.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    md.append('\n');
  }

  private void javacGoal(List<String[]> rows, Optional<JavacSummary> summary) {
    if (summary.isEmpty()) {
      atMost(rows, JAVAC_GOAL.formatted("1,000"), Optional.empty(), 1.3, "");
      return;
    }
    JavacSummary s = summary.get();
    String goal = JAVAC_GOAL.formatted(String.format(Locale.ROOT, "%,d", s.migrations()));
    String also =
        String.format(
            Locale.ROOT,
            "with ÷ without %.2f× (CPU %.2f×)",
            s.wall()[WITH] / s.wall()[WITHOUT],
            s.cpu()[WITH] / s.cpu()[WITHOUT]);
    if (!s.hasFloor()) {
      rows.add(new String[] {goal, "—", "not measured (FLOOR=1 not set)", also});
      return;
    }
    atMost(rows, goal, Optional.of(s.wall()[WITH] / s.wall()[JavacSummary.FLOOR]), 1.3, also);
  }

  private static final String JAVAC_GOAL =
      "javac, %s migrations (the workload, one package): with the processor ≤ 1.30× with the"
          + " floor processor (wall)";

  /** A row for "ratio ≤ limit". */
  private static void atMost(
      List<String[]> rows, String goal, Optional<Double> ratio, double limit, String also) {
    row(rows, goal, ratio, r -> r <= limit, "%.2f×", also);
  }

  /** A goal's row: the value as {@code format} puts it, met or not; "not measured" without one. */
  private static void row(
      List<String[]> rows,
      String goal,
      Optional<Double> value,
      DoublePredicate met,
      String format,
      String also) {
    rows.add(
        value
            .map(
                v ->
                    new String[] {
                      goal,
                      String.format(Locale.ROOT, format, v),
                      met.test(v) ? "met" : "**not met**",
                      also
                    })
            .orElse(new String[] {goal, "—", "not measured", also}));
  }

  private String dslVersusJooq(String scenario, String database, int n) {
    return ratio(scenario, database, n, STRATA_DSL, JOOQ_FLOOR)
        .map(r -> String.format(Locale.ROOT, "%s ÷ jOOQ floor %.2f×", name(STRATA_DSL), r))
        .orElse("");
  }

  private String name(String tool) {
    return names.getOrDefault(tool, tool);
  }

  private Optional<Double> ratio(
      String scenario, String database, int n, String tool, String base) {
    Stats a = results.get(Report.key(scenario, database, n, tool));
    Stats b = results.get(Report.key(scenario, database, n, base));
    return a == null || b == null
        ? Optional.empty()
        : Optional.of(a.medianMillis() / b.medianMillis());
  }
}
