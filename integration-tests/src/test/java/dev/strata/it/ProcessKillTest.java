package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
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
            waiterOutput.await("Waiting for another migrator", 2, TimeUnit.MINUTES),
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

  /** The history holds versions 1…{@code count}, once each and in order, and so do the effects. */
  static void assertAppliedOnce(TestDatabase db, int count) {
    assertEquals(TestDatabase.migratedOnce(count), db.historyOutline());
    assertEquals(
        IntStream.rangeClosed(1, count).mapToObj(i -> List.of(String.valueOf(i), "1")).toList(),
        db.rows("select version, count(*) from effects group by version order by version"),
        "each migration's body ran once (and committed once)");
  }
}
