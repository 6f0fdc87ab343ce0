package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Migrator;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** On an up-to-date database, migrate() and validate() cost the same at 10 and at 1,000 migrations. */
class RoundTripTest {

  private static final Scenario TEN = Scenarios.many(10);
  private static final Scenario THOUSAND = Scenarios.many(1000);

  private record Cost(int migrate, int validate) {}

  @ParameterizedTest
  @EnumSource(Db.class)
  void upToDate_constantRoundTrips(Db kind) throws Exception {
    Cost ten = measure(kind, TEN);
    Cost thousand = measure(kind, THOUSAND);

    System.out.printf("%s round trips on an up-to-date database: migrate %d, validate %d"
        + " (10 migrations); migrate %d, validate %d (1,000 migrations)%n",
        kind, ten.migrate(), ten.validate(), thousand.migrate(), thousand.validate());
    assertEquals(ten, thousand);
  }

  private static Cost measure(Db kind, Scenario scenario) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      AtomicInteger statements = new AtomicInteger();
      Migrator migrator = db.migrator().registry(scenario.registry())
          .executeListener(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
              statements.incrementAndGet();
            }
          })
          .build();
      migrator.migrate();
      assertEquals(scenario.registry().migrations().size(),
          db.count("select count(*) from strata_history"));

      statements.set(0);
      migrator.migrate();
      int migrate = statements.getAndSet(0);
      migrator.validate();
      return new Cost(migrate, statements.get());
    }
  }
}
