package dev.strata.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark's N migrations, written once per N in each tool's own form: Flyway SQL files, a
 * Liquibase formatted-SQL changelog, and Strata migration classes compiled by javac with the real
 * processor, twice: methods taking Strata's {@code MigrationContext} and methods taking jOOQ's
 * {@code DSLContext}. Migration {@code i} (1-based, version {@code i}) creates {@code t_i}, indexes
 * its {@code name} and inserts one row.
 *
 * @param size N
 * @param flywayDirectory {@code V<i>__create_t_<i>.sql}, one per migration
 * @param liquibaseDirectory holds {@link #LIQUIBASE_CHANGELOG}
 * @param strataClasses the {@code MigrationContext} form: the compiled migrations, the generated
 *     registry and its service file
 * @param strataDslClasses the same for the {@code DSLContext} form (same class names: each form has
 *     a class loader, or a cold-start JVM, of its own)
 */
public record Workload(
    int size,
    Path flywayDirectory,
    Path liquibaseDirectory,
    Path strataClasses,
    Path strataDslClasses) {

  public static final String LIQUIBASE_CHANGELOG = "changelog.sql";
  public static final String STRATA_PACKAGE = "bench.migrations";
  public static final String STRATA_REGISTRY = STRATA_PACKAGE + ".BenchMigrations";

  /** The statements of migration {@code i}, in order. */
  public static List<String> statements(int i) {
    return List.of(
        "CREATE TABLE t_"
            + i
            + " (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, created_at TIMESTAMP)",
        "CREATE INDEX t_" + i + "_name ON t_" + i + " (name)",
        "INSERT INTO t_"
            + i
            + " (id, name, created_at) VALUES (1, 'row "
            + i
            + "', CURRENT_TIMESTAMP)");
  }

  /**
   * Writes (or reuses, if already complete) the workload of {@code size} migrations below {@code
   * root}.
   */
  public static Workload prepare(Path root, int size) throws IOException {
    Path base = root.resolve("n" + size);
    Workload workload = at(base, size);
    Path done = base.resolve("complete");
    if (Files.exists(done)) {
      return workload;
    }
    deleteRecursively(base);
    workload.writeFlyway();
    workload.writeLiquibase();
    StrataSources.compile(
        size,
        StrataSources.Form.MIGRATION_CONTEXT,
        base.resolve("strata-sources"),
        workload.strataClasses());
    StrataSources.compile(
        size,
        StrataSources.Form.DSL_CONTEXT,
        base.resolve("strata-dsl-sources"),
        workload.strataDslClasses());
    Files.writeString(done, "ok\n");
    return workload;
  }

  /**
   * The workload of {@code size} migrations written below {@code base}, as {@link #prepare} lays it
   * out.
   */
  static Workload at(Path base, int size) {
    return new Workload(
        size,
        base.resolve("flyway"),
        base.resolve("liquibase"),
        base.resolve("strata-classes"),
        base.resolve("strata-dsl-classes"));
  }

  private void writeFlyway() throws IOException {
    Files.createDirectories(flywayDirectory);
    for (int i = 1; i <= size; i++) {
      Files.writeString(
          flywayDirectory.resolve("V" + i + "__create_t_" + i + ".sql"),
          String.join(";\n", statements(i)) + ";\n",
          UTF_8);
    }
  }

  private void writeLiquibase() throws IOException {
    Files.createDirectories(liquibaseDirectory);
    StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
    for (int i = 1; i <= size; i++) {
      changelog
          .append("\n--changeset bench:")
          .append(i)
          .append('\n')
          .append(String.join(";\n", statements(i)))
          .append(";\n");
    }
    Files.writeString(liquibaseDirectory.resolve(LIQUIBASE_CHANGELOG), changelog, UTF_8);
  }

  static String className(int i) {
    return String.format("M%04d", i);
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
