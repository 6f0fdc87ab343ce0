package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.HistoryEntry;
import dev.strata.runtime.MigrationEvent;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.RepairReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UndoBaselineRepairTest {

  @ParameterizedTest
  @EnumSource(Db.class)
  void undoToVersion_runsDownNewestFirstAndRecordsIt(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator plain = db.migrator().registry(Scenarios.shop().registry()).build();
      plain.migrate("2");
      List<String> schemaAt2 = db.schema();
      plain.migrate();
      List<String> events = new ArrayList<>();
      Migrator migrator =
          db.migrator()
              .registry(Scenarios.shop().registry())
              .listener(
                  new MigrationListener() {
                    @Override
                    public void started(MigrationEvent e) {
                      events.add(
                          e.operation() + " " + e.version() + " " + e.position() + "/" + e.total());
                    }
                  })
              .build();

      MigrationReport report = migrator.undo("2");

      assertEquals(List.of("UNDO 5 1/3", "UNDO 4 2/3", "UNDO 3 3/3"), events);
      assertEquals("5", report.initialVersion());
      assertEquals("2", report.finalVersion());
      assertEquals(schemaAt2, db.schema());
      assertEquals(
          List.of(
              MigrationState.APPLIED,
              MigrationState.APPLIED,
              MigrationState.PENDING,
              MigrationState.PENDING,
              MigrationState.PENDING),
          migrator.status().stream().map(MigrationInfo::state).toList());
      // the history keeps what happened: five applications, then three undos
      assertEquals(
          List.of(
              List.of("1", "MIGRATE"),
              List.of("2", "MIGRATE"),
              List.of("3", "MIGRATE"),
              List.of("4", "MIGRATE"),
              List.of("5", "MIGRATE"),
              List.of("5", "UNDO"),
              List.of("4", "UNDO"),
              List.of("3", "UNDO")),
          db.rows("select version, type from strata_history order by rank"));
      // and history() reads it back as the table has it
      List<HistoryEntry> history = migrator.history();
      assertEquals(
          db.rows("select rank, version, type, installed_by from strata_history order by rank"),
          history.stream()
              .map(
                  e ->
                      List.of(
                          String.valueOf(e.rank()), e.version(), e.type().name(), e.installedBy()))
              .toList());
      assertTrue(history.stream().allMatch(HistoryEntry::success));
      assertEquals(List.of("team-a"), history.get(1).owners());
      assertEquals("add users", history.get(1).description());

      assertEquals(3, migrator.migrate().executed().size()); // undone migrations apply again
      assertEquals("5", migrator.status().get(4).version());
      assertEquals(MigrationState.APPLIED, migrator.status().get(4).state());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void undoWithoutDown_refusedBeforeUndoingAnything(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(Scenarios.shopWithout4Down().registry()).build();
      migrator.migrate();
      List<String> schema = db.schema();

      MigrationException e = assertThrows(MigrationException.class, () -> migrator.undo("2"));

      assertEquals(Reason.UNDO_REFUSED, e.reason());
      assertEquals("4", e.version());
      assertTrue(e.getMessage().contains("-> 4 (it.shop.CreateOrders)"), e.getMessage());
      assertEquals(schema, db.schema()); // 5 has a @Down, but it was not run either
      assertEquals(5, db.count("select count(*) from strata_history"));
    }
  }

  /**
   * A target that is neither applied nor known is most likely a typo: 2.5 for 2 or 3 would undo
   * three migrations, 42 would report nothing to undo. Both are refused before anything runs.
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void undoToUnknownVersion_refusedBeforeUndoingAnything(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(Scenarios.shop().registry()).build();
      migrator.migrate();
      List<String> schema = db.schema();

      for (String target : List.of("2.5", "42")) {
        MigrationException e = assertThrows(MigrationException.class, () -> migrator.undo(target));

        assertEquals(Reason.UNDO_REFUSED, e.reason());
        assertEquals(target, e.version());
        assertEquals(
            "Cannot undo to version "
                + target
                + ": it is neither applied nor a migration this build knows, so nothing was"
                + " undone. Give an applied version (the newest is 5), a known one, or 0 to undo"
                + " everything.",
            e.getMessage());
      }
      assertEquals(schema, db.schema());
      assertEquals(5, db.count("select count(*) from strata_history"));
      assertEquals(4, migrator.undo("1.0").executed().size()); // 1.0 is version 1, known
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void baseline_adoptsExistingTables(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.execute("create table users (id int primary key, name varchar(100))");
      db.execute("insert into users values (1, 'alice'), (2, 'bob')");
      Migrator migrator = db.migrator().registry(Scenarios.shop().registry()).build();

      migrator.baseline("2");

      List<MigrationInfo> status = migrator.status();
      assertEquals(
          List.of(
              "1 BELOW_BASELINE",
              "2 BELOW_BASELINE",
              "2 BASELINE",
              "3 PENDING",
              "4 PENDING",
              "5 PENDING"),
          status.stream().map(i -> i.version() + " " + i.state()).toList());
      assertEquals(
          List.of("3", "4", "5"),
          migrator.migrate().executed().stream().map(MigrationInfo::version).toList());
      assertEquals(2, db.count("select count(*) from users"));
      MigrationException again =
          assertThrows(MigrationException.class, () -> migrator.baseline("4"));
      assertEquals(Reason.VALIDATION, again.reason());
      assertTrue(again.getMessage().startsWith("Cannot baseline at 4: "), again.getMessage());
      assertTrue(
          again
              .getMessage()
              .endsWith(
                  " already records migrations (newest: 5). A baseline"
                      + " adopts a database that Strata has never migrated; this one it has, so migrate it"
                      + " instead."),
          again.getMessage());
      MigrationException below = assertThrows(MigrationException.class, () -> migrator.undo("1"));
      assertEquals(Reason.UNDO_REFUSED, below.reason());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void failedNonTransactionalMigration_blocksUntilRepair(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      // PostgreSQL: CREATE INDEX CONCURRENTLY cannot run in a transaction, nor wait on the lock
      Scenario scenario =
          Scenario.in("it.repair")
              .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
              .migration(
                  "IndexNames",
                  "version = \"2\", transactional = false",
                  """
                @Up(dialects = Dialect.POSTGRES)
                void upPostgres(DSLContext db) {
                  db.execute("create index concurrently if not exists users_name_idx on users (name)");
                  db.execute("insert into audit (note) values ('indexed')");
                }

                @Up(dialects = Dialect.H2)
                void upH2(DSLContext db) {
                  db.execute("create index if not exists users_name_idx on users (name)");
                  db.execute("insert into audit (note) values ('indexed')");
                }
              """);
      Migrator migrator = db.migrator().registry(scenario.registry()).build();

      MigrationException failure = assertThrows(MigrationException.class, migrator::migrate);

      assertEquals(Reason.MIGRATION_FAILED, failure.reason());
      assertEquals("2", failure.version());
      assertTrue(failure.sqlState().startsWith("42"), failure.sqlState()); // no table audit
      assertTrue(
          failure.getMessage().contains("run repair (strata repair, or Migrator.repair())"),
          failure.getMessage());
      assertEquals(MigrationState.FAILED, migrator.status().get(1).state());
      assertTrue(
          db.schema().contains("users index users_name_idx"), "not transactional: the index stays");
      MigrationException blocked = assertThrows(MigrationException.class, migrator::migrate);
      assertEquals(Reason.REPAIR_NEEDED, blocked.reason());
      assertEquals(
          Reason.REPAIR_NEEDED,
          assertThrows(MigrationException.class, migrator::validate).reason());

      db.execute("create table audit (note varchar(100))"); // the person fixes the cause
      RepairReport repaired = migrator.repair();

      assertEquals(List.of("2"), repaired.removedFailed());
      assertEquals(List.of(), repaired.realignedChecksums());
      assertTrue(migrator.repair().nothingToDo(), "a second repair has nothing left to do");

      assertEquals(MigrationState.PENDING, migrator.status().get(1).state());
      assertEquals(
          List.of("2"),
          migrator.migrate().executed().stream().map(MigrationInfo::version).toList());
      assertEquals(1, db.count("select count(*) from audit"));
      assertEquals(
          List.of(List.of("1"), List.of("2")),
          db.rows("select version from strata_history order by rank"));
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void repair_realignsDriftedChecksums(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator().registry(Scenarios.shop().registry()).build().migrate("2");
      Migrator drifted = db.migrator().registry(Scenarios.shopDrifted().registry()).build();
      assertThrows(MigrationException.class, drifted::validate);

      RepairReport repaired = drifted.repair();

      assertEquals(List.of("2"), repaired.realignedChecksums());
      assertEquals(List.of(), repaired.removedFailed());
      drifted.validate();
      assertEquals(
          Scenarios.shopDrifted().registry().migrations().get(1).checksum(),
          db.rows("select checksum from strata_history where version = '2'").get(0).get(0));
    }
  }
}
