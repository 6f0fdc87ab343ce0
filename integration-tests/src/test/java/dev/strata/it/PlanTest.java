package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Dialect;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Plan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanTest {

  @ParameterizedTest
  @EnumSource(Db.class)
  void plan_rendersPendingSqlAndChangesNothing(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(Scenarios.shop().registry()).build();
      migrator.migrate("1");
      List<String> schema = db.schema();

      Plan plan = migrator.plan();

      assertEquals(kind == Db.H2 ? Dialect.H2 : Dialect.POSTGRES, plan.dialect());
      assertEquals(
          List.of("2", "3", "4", "5"), plan.steps().stream().map(Plan.Step::version).toList());
      assertEquals(
          List.of("insert into users (id, name) values (1, 'alice'), (2, 'bob')"),
          plan.steps().get(0).statements());
      assertEquals(
          List.of("alter table users add email varchar(200)"), plan.steps().get(1).statements());
      assertEquals(
          List.of(
              "create table orders (id int not null, user_id int, total int, primary key (id))"),
          plan.steps().get(2).statements());
      assertEquals(
          List.of("create index orders_user_idx on orders(user_id)"),
          plan.steps().get(3).statements());
      assertTrue(plan.steps().get(0).transactional());
      assertEquals(schema, db.schema());
      assertEquals(1, db.count("select count(*) from strata_history"));
      assertEquals(0, db.count("select count(*) from users"));
    }
  }

  /** MigrationContext statements are recorded as written, or with their values inlined. */
  @ParameterizedTest
  @EnumSource(Db.class)
  void plan_recordsMigrationContextStatements_withTheirValuesInlined(Db kind) throws Exception {
    Scenario scenario =
        Scenario.in("it.planned")
            .migration(
                "Seed",
                "version = \"1\"",
                """
          @Up
          void up(MigrationContext db) {
            db.execute("create table notes (id int, body varchar(20))");
            db.execute("insert into notes values (?, ?)", 1, "it's");
            db.dsl().insertInto(DSL.table("notes"), DSL.field("id")).values(2).execute();
          }
        """);
    try (TestDatabase db = TestDatabase.create(kind)) {
      Plan plan = db.migrator().registry(scenario.registry()).build().plan();

      assertEquals(
          List.of(
              "create table notes (id int, body varchar(20))",
              "insert into notes values (1, 'it''s')",
              "insert into notes (id) values (2)"),
          plan.steps().get(0).statements());
    }
  }
}
