package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --lock-timeout} and the line about waiting for another process's lock, on H2: the test
 * holds the migration lock's row itself, as another migrator would.
 */
class LockWaitTest {

  private ShopOnH2 shop;
  private Connection holder;

  @BeforeEach
  void holdTheLock() throws SQLException {
    shop = new ShopOnH2();
    assertEquals(0, shop.strata("migrate", "--target", "1").exitCode()); // sets up the lock table
    holder = shop.connection();
    holder.setAutoCommit(false);
    try (Statement statement = holder.createStatement()) {
      statement.executeQuery("select id from strata_history_lock where id = 1 for update").close();
    }
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    holder.rollback();
    shop.close();
  }

  /** The lock timeout given wins over the application's (5 s here), as its message shows. */
  @Test
  void lockTimeout_replacesTheMigratorsOwn() {
    CliRun run = shop.strata("migrate", "--lock-timeout", "1s");

    assertEquals(ExitCode.LOCK.code(), run.exitCode(), run.err());
    assertTrue(run.err().contains("for more than PT1S"), run.err());
  }

  /**
   * While it waits, one line on the error stream says so; the JSON on the output stays one
   * document, and the run goes on once the lock is free.
   */
  @Test
  void waitingForTheLock_isOneLineOnTheErrorStream() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter(); // a StringBuffer inside: safe to read while written
    CompletableFuture<Integer> waiter =
        CompletableFuture.supplyAsync(
            () ->
                shop.commandLine()
                    .out(new PrintWriter(out, true))
                    .err(new PrintWriter(err, true))
                    .build()
                    .execute("migrate", "--lock-timeout", "2m", "--format", "json"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!err.toString().contains("waiting") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    holder.rollback(); // the other process finishes

    assertEquals(0, waiter.get(60, TimeUnit.SECONDS), err.toString());
    assertEquals(
        List.of("waiting for the migration lock held by another process"),
        err.toString().lines().filter(line -> line.startsWith("waiting")).toList());
    assertEquals(
        "3",
        new ObjectMapper().readTree(out.toString()).get("finalVersion").asText(),
        out.toString());
  }
}
