package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationEvent;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Migrator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FailureTest {

  private static final String USERS = "select id, name from users order by id";

  @ParameterizedTest
  @EnumSource(Db.class)
  void failureInThirdOfFive_leavesStateOfSecond(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(Scenarios.shopFailingAt3().registry()).build();
      migrator.migrate("2");
      List<String> schemaAfter2 = db.schema();
      List<List<String>> usersAfter2 = db.rows(USERS);
      List<String> failed = new ArrayList<>();
      Migrator listened =
          db.migrator()
              .registry(Scenarios.shopFailingAt3().registry())
              .listener(
                  new MigrationListener() {
                    @Override
                    public void failed(MigrationEvent event, MigrationException error) {
                      failed.add(event.version());
                    }
                  })
              .build();

      MigrationException e = assertThrows(MigrationException.class, listened::migrate);

      assertEquals(Reason.MIGRATION_FAILED, e.reason());
      assertEquals("3", e.version());
      String up = kind == Db.H2 ? "@Up upH2()" : "@Up upPostgres()";
      assertEquals(up, e.step());
      assertEquals("23505", e.sqlState()); // unique violation, on both databases
      assertTrue(
          e.getMessage()
              .startsWith(
                  "Migration 3 (add email to users, it.shop.AddEmail) failed in " + up + ": "),
          e.getMessage());
      assertTrue(e.getMessage().contains("[SQL state 23505]"), e.getMessage());
      assertEquals(List.of("3"), failed);
      assertEquals(schemaAfter2, db.schema()); // on PostgreSQL the ALTER TABLE was rolled back too
      assertEquals(usersAfter2, db.rows(USERS));
      assertEquals(
          List.of(List.of("1"), List.of("2")),
          db.rows("select version from strata_history order by rank"));
      assertEquals(MigrationState.PENDING, migrator.status().get(2).state());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void postCheckFalse_rollsMigrationBack(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Scenario scenario =
          Scenario.in("it.postcheck")
              .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
              .migration(
                  "AddCarol",
                  "version = \"2\"",
                  """
                @Up
                void up(DSLContext db) {
                  db.insertInto(DSL.table("users"), DSL.field("id"), DSL.field("name")).values(3, "carol").execute();
                }

                @PostCheck("nobody is named carol")
                boolean noCarol(DSLContext db) {
                  return db.fetchCount(DSL.table("users"), DSL.field("name").eq("carol")) == 0;
                }
              """);
      Migrator migrator = db.migrator().registry(scenario.registry()).build();

      MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

      assertEquals(Reason.CHECK_FAILED, e.reason());
      assertEquals("2", e.version());
      assertEquals("@PostCheck 'nobody is named carol' (noCarol())", e.step());
      assertTrue(e.getMessage().contains("returned false"), e.getMessage());
      assertEquals(0, db.count("select count(*) from users"));
      assertEquals(
          List.of(List.of("1")), db.rows("select version from strata_history order by rank"));
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void preCheckFalse_appliesNothingOfIt(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Scenario scenario =
          Scenario.in("it.precheck")
              .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
              .migration(
                  "AddCarol",
                  "version = \"2\"",
                  """
                @PreCheck("users is not empty")
                boolean hasUsers(DSLContext db) {
                  return db.fetchCount(DSL.table("users")) > 0;
                }

                @Up
                void up(DSLContext db) {
                  db.insertInto(DSL.table("users"), DSL.field("id"), DSL.field("name")).values(3, "carol").execute();
                }
              """);
      Migrator migrator = db.migrator().registry(scenario.registry()).build();

      MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

      assertEquals(Reason.CHECK_FAILED, e.reason());
      assertEquals("@PreCheck 'users is not empty' (hasUsers())", e.step());
      assertEquals(0, db.count("select count(*) from users"));
      assertEquals(1, db.count("select count(*) from strata_history"));
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void allOrNothing_failureRollsBackEveryPendingMigration(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.execute("create table users (id int primary key, name varchar(100))");
      Scenario scenario =
          Scenario.in("it.allornothing")
              .migration("AddUsers", "version = \"1\"", Scenarios.ADD_USERS)
              .migration(
                  "AddCarol",
                  "version = \"2\"",
                  """
                @Up
                void up(DSLContext db) {
                  db.insertInto(DSL.table("users"), DSL.field("id"), DSL.field("name")).values(3, "carol").execute();
                }
              """)
              .migration(
                  "AddAliceAgain",
                  "version = \"3\"",
                  """
                @Up
                void up(DSLContext db) {
                  db.insertInto(DSL.table("users"), DSL.field("id"), DSL.field("name")).values(1, "alice").execute();
                }
              """);
      Migrator migrator = db.migrator().registry(scenario.registry()).allOrNothing(true).build();

      MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

      assertEquals("3", e.version());
      assertTrue(e.getMessage().contains("allOrNothing"), e.getMessage());
      assertEquals(0, db.count("select count(*) from users"));
      assertEquals(0, db.count("select count(*) from strata_history"));
    }
  }
}
