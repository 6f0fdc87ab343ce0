package dev.strata.bench;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary {@code processor/bench/javac-bench.sh} prints, read back: the layout and the medians
 * of javac without the processor, with it and (with {@code FLOOR=1}) with the floor processor that
 * only writes one empty class.
 *
 * @param wall median wall-clock seconds: without, with, floor (0: not measured)
 * @param cpu median CPU seconds (user + system), in the same order
 */
record JavacSummary(int migrations, int packages, String shape, double[] wall, double[] cpu) {

  private static final Pattern LAYOUT = Pattern.compile("migrations:\\s+(\\d+) in (\\d+) package");
  private static final Pattern SHAPE = Pattern.compile("shape:\\s+([\\w-]+)");
  private static final Pattern MEDIAN =
      Pattern.compile("(without|with|floor), median:\\s+wall ([0-9.]+) s, cpu ([0-9.]+) s");

  static final int WITHOUT = 0;
  static final int WITH = 1;
  static final int FLOOR = 2;

  /**
   * The summary in {@code text}, or empty if it has no layout or lacks the without/with medians.
   */
  static Optional<JavacSummary> parse(String text) {
    Matcher layout = LAYOUT.matcher(text);
    Matcher shape = SHAPE.matcher(text);
    Matcher median = MEDIAN.matcher(text);
    double[] wall = new double[3];
    double[] cpu = new double[3];
    while (median.find()) {
      int i = List.of("without", "with", "floor").indexOf(median.group(1));
      wall[i] = Double.parseDouble(median.group(2));
      cpu[i] = Double.parseDouble(median.group(3));
    }
    if (!layout.find() || wall[WITHOUT] == 0 || wall[WITH] == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new JavacSummary(
            Integer.parseInt(layout.group(1)),
            Integer.parseInt(layout.group(2)),
            shape.find() ? shape.group(1) : "checked",
            wall,
            cpu));
  }

  /** Whether the floor processor was timed too ({@code FLOOR=1}). */
  boolean hasFloor() {
    return wall[FLOOR] > 0;
  }

  /** The goal's layout: the runtime benchmark's migrations (MigrationContext), one package. */
  boolean isGoal() {
    return shape.equals("workload") && packages == 1;
  }

  /** The layout as the tables name it. */
  String name() {
    String form =
        switch (shape) {
          case "workload" -> "the workload (MigrationContext)";
          case "workload-dsl" -> "the workload (DSLContext)";
          default -> shape;
        };
    return form + ", " + (packages == 1 ? "one package" : packages + " packages (access helpers)");
  }
}
