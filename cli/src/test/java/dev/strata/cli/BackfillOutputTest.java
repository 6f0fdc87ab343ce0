package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.Dialect;
import dev.strata.runtime.BackfillInfo;
import dev.strata.runtime.BackfillInfo.State;
import dev.strata.runtime.Plan;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code status} and {@code plan} print of backfills, as text and JSON, from fixed values. */
class BackfillOutputTest {

  private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");

  private static final BackfillInfo INTERRUPTED =
      new BackfillInfo(
          "7",
          "fill order totals",
          "orders",
          "id",
          State.INTERRUPTED,
          420_000,
          378_000,
          420,
          "420000",
          "1000000",
          NOON,
          NOON.plusSeconds(75));
  private static final BackfillInfo RUNNING =
      new BackfillInfo(
          "8",
          "fill customer codes",
          "customers",
          "code",
          State.RUNNING,
          0,
          0,
          0,
          null,
          "zz-999",
          NOON,
          null);
  private static final BackfillInfo FINISHED =
      new BackfillInfo(
          "5", "fill isbn", "books", "id", State.FINISHED, 1, 1, 1, "1", "1", NOON, NOON);

  @Test
  void status_showsEachBackfillNotFinished_withHowFarItGot() {
    assertEquals(
        ""
            + "2 backfills not finished:\n"
            + "backfill 7  fill order totals (orders.id): interrupted after 420,000 keys,"
            + " 378,000 rows in 420 batches\n"
            + "  last key 420000 of 1000000, last batch 2026-12-04 12:01:15 UTC;"
            + " the next migrate resumes it\n"
            + "backfill 8  fill customer codes (customers.code): running, 0 keys, 0 rows in 0"
            + " batches\n"
            + "  no batch committed yet, ends at key zz-999, started 2026-12-04 12:00:00 UTC;"
            + " a migrate elsewhere says so and returns, unless given --wait-for-backfill\n",
        StatusTable.backfills(List.of(FINISHED, INTERRUPTED, RUNNING)));
  }

  @Test
  void status_withEveryBackfillFinished_addsNothing() {
    assertEquals("", StatusTable.backfills(List.of(FINISHED)));
    assertEquals("", StatusTable.backfills(List.of()));
  }

  @Test
  void statusJson_listsEveryBackfill_finishedToo() {
    JsonNode status =
        JsonDocument.parse(JsonReports.status(List.of(), List.of(FINISHED, INTERRUPTED)));

    assertEquals(List.of("command", "migrations", "backfills"), JsonDocument.names(status));
    JsonNode interrupted = status.get("backfills").get(1);
    assertEquals(
        List.of(
            "version",
            "description",
            "table",
            "key",
            "state",
            "keys",
            "rows",
            "batches",
            "lastKey",
            "endKey",
            "startedAt",
            "updatedAt"),
        JsonDocument.names(interrupted));
    assertEquals("finished", status.get("backfills").get(0).get("state").asText());
    assertEquals("interrupted", interrupted.get("state").asText());
    assertEquals(420_000, interrupted.get("keys").asLong());
    assertEquals("420000", interrupted.get("lastKey").asText());
    assertEquals("1000000", interrupted.get("endKey").asText());
    assertEquals("2026-12-04T12:01:15Z", interrupted.get("updatedAt").asText());
  }

  @Test
  void plan_withoutAnEstimate_saysTheBatchCountIsUnknown() {
    Plan plan =
        new Plan(
            Dialect.POSTGRES,
            List.of(
                new Plan.Step(
                    "7",
                    "fill order totals",
                    false,
                    List.of("alter table orders add column total int"),
                    new Plan.Backfill(
                        "orders",
                        "id",
                        1,
                        List.of("update orders set total = 0 where id <= 1"),
                        -1))));

    assertEquals(
        ""
            + "-- 1 pending migration, rendered for POSTGRES\n"
            + "\n"
            + "-- 7  fill order totals (a backfill: each batch commits in a transaction of its own)\n"
            + "alter table orders add column total int;\n"
            + "-- backfill orders.id in batches of 1 key, how many unknown (the catalog has no"
            + " estimate of the rows); the first batch:\n"
            + "update orders set total = 0 where id <= 1;\n",
        PlanCommand.render(plan));
  }
}
