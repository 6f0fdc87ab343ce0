package dev.strata.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Migrator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an up-to-date database costs: migrate() and validate() each send one statement (the history
 * read; on H2 a catalog lookup before it), at 10 and at 1,000 migrations, counted at the JDBC level
 * on every connection; and a fresh JVM's migrate() loads nothing of jOOQ.
 */
class RoundTripTest {

  private static final Scenario TEN = Scenarios.many(10);
  private static final Scenario THOUSAND = Scenarios.many(1000);

  private record Cost(List<String> migrate, List<String> validate) {}

  @ParameterizedTest
  @EnumSource(Db.class)
  void upToDate_oneStatementEach(Db kind) throws Exception {
    Cost ten = measure(kind, TEN);
    Cost thousand = measure(kind, THOUSAND);

    System.out.printf(
        "%s statements on an up-to-date database: migrate %d, validate %d"
            + " (10 migrations); migrate %d, validate %d (1,000 migrations)%n",
        kind,
        ten.migrate().size(),
        ten.validate().size(),
        thousand.migrate().size(),
        thousand.validate().size());
    // H2 asks its catalog first (in process), so that a new database's first run leaves no trace
    // file
    int statements = kind == Db.H2 ? 2 : 1;
    for (Cost cost : List.of(ten, thousand)) {
      assertEquals(statements, cost.migrate().size(), cost.migrate().toString());
      assertEquals(statements, cost.validate().size(), cost.validate().toString());
    }
  }

  /** Strata's own statements go straight to JDBC: a run that applies nothing never touches jOOQ. */
  @ParameterizedTest
  @EnumSource(Db.class)
  void upToDate_freshJvmLoadsNoJooqClass(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator().registry(TEN.registry()).build().migrate();

      Process process = Jvm.migrate(TEN, db.url, 0, "-Xlog:class+load=info");
      List<String> output =
          new String(process.getInputStream().readAllBytes(), UTF_8).lines().toList();
      process.waitFor();

      assertTrue(
          output.contains("APPLIED 0"),
          String.join("\n", output.subList(Math.max(0, output.size() - 20), output.size())));
      assertTrue(
          output.stream().anyMatch(line -> line.contains(" dev.strata.runtime.Migrator ")),
          "class loading is logged");
      assertEquals(List.of(), output.stream().filter(line -> line.contains(" org.jooq.")).toList());
    }
  }

  private static Cost measure(Db kind, Scenario scenario) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      CountingDataSource statements = new CountingDataSource(db.url);
      Migrator migrator =
          Migrator.builder().dataSource(statements).registry(scenario.registry()).build();
      migrator.migrate();
      assertEquals(
          scenario.registry().migrations().size(), db.count("select count(*) from strata_history"));

      statements.clear();
      migrator.migrate();
      List<String> migrate = statements.sent();
      statements.clear();
      migrator.validate();
      return new Cost(migrate, statements.sent());
    }
  }
}
