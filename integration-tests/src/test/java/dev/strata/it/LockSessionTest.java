package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.Migrator;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL lock's session, held on the migrating connection, is bounded when its host is lost
 * or cut off, and never goes back to a pool still holding the lock.
 */
@Tag("reliability")
class LockSessionTest {

  /** What the lock's session sets while it holds the lock, with the values it sets. */
  private static final Map<String, String> WHILE_HELD = new LinkedHashMap<>();

  static {
    WHILE_HELD.put("tcp_keepalives_idle", "60");
    WHILE_HELD.put("tcp_keepalives_interval", "10");
    WHILE_HELD.put("tcp_keepalives_count", "6");
    WHILE_HELD.put("tcp_user_timeout", "120000");
    WHILE_HELD.put("client_connection_check_interval", "1000");
    WHILE_HELD.put("idle_session_timeout", "0");
    WHILE_HELD.put("idle_in_transaction_session_timeout", "0");
  }

  /**
   * A migration, which runs in the lock's session, sees the keepalives that free a dead client's
   * lock within about two minutes, and its own network timeout (Strata bounds only its own
   * statements); a pool's connection then gets its settings and its network timeout back.
   */
  @Test
  void lockSession_setsKeepalivesWhileHeld_andAPooledConnectionGetsItsSettingsBack()
      throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES);
        KeptConnections pool =
            new KeptConnections(db, c -> c.setNetworkTimeout(Runnable::run, 45_000))) {
      Scenario scenario =
          Scenario.in("it.keepalive")
              .migration(
                  "Looks",
                  "version = \"1\"",
                  """
                @Up
                void up(MigrationContext db) throws java.sql.SQLException {
                  db.execute("create table seen (name text, value text)");
                  db.execute("insert into seen select name, setting from pg_settings where name in"
                      + " ('tcp_keepalives_idle', 'tcp_keepalives_interval', 'tcp_keepalives_count',"
                      + " 'tcp_user_timeout', 'client_connection_check_interval',"
                      + " 'idle_session_timeout', 'idle_in_transaction_session_timeout')");
                  db.execute("insert into seen values ('network timeout', ?)",
                      String.valueOf(db.connection().getNetworkTimeout()));
                }
              """);
      Map<String, String> before;
      try (Connection fresh = db.connect()) {
        before = settings(fresh);
      }

      Migrator.builder()
          .dataSource(pool.dataSource())
          .registry(scenario.registry())
          .build()
          .migrate();

      Map<String, String> seen = new LinkedHashMap<>();
      for (List<String> row : db.rows("select name, value from seen")) {
        seen.put(row.get(0), row.get(1));
      }
      Map<String, String> expected = new LinkedHashMap<>(WHILE_HELD);
      expected.put("network timeout", "45000");
      assertEquals(expected, seen);
      for (Connection c : pool.handedOut()) {
        assertEquals(before, settings(c));
        assertEquals(45_000, c.getNetworkTimeout());
        assertTrue(c.getAutoCommit());
      }
    }
  }

  private static Map<String, String> settings(Connection c) throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      for (String name : WHILE_HELD.keySet()) {
        try (ResultSet r = s.executeQuery("show " + name)) {
          r.next();
          values.put(name, r.getString(1));
        }
      }
    }
    return values;
  }

  /**
   * A migrator polling for the lock through a network that falls silent (both sockets open, no FIN)
   * gives up within Strata's bound on its own statements, with a connection error that says so,
   * instead of hanging; its lock timeout of ten minutes has no part in it.
   */
  @Test
  void networkFallsSilentWhileAWaiterPolls_waiterFailsAsAConnectionThatStoppedAnswering()
      throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES)) {
      URI server = URI.create(db.url.substring("jdbc:".length()));
      try (SilentProxy proxy = new SilentProxy(server.getHost(), server.getPort())) {
        LockTest.SLOW.registry(); // compiled before the clock starts
        System.clearProperty("it.slow.release");
        CompletableFuture<?> holder =
            CompletableFuture.runAsync(
                () -> db.migrator().registry(LockTest.SLOW.registry()).build().migrate());
        try {
          awaitCount(db, "select count(*) from strata_history", 1); // the holder is in migration 2
          CompletableFuture<MigrationException> waiter =
              CompletableFuture.supplyAsync(
                  () ->
                      assertThrows(
                          MigrationException.class,
                          () ->
                              Migrator.builder()
                                  .url(proxy.url(db.url))
                                  .registry(LockTest.SLOW.registry())
                                  .lockTimeout(Duration.ofMinutes(10))
                                  .build()
                                  .migrate()));
          awaitCount( // the waiter polls
              db,
              "select count(*) from pg_stat_activity where datname = current_database()"
                  + " and query like 'select pg_try_advisory_lock(%'",
              1);

          proxy.silence();
          long silenced = System.nanoTime();
          MigrationException e = waiter.get(5, TimeUnit.MINUTES); // a hang fails here
          System.out.printf(
              "[reliability] network silent while waiting for the lock: waiter failed after"
                  + " %.1f s%n",
              (System.nanoTime() - silenced) / 1e9);

          assertEquals(Reason.CONNECTION, e.reason(), e.getMessage());
          assertTrue(e.getMessage().startsWith("The database stopped answering"), e.getMessage());
          assertTrue(e.getMessage().contains("socketTimeout="), e.getMessage());
          assertTrue(e.getMessage().contains("tcpKeepAlive=true"), e.getMessage());
        } finally {
          System.setProperty("it.slow.release", "true");
        }
        holder.get(60, TimeUnit.SECONDS);
        assertEquals(2, db.count("select count(*) from strata_history where success"));
      }
    }
  }

  private static void awaitCount(TestDatabase db, String sql, long atLeast) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      try {
        if (db.count(sql) >= atLeast) {
          return;
        }
      } catch (IllegalStateException notYetCreated) {
        // the history table does not exist yet
      }
      Thread.sleep(50);
    }
    throw new AssertionError("never " + atLeast + ": " + sql);
  }

  /**
   * When the unlock fails, the session may still hold the lock: the pool's connection is ended, not
   * returned, so the lock goes with it and another migrator can take it while the pool lives on.
   * The unlock is made to fail for real: the migrating role may not execute {@code
   * pg_advisory_unlock} in this database.
   */
  @Test
  void unlockFails_pooledConnectionIsEndedInsteadOfReturnedHoldingTheLock() throws Exception {
    String role =
        "strata_nounlock_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES)) {
      db.execute("create role " + role + " login");
      try {
        db.execute("grant create on schema public to " + role);
        db.execute("revoke execute on function pg_advisory_unlock(bigint) from public");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.url.replace("user=postgres", "user=" + role));
        config.setMaximumPoolSize(1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
          Migrator migrator =
              Migrator.builder().dataSource(pool).registry(Scenarios.shop().registry()).build();

          assertEquals(5, migrator.migrate().executed().size());

          String held =
              "select count(*) from pg_locks where locktype = 'advisory'"
                  + " and database = (select oid from pg_database where datname = current_database())";
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
          while (db.count(held) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50); // the ended session's lock goes once the server sees it end
          }
          assertEquals(0, db.count(held), "no session holds the advisory lock");
          // another migrator takes the lock (repair always does) while the pool lives on
          assertTrue(
              db.migrator()
                  .registry(Scenarios.shop().registry())
                  .lockTimeout(Duration.ofSeconds(10))
                  .build()
                  .repair()
                  .nothingToDo());
          try (Connection c = pool.getConnection();
              Statement s = c.createStatement()) {
            assertTrue(s.execute("select 1"));
          }
        }
      } finally {
        db.execute("drop owned by " + role);
        try (Connection admin = java.sql.DriverManager.getConnection(TestDatabase.PG_URL);
            Statement s = admin.createStatement()) {
          s.execute("drop role " + role);
        }
      }
    }
  }
}
