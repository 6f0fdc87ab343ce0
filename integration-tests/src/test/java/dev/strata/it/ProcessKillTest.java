package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Processes that share a database and end, are killed, or hold it at the worst moment for another
 * one.
 */
@Tag("reliability")
class ProcessKillTest {

  private static final int MIGRATIONS = 6;

  /**
   * H2 {@code AUTO_SERVER}: process A opened the file first, so it hosts the database, and holds
   * the lock inside migration 2; B waits for the lock through A's server. When A ends (normally,
   * after migrating to 2, or by SIGKILL), B's connections break: B must connect again (hosting the
   * database itself), take the lock, read the history again and finish, each migration once.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void autoServerHostEnds_waiterStartsOverAndFinishes(boolean killed) throws Exception {
    Scenario scenario = Scenarios.effects(MIGRATIONS);
    Path latch = Jvm.barrier();
    try (TestDatabase db = TestDatabase.create(Db.H2)) {
      Process host =
          Jvm.migrate(
              scenario,
              db.url,
              0,
              "-Dstrata.it.pause=up:2",
              "-Dstrata.it.latch=" + latch,
              "-Dstrata.it.target=2");
      Process waiter = null;
      try {
        Jvm.Output hostOutput = Jvm.Output.of(host);
        assertTrue(hostOutput.await("PAUSED up 2", 2, TimeUnit.MINUTES), hostOutput.text());
        waiter = Jvm.migrate(scenario, db.url, 0, "-Dstrata.it.lockTimeout=120");
        Jvm.Output waiterOutput = Jvm.Output.of(waiter);
        assertTrue(
            waiterOutput.await("Waiting for the migration lock", 2, TimeUnit.MINUTES),
            waiterOutput.text());
        if (killed) {
          host.destroyForcibly();
        } else {
          Files.createFile(latch);
        }
        assertTrue(host.waitFor(2, TimeUnit.MINUTES), "the host hung");
        String hostSaid = hostOutput.whole(1, TimeUnit.MINUTES);
        assertEquals(killed ? 137 : 0, host.exitValue(), hostSaid);
        assertTrue(waiter.waitFor(3, TimeUnit.MINUTES), "the waiter hung");
        String waiterSaid = waiterOutput.whole(1, TimeUnit.MINUTES);
        assertEquals(0, waiter.exitValue(), hostSaid + "\n--- waiter:\n" + waiterSaid);
        assertTrue(
            waiterSaid.contains("APPLIED " + (killed ? MIGRATIONS - 1 : MIGRATIONS - 2)),
            waiterSaid);
      } finally {
        host.destroyForcibly();
        if (waiter != null) {
          waiter.destroyForcibly();
        }
      }
      assertAppliedOnce(db, MIGRATIONS);
    }
  }

  /**
   * Without {@code AUTO_SERVER} an H2 file opens in one process at a time: while another process
   * has it open, migrating fails at once (one attempt to connect, no retries for seconds) with a
   * message that says so and how to share the file.
   */
  @org.junit.jupiter.api.Test
  void h2FileOpenInAnotherProcess_failsAtOnceSayingHowToShareIt() throws Exception {
    Scenario scenario = Scenarios.effects(MIGRATIONS);
    Path latch = Jvm.barrier();
    try (TestDatabase db = TestDatabase.create(Db.H2)) {
      String alone = db.url.replace(";AUTO_SERVER=TRUE", "");
      Process holder =
          Jvm.migrate(scenario, alone, 0, "-Dstrata.it.pause=up:2", "-Dstrata.it.latch=" + latch);
      try {
        Jvm.Output holderOutput = Jvm.Output.of(holder);
        assertTrue(holderOutput.await("PAUSED up 2", 2, TimeUnit.MINUTES), holderOutput.text());
        java.io.StringWriter driverLog = new java.io.StringWriter();
        java.sql.DriverManager.setLogWriter(new java.io.PrintWriter(driverLog, true));
        MigrationException e;
        try {
          Migrator migrator = Migrator.builder().url(alone).registry(scenario.registry()).build();
          e = assertThrows(MigrationException.class, migrator::migrate);
        } finally {
          java.sql.DriverManager.setLogWriter(null);
        }
        assertEquals(MigrationException.Reason.CONNECTION, e.reason());
        assertEquals("90020", e.sqlState());
        assertTrue(
            e.getMessage()
                .startsWith(
                    "Cannot connect to "
                        + alone
                        + ": another process has the H2 database file open (Database may be"
                        + " already in use:"),
            e.getMessage());
        assertTrue(
            e.getMessage()
                .endsWith(
                    "An H2 file opens in one process at a time: add ;AUTO_SERVER=TRUE to the URL"
                        + " of every process that shares it, or serve it with an H2 TCP server"
                        + " and connect with jdbc:h2:tcp://…; then run again."),
            e.getMessage());
        assertEquals(
            1,
            driverLog
                .toString()
                .lines()
                .filter(l -> l.startsWith("DriverManager.getConnection("))
                .count(),
            "one attempt to connect, no retries: " + driverLog);

        Files.createFile(latch);
        assertTrue(holder.waitFor(2, TimeUnit.MINUTES), "the holder hung");
        assertEquals(0, holder.exitValue(), holderOutput.whole(1, TimeUnit.MINUTES));
      } finally {
        holder.destroyForcibly();
      }
      assertAppliedOnce(db, MIGRATIONS);
    }
  }

  /**
   * SIGKILL while migration 2's post-check runs (it waits in Java, inside the migration's
   * transaction, after the body inserted its row): nothing of migration 2 is recorded or left, and
   * the next run applies it, and the rest, once.
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void killedDuringPostCheck_migrationRolledBackAndAppliedOnceByTheNextRun(Db kind)
      throws Exception {
    Scenario scenario = Scenarios.effects(MIGRATIONS);
    try (TestDatabase db = TestDatabase.createServed(kind)) {
      Process victim = Jvm.migrate(scenario, db.url, 0, "-Dstrata.it.pause=postcheck:2");
      killWhen(victim, "PAUSED postcheck 2", () -> true);
      assertLeftOnlyMigration1(db);
      assertEquals(MIGRATIONS - 1, rerun(db, scenario, "SIGKILL during a post-check"));
      assertAppliedOnce(db, MIGRATIONS);
    }
  }

  /**
   * SIGKILL while the insert of migration 2's history row waits for a lock: a test session holds an
   * uncommitted history row at the rank the migrator writes next, so the migrator's insert waits
   * for that session (its body and post-check already ran). The migrator is killed while waiting,
   * then the test session rolls back: nothing of migration 2 is recorded or left (its transaction
   * can only be rolled back: the client that would commit it is gone), and the next run applies the
   * rest once.
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void killedWhileHistoryInsertWaitsForALock_nextRunAppliesEachOnce(Db kind) throws Exception {
    Scenario scenario = Scenarios.effects(MIGRATIONS);
    try (TestDatabase db = TestDatabase.createServed(kind)) {
      db.migrator().registry(scenario.registry()).build().migrate("1");
      try (Connection holder = db.connect()) {
        holder.setAutoCommit(false);
        holdHistoryRank(holder, 2);
        // H2's own lock timeout would end the wait first: the migrator's sessions wait longer
        String url = kind == Db.H2 ? db.url + ";LOCK_TIMEOUT=600000" : db.url;
        Process victim = Jvm.migrate(scenario, url, 0);
        String waiting =
            kind == Db.H2
                ? "select count(*) from information_schema.sessions where blocker_id is not null"
                : "select count(*) from pg_stat_activity where datname = current_database()"
                    + " and wait_event_type = 'Lock' and query like '%strata_history%'";
        killWhen(victim, "Migrating", () -> db.count(waiting) > 0);
        holder.rollback();
      }
      assertLeftOnlyMigration1(db);
      assertEquals(MIGRATIONS - 1, rerun(db, scenario, "SIGKILL in a history insert's lock wait"));
      assertAppliedOnce(db, MIGRATIONS);
    }
  }

  /**
   * Inserts, uncommitted, a copy of the history's row of rank 1 at {@code rank}: another insert at
   * that rank waits for this transaction.
   */
  private static void holdHistoryRank(Connection holder, int rank) throws Exception {
    List<String> columns = new java.util.ArrayList<>();
    try (Statement s = holder.createStatement();
        ResultSet none = s.executeQuery("select * from strata_history where 1 = 0")) {
      for (int i = 1; i <= none.getMetaData().getColumnCount(); i++) {
        columns.add(none.getMetaData().getColumnName(i));
      }
    }
    String list = columns.stream().map(c -> '"' + c + '"').collect(Collectors.joining(", "));
    String rankColumn =
        columns.stream().filter(c -> c.equalsIgnoreCase("rank")).findFirst().orElseThrow();
    String values =
        columns.stream()
            .map(c -> c.equals(rankColumn) ? String.valueOf(rank) : '"' + c + '"')
            .collect(Collectors.joining(", "));
    try (Statement s = holder.createStatement()) {
      s.executeUpdate(
          "insert into strata_history (%s) select %s from strata_history where \"%s\" = 1"
              .formatted(list, values, rankColumn));
    }
  }

  /**
   * Waits until {@code process} printed {@code line} and then {@code ready} holds (polled), kills
   * it with SIGKILL and waits for it to end.
   */
  static void killWhen(Process process, String line, Check ready) throws Exception {
    try {
      Jvm.Output output = Jvm.Output.of(process);
      assertTrue(output.await(line, 2, TimeUnit.MINUTES), output.text());
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (!ready.holds()) {
        assertTrue(System.nanoTime() < deadline, "never ready to kill: " + output.text());
        Thread.sleep(20);
      }
      process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally, no rollback sent
      assertTrue(process.waitFor(1, TimeUnit.MINUTES), "a killed process hung");
    } finally {
      process.destroyForcibly();
    }
  }

  /** A condition polled until it holds. */
  @FunctionalInterface
  interface Check {
    boolean holds() throws Exception;
  }

  private static void assertLeftOnlyMigration1(TestDatabase db) {
    assertEquals(TestDatabase.migratedOnce(1), db.historyOutline(), "no row for migration 2");
    assertEquals(
        List.of(List.of("1")), db.rows("select version from effects"), "its body's row is gone");
  }

  /**
   * A new run in this JVM; it may wait a little for what the killed process's server session still
   * holds.
   */
  private static int rerun(TestDatabase db, Scenario scenario, String what) {
    long start = System.nanoTime();
    int applied =
        db.migrator()
            .registry(scenario.registry())
            .lockTimeout(java.time.Duration.ofMinutes(2))
            .build()
            .migrate()
            .executed()
            .size();
    System.out.printf(
        "[reliability] %s on %s: re-run applied %d in %.2f s%n",
        what, db.kind, applied, (System.nanoTime() - start) / 1e9);
    return applied;
  }

  /** The history holds versions 1…{@code count}, once each and in order, and so do the effects. */
  static void assertAppliedOnce(TestDatabase db, int count) {
    assertEquals(TestDatabase.migratedOnce(count), db.historyOutline());
    assertEquals(
        IntStream.rangeClosed(1, count).mapToObj(i -> List.of(String.valueOf(i), "1")).toList(),
        db.rows("select version, count(*) from effects group by version order by version"),
        "each migration's body ran once (and committed once)");
  }
}
