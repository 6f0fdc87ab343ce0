package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.Dialect;
import dev.strata.runtime.MigrationRegistry;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code migrate}, {@code status} and {@code plan} of a backfill against the real runtime on a real
 * H2 and a real PostgreSQL database: the progress lines (the tests' output is no terminal), a
 * backfill interrupted by a failing batch and resumed.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class BackfillCommandsTest {

  /** migrate's output when the backfill's end is its only line. */
  private static final String FILLED_AT_ONCE =
      ""
          + "[1/1] 2  fill order totals ... \n"
          + "  backfill 2 orders done: 5,000 keys, 5,000 rows in 10 batches, R rows/s, in N s\n"
          + "[1/1] 2  fill order totals ... N ms\n"
          + "Applied 1 migration in N ms; the database is at version 2.\n";

  private final Dialect dialect;
  private GatedShop shop;

  BackfillCommandsTest(Dialect dialect) {
    this.dialect = dialect;
  }

  @BeforeEach
  void openDatabase() throws Exception {
    shop = GatedShop.create(dialect, BackfillShop.registry(0, 0));
    assertEquals(0, shop.strata("migrate", "--target", "1").exitCode());
    for (String sql : BackfillShop.insertOrders(dialect)) {
      shop.execute(sql);
    }
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    shop.close();
  }

  /** What differs from run to run: times, durations, rates. */
  private static String masked(String text) {
    return ChangeCommandsTest.masked(text.replace(System.lineSeparator(), "\n"))
        .replaceAll("[\\d,]+ rows/s", "R rows/s")
        .replaceAll("\\d+ s\\b", "N s")
        .replaceAll("\\d+\\.\\d s\\b", "N s")
        .replaceAll(" +N ms\n", " N ms\n"); // right-aligned in the table
  }

  @Test
  void migrate_printsALinePerInterval_andOneAtTheEnd() {
    CliRun run = shop.strata("migrate", "--progress-interval", "0s");

    assertEquals(0, run.exitCode(), run.err());
    StringBuilder expected = new StringBuilder("[1/1] 2  fill order totals ... \n");
    for (int batch = 1; batch < 10; batch++) {
      expected.append(
          "  backfill 2 orders: %,d of ~5,000 keys (%d%%), %,d rows in %d %s, R rows/s, about N s left\n"
              .formatted(
                  batch * 500, batch * 10, batch * 500, batch, batch == 1 ? "batch" : "batches"));
    }
    expected.append(
        ""
            + "  backfill 2 orders done: 5,000 keys, 5,000 rows in 10 batches, R rows/s, in N s\n"
            + "[1/1] 2  fill order totals ... N ms\n"
            + "Applied 1 migration in N ms; the database is at version 2.\n");
    assertEquals(expected.toString(), masked(run.out()));
  }

  @Test
  void migrate_byDefault_printsOnlyTheEndOfAShortBackfill() {
    CliRun run = shop.strata("migrate");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(FILLED_AT_ONCE, masked(run.out()));
  }

  @Test
  void status_afterAFailedBatch_showsTheBackfill_andMigrateResumesIt() throws Exception {
    CliRun failed = shop.strata(BackfillShop.registry(2_500, 0), "migrate");
    assertEquals(ExitCode.MIGRATION_FAILED.code(), failed.exitCode(), failed.err());
    assertEquals("[1/1] 2  fill order totals ... FAILED\n", masked(failed.out()));
    // as a process killed two minutes ago leaves it
    shop.execute("update strata_backfill set updated_at = updated_at - interval '2' minute");

    CliRun status = shop.strata("status");

    assertEquals(0, status.exitCode(), status.err());
    assertEquals(
        ""
            + "Version  Description        State    Installed on (UTC)   Duration\n"
            + "-------  -----------------  -------  -------------------  --------\n"
            + "1        create orders      applied  YYYY-MM-DD hh:mm:ss N ms\n"
            + "2        fill order totals  pending\n"
            + "2 migrations: 1 pending, 1 applied.\n"
            + "\n"
            + "1 backfill not finished:\n"
            + "backfill 2  fill order totals (orders.id): interrupted after 2,500 keys,"
            + " 2,500 rows in 5 batches\n"
            + "  last key 2500 of 5000, last batch YYYY-MM-DD hh:mm:ss UTC;"
            + " the next migrate resumes it\n",
        masked(status.out()));
    JsonNode backfill =
        JsonDocument.of(shop.strata("status", "--format", "json"), 0).get("backfills").get(0);
    assertEquals("interrupted", backfill.get("state").asText());
    assertEquals("2500", backfill.get("lastKey").asText());

    CliRun resumed = shop.strata("migrate");

    assertEquals(0, resumed.exitCode(), resumed.err());
    assertEquals(FILLED_AT_ONCE, masked(resumed.out()));
    assertEquals("5000", shop.queryOne("select count(*) from orders where total = qty * 10"));
    String after = shop.strata("status").out();
    assertFalse(after.contains("backfill"), after);
    backfill =
        JsonDocument.of(shop.strata("status", "--format", "json"), 0).get("backfills").get(0);
    assertEquals("finished", backfill.get("state").asText());
  }

  @Test
  void migrate_whileAnotherProcessBackfills_saysSo_andExitsZero_unlessToldToWait()
      throws Exception {
    CountDownLatch secondBatch = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    MigrationRegistry holding =
        BackfillShop.registry(
            0,
            range -> {
              if (!range.first()) { // the first batch committed: the backfill is running
                secondBatch.countDown();
                release.await();
              }
            });
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<CliRun> backfilling = other.submit(() -> shop.strata(holding, "migrate"));
      assertTrue(secondBatch.await(30, TimeUnit.SECONDS), "the other process started");

      CliRun run = shop.strata("migrate");
      JsonNode json = JsonDocument.of(shop.strata("migrate", "--format", "json"), 0);
      CliRun waiting = shop.strata("migrate", "--wait-for-backfill", "--lock-timeout", "1s");
      release.countDown();

      assertEquals(0, run.exitCode(), run.err());
      assertEquals(
          ""
              + "Nothing applied: the database is at version 1.\n"
              + "Another process is running a backfill, so this run did not wait for the lock:\n"
              + "backfill 2  fill order totals (orders.id): running, 500 keys, 500 rows in 1"
              + " batch\n"
              + "  last key 500 of 5000, last batch YYYY-MM-DD hh:mm:ss UTC; migrate again once it"
              + " ends, or with --wait-for-backfill to wait for it\n",
          masked(run.out()));
      JsonNode elsewhere = json.get("backfillElsewhere");
      assertEquals("running", elsewhere.get("state").asText());
      assertEquals("500", elsewhere.get("lastKey").asText());
      assertEquals(0, json.get("executed").size());
      assertEquals(ExitCode.LOCK.code(), waiting.exitCode(), "waited as for any lock: " + waiting);
      assertEquals(0, backfilling.get(60, TimeUnit.SECONDS).exitCode());
    } finally {
      release.countDown();
      other.shutdown();
    }
  }

  @Test
  void plan_showsTheFirstBatch_andTheEstimatedBatchCount() {
    CliRun plan = shop.strata("plan");
    JsonNode json = JsonDocument.of(shop.strata("plan", "--format", "json"), 0);

    assertEquals(0, plan.exitCode(), plan.err());
    assertEquals(
        ""
            + "-- 1 pending migration, rendered for "
            + dialect
            + "\n"
            + "\n"
            + "-- 2  fill order totals (a backfill: each batch commits in a transaction of its own)\n"
            + "-- backfill orders.id in batches of 500 keys, about 10 batches by the catalog's"
            + " estimate; the first batch:\n"
            + "update orders set total = qty * 10 where id <= 500;\n",
        plan.out().replace(System.lineSeparator(), "\n"));
    JsonNode backfill = json.get("steps").get(0).get("backfill");
    assertEquals(
        List.of("table", "key", "batchSize", "batchStatements", "estimatedBatches"),
        JsonDocument.names(backfill));
    assertEquals(500, backfill.get("batchSize").asInt());
    assertEquals(10, backfill.get("estimatedBatches").asLong());
    assertEquals(
        List.of("update orders set total = qty * 10 where id <= 500"),
        JsonDocument.texts(backfill.get("batchStatements")));
  }
}
