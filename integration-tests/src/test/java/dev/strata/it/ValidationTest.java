package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Migrator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ValidationTest {

  /**
   * The statements {@code sent} that change something, other than the H2 lock table's creation on
   * first use: validation must refuse before any of them.
   */
  private static List<String> writes(CountingDataSource sent) {
    List<String> all = sent.sent();
    assertTrue(
        all.stream()
            .map(String::toLowerCase)
            .anyMatch( // H2 asks its catalog whether the table exists before reading it
                sql ->
                    sql.contains("from \"strata_history\"")
                        || sql.contains("from information_schema.tables")),
        "the history read is among the statements counted: " + all);
    return all.stream()
        .filter(
            sql ->
                !sql.stripLeading().toLowerCase().startsWith("select")
                    && !sql.toLowerCase().contains("strata_history_lock"))
        .toList();
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void drift_refusedByValidateAndMigrateBeforeAnythingRuns(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator().registry(Scenarios.shop().registry()).build().migrate("2");
      List<String> schema = db.schema();
      CountingDataSource sent = new CountingDataSource(db.url);
      Migrator drifted =
          Migrator.builder().dataSource(sent).registry(Scenarios.shopDrifted().registry()).build();

      MigrationException validation = assertThrows(MigrationException.class, drifted::validate);
      MigrationException migration = assertThrows(MigrationException.class, drifted::migrate);

      for (MigrationException e : List.of(validation, migration)) {
        assertEquals(Reason.VALIDATION, e.reason());
        assertEquals("2", e.version());
        assertTrue(
            e.getMessage().contains("-> 2 (it.shop.AddUsers): applied with checksum"),
            e.getMessage());
        assertTrue(e.getMessage().contains("write a new migration"), e.getMessage());
      }
      assertEquals(List.of(), writes(sent), "nothing may execute before validation");
      assertEquals(schema, db.schema());
      assertEquals(2, db.count("select count(*) from strata_history"));
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void missingAppliedVersion_refusedBeforeAnythingRuns(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator().registry(Scenarios.shop().registry()).build().migrate("2");
      CountingDataSource sent = new CountingDataSource(db.url);
      Migrator missing =
          Migrator.builder().dataSource(sent).registry(Scenarios.shopWithout2().registry()).build();

      MigrationException validation = assertThrows(MigrationException.class, missing::validate);
      MigrationException migration = assertThrows(MigrationException.class, missing::migrate);

      for (MigrationException e : List.of(validation, migration)) {
        assertEquals(Reason.VALIDATION, e.reason());
        assertTrue(
            e.getMessage().contains("-> 2 (add users) is applied, but no registry has it"),
            e.getMessage());
      }
      assertEquals(List.of(), writes(sent));
      assertEquals(MigrationState.MISSING, missing.status().get(1).state());
      assertEquals(2, db.count("select count(*) from strata_history"));
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void outOfOrder_refusedUnlessAllowed(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator().registry(Scenarios.shopWithout3().registry()).build().migrate();
      Migrator strict = db.migrator().registry(Scenarios.shop().registry()).build();

      assertEquals(MigrationState.OUT_OF_ORDER, strict.status().get(2).state());
      MigrationException e = assertThrows(MigrationException.class, strict::migrate);
      assertEquals(Reason.VALIDATION, e.reason());
      assertEquals("3", e.version());
      assertTrue(
          e.getMessage().contains("older than the newest applied version 5"), e.getMessage());
      assertTrue(e.getMessage().contains("outOfOrder(true)"), e.getMessage());

      List<MigrationInfo> applied =
          db.migrator()
              .registry(Scenarios.shop().registry())
              .outOfOrder(true)
              .build()
              .migrate()
              .executed();
      assertEquals(List.of("3"), applied.stream().map(MigrationInfo::version).toList());
      assertTrue(db.schema().contains("users email character varying yes"));
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void outOfOrder_dependencyAppliedEarlierInTheSameRun_isAllowed(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator()
          .registry(
              Scenario.in("it.ooo")
                  .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
                  .migration("Late", "version = \"5\"", "@Up void up(DSLContext db) {}")
                  .registry())
          .build()
          .migrate();
      // a branch merged late brings 4 and 4.5, which depends on 4: both are older than 5
      Scenario merged =
          Scenario.in("it.ooo")
              .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
              .migration("CreateOrders", "version = \"4\"", Scenarios.CREATE_ORDERS)
              .migration(
                  "IndexOrders",
                  "version = \"4.5\", dependsOn = CreateOrders.class",
                  Scenarios.INDEX_ORDERS)
              .migration("Late", "version = \"5\"", "@Up void up(DSLContext db) {}");
      Migrator lenient = db.migrator().registry(merged.registry()).outOfOrder(true).build();

      assertEquals(
          List.of("4", "4.5"),
          lenient.migrate().executed().stream().map(MigrationInfo::version).toList());
      assertEquals(
          List.of(List.of("1"), List.of("5"), List.of("4"), List.of("4.5")),
          db.rows("select version from strata_history order by rank"));
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void noUpForConnectedDialect_refusedBeforeAnythingRuns(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      String other = kind == Db.H2 ? "POSTGRES" : "H2";
      Scenario scenario =
          Scenario.in("it.dialect" + other)
              .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
              .migration(
                  "OtherOnly",
                  "version = \"2\"",
                  "@Up(dialects = Dialect." + other + ") void up(DSLContext db) {}");
      CountingDataSource sent = new CountingDataSource(db.url);
      Migrator migrator = Migrator.builder().dataSource(sent).registry(scenario.registry()).build();

      MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

      assertEquals(Reason.VALIDATION, e.reason());
      assertEquals("2", e.version());
      assertTrue(
          e.getMessage().contains("has no @Up for " + (kind == Db.H2 ? "H2" : "POSTGRES")),
          e.getMessage());
      assertEquals(List.of(), writes(sent));
      assertThrows(MigrationException.class, migrator::validate);
    }
  }
}
