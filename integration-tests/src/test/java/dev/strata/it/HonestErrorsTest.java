package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.Migrator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each failure says what happened, and is classified by its cause, not by where it surfaced. */
class HonestErrorsTest {

  private static final Scenario USERS =
      Scenario.in("it.users1").migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS);

  /**
   * A session lost in the commit itself: the client cannot know whether the server committed. A
   * deferred constraint trigger ends its own session during {@code COMMIT}.
   */
  @Test
  void connectionLostInTheCommit_saysItIsUnknownWhetherItCommitted() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES)) {
      db.execute(
          "create function end_session() returns trigger language plpgsql as"
              + " $$ begin perform pg_terminate_backend(pg_backend_pid()); return null; end $$");
      Scenario scenario =
          Scenario.in("it.commitlost")
              .migration(
                  "Marks",
                  "version = \"1\"",
                  """
                @Up
                void up(DSLContext db) {
                  db.execute("create table marks (id int)");
                  db.execute("create constraint trigger at_commit after insert on marks"
                      + " deferrable initially deferred for each row execute function end_session()");
                  db.execute("insert into marks values (1)");
                }
              """);

      MigrationException e =
          assertThrows(
              MigrationException.class,
              () -> db.migrator().registry(scenario.registry()).build().migrate());

      assertEquals("commit", e.step(), e.getMessage());
      assertTrue(
          e.getMessage().contains("unknown whether the migration committed"), e.getMessage());
      assertFalse(e.getMessage().contains("nothing of it is applied"), e.getMessage());
    }
  }

  /**
   * Another migrator's history row at the rank this run writes (here written by the migration
   * itself, as a migrator holding another lock would): not the migration's fault.
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void duplicateRankInTheHistory_isAConcurrentMigrator(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Scenario scenario =
          Scenario.in("it.rank")
              .migration(
                  "Raced",
                  "version = \"1\"",
                  """
                @Up
                void up(DSLContext db) {
                  db.execute("insert into strata_history (rank, version, description, type,"
                      + " installed_by, installed_on, execution_ms, success)"
                      + " values (1, '1', 'raced', 'MIGRATE', 'other', current_timestamp, 0, true)");
                }
              """);

      MigrationException e =
          assertThrows(
              MigrationException.class,
              () -> db.migrator().registry(scenario.registry()).build().migrate());

      assertEquals(Reason.LOCK, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("another migrator"), e.getMessage());
      assertFalse(e.getMessage().contains("Fix the migration"), e.getMessage());
    }
  }

  /**
   * PostgreSQL ends a session idle in its transaction longer than the timeout: a lost connection.
   */
  @Test
  void idleInTransactionTimeout_isALostConnection() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES)) {
      Scenario scenario =
          Scenario.in("it.idleend")
              .migration(
                  "Idles",
                  "version = \"1\"",
                  """
                @Up
                void up(DSLContext db) throws InterruptedException {
                  db.execute("set local idle_in_transaction_session_timeout = '300ms'");
                  Thread.sleep(1500);
                  db.execute("create table idled (id int)");
                }
              """);

      MigrationException e =
          assertThrows(
              MigrationException.class,
              () -> db.migrator().registry(scenario.registry()).build().migrate());

      assertTrue(e.getMessage().contains("The connection was lost"), e.getMessage());
      assertFalse(e.getMessage().contains("Fix the migration"), e.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void historyOfAnotherLayout_isValidation(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.execute( // Flyway's layout, renamed
          "create table strata_history (installed_rank int not null primary key, version"
              + " varchar(50), description varchar(200) not null, type varchar(20) not null,"
              + " script varchar(1000) not null, checksum int, installed_by varchar(100) not null,"
              + " installed_on timestamp not null, execution_time int not null,"
              + " success boolean not null)");

      MigrationException e = migrateUsers(db);

      assertEquals(Reason.VALIDATION, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("not laid out as Strata's history"), e.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void historyMissingAColumn_isValidation(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      users(db).migrate();
      db.execute("alter table strata_history drop column checksum");

      MigrationException e = migrateUsers(db);

      assertEquals(Reason.VALIDATION, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("historyTable(...)"), e.getMessage());
    }
  }

  @Test
  void readOnlyDatabase_isConfiguration() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES)) {
      db.execute("alter database " + name(db) + " set default_transaction_read_only = on");

      MigrationException e = migrateUsers(db);

      assertEquals(Reason.CONFIGURATION, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    }
  }

  @Test
  void searchPathNamingNoSchema_isConfiguration() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES)) {
      db.execute("alter database " + name(db) + " set search_path = no_such_schema");

      MigrationException e = migrateUsers(db);

      assertEquals(Reason.CONFIGURATION, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("search_path"), e.getMessage());
    }
  }

  @Test
  void historyNameOf63Characters_isConfiguration() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES)) {
      String name = "h".repeat(63);
      MigrationException e =
          assertThrows(
              MigrationException.class,
              () -> db.migrator().registry(USERS.registry()).historyTable(name).build().migrate());

      assertEquals(Reason.CONFIGURATION, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("at most 60 characters"), e.getMessage());
    }
  }

  private static MigrationException migrateUsers(TestDatabase db) {
    return assertThrows(MigrationException.class, () -> users(db).migrate());
  }

  private static Migrator users(TestDatabase db) {
    return db.migrator().registry(USERS.registry()).build();
  }

  private static String name(TestDatabase db) {
    List<List<String>> rows = db.rows("select current_database()");
    return rows.get(0).get(0);
  }

  /**
   * A non-transactional migration whose history row, written before it ran, is removed while it
   * runs (here by the migration itself, as a repair elsewhere would): the run must not report it
   * applied while the history does not record it.
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void historyRowRemovedWhileANonTransactionalMigrationRan_isNotReportedApplied(Db kind)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Scenario scenario =
          Scenario.in("it.rowremoved")
              .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
              .migration(
                  "Removes",
                  "version = \"2\", transactional = false",
                  """
                @Up
                void up(DSLContext db) {
                  db.execute("create table removed_meanwhile (id int)");
                  db.execute("delete from strata_history where version = '2'");
                }
              """);
      Migrator migrator = db.migrator().registry(scenario.registry()).build();

      MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

      assertEquals(Reason.LOCK, e.reason(), e.getMessage());
      assertEquals("2", e.version());
      assertTrue(
          e.getMessage()
              .startsWith("Migration 2 (removes, it.rowremoved.Removes) ran, but its row"),
          e.getMessage());
      assertTrue(e.getMessage().contains("was gone when it finished"), e.getMessage());
      assertEquals(
          List.of(List.of("1")), db.rows("select version from strata_history order by rank"));
    }
  }
}
