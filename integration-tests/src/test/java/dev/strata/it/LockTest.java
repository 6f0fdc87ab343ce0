package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LockTest {

  @ParameterizedTest
  @EnumSource(Db.class)
  void lockHeldLongerThanLockTimeout_failsNamingTheOption(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Waited waited = waitWhileHeld(db, null);

      MigrationException e = waited.error();
      assertEquals(Reason.LOCK, e.reason());
      assertTrue(
          e.getMessage().contains("(--lock-timeout, or lockTimeout(...) on Migrator.builder())"),
          e.getMessage());
      assertTrue(waited.impatient().migrate().nothingToDo());
    }
  }

  /**
   * The lock belongs to the table, not to how it is spelled: a migrator configured with {@code
   * schema("public")} and one left to the connection's current schema (also {@code public}) use one
   * history table, so one waits for the other instead of both applying.
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void schemaSpelledOrLeftToTheConnection_isOneLock(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Waited waited = waitWhileHeld(db, "public");

      assertEquals(Reason.LOCK, waited.error().reason(), waited.error().getMessage());
      assertTrue(waited.impatient().migrate().nothingToDo());
      assertEquals(2, db.count("select count(*) from strata_history"));
    }
  }

  /** Migration 2 holds the lock until {@code it.slow.release} is set, for a minute at most. */
  static final Scenario SLOW =
      Scenario.in("it.slow")
          .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
          .migration(
              "Slow",
              "version = \"2\"",
              """
            @Up
            void up(DSLContext db) throws InterruptedException {
              // holds the lock until the test has seen the impatient migrator give up
              for (int i = 0; i < 1200 && !Boolean.getBoolean("it.slow.release"); i++) {
                Thread.sleep(50);
              }
            }
          """);

  /** What the impatient migrator threw, and the migrator, once the holder finished. */
  private record Waited(MigrationException error, Migrator impatient) {}

  /**
   * Lets a migrator (in {@code holderSchema}, or the connection's) hold the lock in a slow
   * migration while an impatient one (the connection's schema, a 500 ms lockTimeout) migrates.
   */
  private static Waited waitWhileHeld(TestDatabase db, String holderSchema) throws Exception {
    SLOW.registry(); // compiled before the clock starts
    System.clearProperty("it.slow.release");
    CompletableFuture<?> holder =
        CompletableFuture.runAsync(
            () -> db.migrator().registry(SLOW.registry()).schema(holderSchema).build().migrate());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!historyHas(db, 1) && System.nanoTime() < deadline) {
      Thread.sleep(50); // the holder is in migration 2, holding the lock
    }
    Migrator impatient =
        db.migrator().registry(SLOW.registry()).lockTimeout(Duration.ofMillis(500)).build();
    MigrationException e;
    try {
      e = assertThrows(MigrationException.class, impatient::migrate);
    } finally {
      System.setProperty("it.slow.release", "true");
    }
    holder.get(60, TimeUnit.SECONDS);
    return new Waited(e, impatient);
  }

  private static final Scenario HOLDER =
      Scenario.in("it.holder")
          .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
          .migration(
              "Holds",
              "version = \"2\"",
              """
            @Up(dialects = Dialect.POSTGRES)
            void upPostgres(DSLContext db) throws InterruptedException {
              // the lock is held in the session that runs the migrations: this one
              System.setProperty("it.holder.pid", db.fetchValue("select pg_backend_pid()").toString());
              upH2(db);
            }

            @Up(dialects = Dialect.H2)
            void upH2(DSLContext db) throws InterruptedException {
              for (int i = 0; i < 2400 && !Boolean.getBoolean("it.holder.release"); i++) {
                Thread.sleep(50);
              }
            }
          """);

  /**
   * A migrator that finds the lock held says so once, before it waits, naming the holder where the
   * database shows it: on PostgreSQL the holder's pid, application and client from {@code
   * pg_stat_activity}; H2 shows no lock holders.
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void lockHeld_waiterIsToldOnce_whoHoldsIt(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      HOLDER.registry(); // compiled before the clock starts
      System.clearProperty("it.holder.release");
      System.clearProperty("it.holder.pid");
      CompletableFuture<?> holder =
          CompletableFuture.runAsync(
              () -> db.migrator().registry(HOLDER.registry()).build().migrate());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!historyHas(db, 1) && System.nanoTime() < deadline) {
        Thread.sleep(50); // the holder is in migration 2, holding the lock
      }
      List<String> told = new CopyOnWriteArrayList<>();
      MigrationListener listener =
          new MigrationListener() {
            @Override
            public void waitingForLock(String holderDescription) {
              told.add(holderDescription);
            }
          };
      CompletableFuture<MigrationReport> waiter =
          CompletableFuture.supplyAsync(
              () ->
                  db.migrator()
                      .registry(HOLDER.registry())
                      .listener(listener)
                      .lockTimeout(Duration.ofMinutes(2))
                      .build()
                      .migrate());
      try {
        while (told.isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
      } finally {
        System.setProperty("it.holder.release", "true");
      }
      holder.get(60, TimeUnit.SECONDS);

      assertTrue(waiter.get(60, TimeUnit.SECONDS).nothingToDo());
      assertEquals(1, told.size(), told.toString());
      if (kind == Db.POSTGRES) {
        String pid = System.getProperty("it.holder.pid");
        assertTrue(
            told.get(0)
                .startsWith("pid " + pid + " (application 'PostgreSQL JDBC Driver', client "),
            told.get(0));
        assertTrue(
            told.get(0)
                .matches(".*, connected since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)"),
            told.get(0));
      } else {
        assertEquals(List.of("another process"), told);
      }
    }
  }

  /**
   * {@code idle_session_timeout} and {@code idle_in_transaction_session_timeout}, common server or
   * role settings, end neither the run nor its lock: a migration that computes in Java for longer
   * than both inside its transaction applies, and a second migrator that waited meanwhile finds
   * nothing to do.
   */
  @Test
  void idleTimeoutsOfTheDatabase_endNeitherTheRunNorItsLock() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES)) {
      String database = db.rows("select current_database()").get(0).get(0);
      db.execute("alter database " + database + " set idle_session_timeout = '1s'");
      db.execute("alter database " + database + " set idle_in_transaction_session_timeout = '1s'");
      Scenario scenario =
          Scenario.in("it.idle")
              .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
              .migration(
                  "Computes",
                  "version = \"2\"",
                  """
                @Up
                void up(DSLContext db) throws InterruptedException {
                  db.execute("create table computed (id int)");
                  Thread.sleep(3000); // idle in its transaction, and the lock's session too
                  db.execute("insert into computed values (1)");
                }
              """)
              .migration("AddUsers", "version = \"3\"", Scenarios.ADD_USERS);
      scenario.registry(); // compiled before the clock starts
      CompletableFuture<Integer> first =
          CompletableFuture.supplyAsync(
              () ->
                  db.migrator().registry(scenario.registry()).build().migrate().executed().size());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!historyHas(db, 1) && System.nanoTime() < deadline) {
        Thread.sleep(50); // the first migrator is in migration 2
      }

      int second = db.migrator().registry(scenario.registry()).build().migrate().executed().size();

      assertEquals(3, first.get(60, TimeUnit.SECONDS));
      assertEquals(0, second);
      assertEquals(
          List.of(List.of("1"), List.of("2"), List.of("3")),
          db.rows("select version from strata_history where success order by rank"));
      assertEquals(1, db.count("select count(*) from computed"));
    }
  }

  private static boolean historyHas(TestDatabase db, int rows) {
    try {
      return db.count("select count(*) from strata_history") >= rows;
    } catch (IllegalStateException notYetCreated) {
      return false;
    }
  }

  /**
   * A run whose lock session dies stops before its next migration instead of racing another run.
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void lockSessionKilled_runStopsBeforeNextMigration(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Scenario scenario =
          Scenario.in("it.locklost")
              .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
              .migration(
                  "KillLockSession",
                  "version = \"2\"",
                  """
                @Up(dialects = Dialect.POSTGRES)
                void upPostgres(DSLContext db) {
                  if (Boolean.getBoolean("it.locklost.kill")) { // the first run only
                    db.fetch("select pg_terminate_backend(pid) from pg_locks" // this database's only:
                        + " where locktype = 'advisory'" // other builds share the server
                        + " and database = (select oid from pg_database where datname = current_database())");
                  }
                }

                @Up(dialects = Dialect.H2)
                void upH2(DSLContext db) {
                  if (Boolean.getBoolean("it.locklost.kill")) {
                    db.fetch("select abort_session(session_id) from information_schema.sessions"
                        + " where session_id <> session_id()");
                  }
                }
              """)
              .migration("AddUsers", "version = \"3\"", Scenarios.ADD_USERS);
      Migrator migrator = db.migrator().registry(scenario.registry()).build();

      System.setProperty("it.locklost.kill", "true");
      MigrationException e;
      try {
        e = assertThrows(MigrationException.class, migrator::migrate);
      } finally {
        System.clearProperty("it.locklost.kill");
      }

      if (kind == Db.POSTGRES) {
        // the lock is held in the migrating session: killing it ends migration 2 before it commits
        assertEquals(Reason.MIGRATION_FAILED, e.reason(), e.getMessage());
        assertEquals("2", e.version());
        assertTrue(
            e.getMessage().contains("the migration lock, held in that session, was released"),
            e.getMessage());
        assertEquals(List.of(List.of("1")), db.rows("select version from strata_history"));
      } else {
        // the lock has a session of its own: its loss is found before migration 2 commits
        assertEquals(Reason.LOCK, e.reason(), e.getMessage());
        assertEquals("2", e.version());
        assertTrue(
            e.getMessage().startsWith("The migration lock was lost while migration 2"),
            e.getMessage());
        assertTrue(e.getMessage().contains("nothing of it is recorded"), e.getMessage());
      }
      assertEquals(List.of(List.of("1")), db.rows("select version from strata_history"));
      assertEquals(0, db.count("select count(*) from users"));
      // a new run takes a new lock
      assertEquals(2, migrator.migrate().executed().size());
    }
  }

  /**
   * H2: a non-transactional migration whose lock session dies while it runs is left failed, not
   * marked applied: what it did stays, and another migrator may have run meanwhile.
   */
  @Test
  void lockSessionKilledDuringANonTransactionalMigration_isLeftFailedNotApplied() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.H2)) {
      Scenario scenario =
          Scenario.in("it.locklostnt")
              .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
              .migration(
                  "KillLockSession",
                  "version = \"2\", transactional = false",
                  """
                @Up
                void up(DSLContext db) {
                  db.fetch("select abort_session(session_id) from information_schema.sessions"
                      + " where session_id <> session_id()");
                  db.execute("insert into users values (1, 'alice')");
                }
              """);

      MigrationException e =
          assertThrows(
              MigrationException.class,
              () -> db.migrator().registry(scenario.registry()).build().migrate());

      assertEquals(Reason.LOCK, e.reason(), e.getMessage());
      assertEquals("2", e.version());
      assertTrue(
          e.getMessage().startsWith("The migration lock was lost while migration 2"),
          e.getMessage());
      assertTrue(e.getMessage().contains("left recorded as failed"), e.getMessage());
      assertEquals(
          List.of(List.of("1", "TRUE"), List.of("2", "FALSE")),
          db.rows("select version, success from strata_history order by rank"));
      assertEquals(1, db.count("select count(*) from users"));
    }
  }

  /**
   * H2: {@code repair} by another migrator while a failed non-transactional migration, whose
   * migrator lost its lock, still runs its statement: refused, so that the migration cannot run
   * twice; once it ends, repair goes ahead.
   */
  @Test
  void repairWhileALockLostMigrationStillRuns_refusesOnH2() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.H2)) {
      Scenario scenario =
          Scenario.in("it.repairwhilerunning")
              .migration(
                  "Holds",
                  "version = \"1\", transactional = false",
                  """
                @Up
                void up(DSLContext db) {
                  db.fetch("select abort_session(session_id) from information_schema.sessions"
                      + " where session_id <> session_id()"); // the lock's session
                  db.execute("create alias if not exists it_hold for 'dev.strata.it.Faults.hold'");
                  db.execute("call it_hold()");
                }
              """);
      CompletableFuture<MigrationException> lost =
          CompletableFuture.supplyAsync(
              () ->
                  assertThrows(
                      MigrationException.class,
                      () -> db.migrator().registry(scenario.registry()).build().migrate()));
      MigrationException refused;
      try {
        assertTrue(Faults.awaitHeld());
        Migrator repairer = db.migrator().registry(scenario.registry()).build();

        refused = assertThrows(MigrationException.class, repairer::repair);
      } finally {
        Faults.release();
      }

      assertEquals(Reason.LOCK, refused.reason(), refused.getMessage());
      assertTrue(refused.getMessage().startsWith("Cannot repair yet"), refused.getMessage());
      assertTrue(refused.getMessage().contains("call it_hold()"), refused.getMessage());
      assertTrue(refused.getMessage().contains("Migrator.repair()"), refused.getMessage());
      MigrationException e = lost.get(60, TimeUnit.SECONDS);
      assertTrue(e.getMessage().contains("left recorded as failed"), e.getMessage());
      assertEquals(
          List.of(List.of("1", "FALSE")), db.rows("select version, success from strata_history"));
      assertEquals(
          List.of("1"),
          db.migrator().registry(scenario.registry()).build().repair().removedFailed());
    }
  }
}
