package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --format json} of every command that prints a table or a report, read back with a real
 * JSON parser: one document on the output, the documented members, nothing else on the output.
 */
class JsonOutputTest {

  private ShopOnH2 shop;

  @BeforeEach
  void openDatabase() throws SQLException {
    shop = new ShopOnH2();
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    shop.close();
  }

  /** Runs {@code args} with {@code --format json}; the output must be exactly one document. */
  private JsonNode json(int exitCode, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json"));
    return JsonDocument.of(shop.strata(all.toArray(String[]::new)), exitCode);
  }

  @Test
  void migrate_reportsWhatRan_andProgressGoesToTheErrorStream() {
    CliRun run = shop.strata("migrate", "--target", "2", "--show-status", "--format", "json");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("[1/2] 1  create authors ... "), "progress: " + run.err());
    JsonNode report = json(0, "migrate"); // nothing left below 3: applies 3
    assertEquals(JsonDocument.RUN_MEMBERS, JsonDocument.names(report));
    assertEquals("migrate", report.get("command").asText());
    assertEquals("2", report.get("initialVersion").asText());
    assertEquals("3", report.get("finalVersion").asText());
    assertTrue(report.get("durationMs").isIntegralNumber());
    assertTrue(report.get("status").isNull(), "no --show-status");
    JsonNode executed = report.get("executed").get(0);
    assertEquals(
        List.of(
            "version",
            "description",
            "state",
            "checksum",
            "owners",
            "installedBy",
            "installedOn",
            "executionMs"),
        JsonDocument.names(executed));
    assertEquals("3", executed.get("version").asText());
    assertEquals("add country", executed.get("description").asText());
    assertEquals("applied", executed.get("state").asText());
    assertEquals(List.of("team"), JsonDocument.texts(executed.get("owners")));
    Instant.parse(executed.get("installedOn").asText()); // ISO-8601, UTC
    assertTrue(executed.get("installedOn").asText().endsWith("Z"));
  }

  @Test
  void migrateShowStatus_addsTheStatusRows() {
    JsonNode report = json(0, "migrate", "--target", "2", "--show-status");

    List<String> states = new ArrayList<>();
    report.get("status").forEach(row -> states.add(row.get("state").asText()));
    assertEquals(List.of("applied", "applied", "pending"), states);
  }

  @Test
  void status_hasOneObjectPerMigration_withNullsWhereNotApplied() {
    shop.strata("migrate", "--target", "1");

    JsonNode status = json(0, "status");

    assertEquals(List.of("command", "migrations", "backfills"), JsonDocument.names(status));
    assertEquals(0, status.get("backfills").size(), "no backfill has started");
    assertEquals("status", status.get("command").asText());
    JsonNode applied = status.get("migrations").get(0);
    JsonNode pending = status.get("migrations").get(1);
    assertEquals("1", applied.get("version").asText());
    assertEquals("applied", applied.get("state").asText());
    assertEquals("sum1", applied.get("checksum").asText());
    assertEquals("SA", applied.get("installedBy").asText());
    assertTrue(applied.get("executionMs").isIntegralNumber());
    assertEquals("pending", pending.get("state").asText());
    assertTrue(pending.get("installedOn").isNull());
    assertTrue(pending.get("installedBy").isNull());
    assertTrue(pending.get("executionMs").isNull());
    assertEquals(3, status.get("migrations").size());
  }

  @Test
  void history_hasEveryRow() {
    shop.strata("migrate", "--target", "2");
    shop.strata("undo", "--to", "1");

    JsonNode history = json(0, "history");

    assertEquals(List.of("command", "entries"), JsonDocument.names(history));
    JsonNode entries = history.get("entries");
    assertEquals(3, entries.size());
    JsonNode undo = entries.get(2);
    assertEquals(
        List.of(
            "rank",
            "version",
            "description",
            "type",
            "checksum",
            "owners",
            "installedBy",
            "installedOn",
            "executionMs",
            "success",
            "change",
            "stage"),
        JsonDocument.names(undo));
    assertTrue(undo.get("change").isNull());
    assertEquals(3, undo.get("rank").asLong());
    assertEquals("2", undo.get("version").asText());
    assertEquals("undo", undo.get("type").asText());
    assertEquals("migrate", entries.get(0).get("type").asText());
    assertTrue(undo.get("success").asBoolean());
    assertEquals(List.of("team"), JsonDocument.texts(undo.get("owners")));
    Instant.parse(undo.get("installedOn").asText());
  }

  @Test
  void plan_validate_undo_baseline_repair() {
    JsonNode plan = json(0, "plan");
    assertEquals(List.of("command", "dialect", "steps"), JsonDocument.names(plan));
    assertEquals("h2", plan.get("dialect").asText());
    JsonNode seed = plan.get("steps").get(1);
    assertEquals(
        List.of("version", "description", "transactional", "statements", "backfill"),
        JsonDocument.names(seed));
    assertEquals("2", seed.get("version").asText());
    assertTrue(seed.get("transactional").asBoolean());
    assertEquals(
        List.of("insert into authors (id, name) values (1, 'Le Guin')"),
        JsonDocument.texts(seed.get("statements")));

    shop.strata("migrate");
    JsonNode validate = json(0, "validate");
    assertEquals("validate", validate.get("command").asText());
    assertTrue(validate.get("valid").asBoolean());

    JsonNode undo = json(0, "undo", "--to", "3");
    assertEquals("undo", undo.get("command").asText());
    assertEquals(0, undo.get("executed").size());
    assertEquals("3", undo.get("finalVersion").asText());

    JsonNode repair = json(0, "repair");
    assertEquals(
        List.of("command", "removedFailed", "realignedChecksums"), JsonDocument.names(repair));
    assertEquals(0, repair.get("removedFailed").size());
  }

  @Test
  void baseline_namesTheVersion() {
    JsonNode baseline = json(0, "baseline", "--version", "2");

    assertEquals(List.of("command", "version"), JsonDocument.names(baseline));
    assertEquals("baseline", baseline.get("command").asText());
    assertEquals("2", baseline.get("version").asText());
  }

  /** A failure keeps its error line and exit code, and is also an object on the output. */
  @Test
  void failure_isAnErrorObject_besideTheErrorLine() {
    shop.strata("migrate");

    CliRun run = shop.strata("undo", "--to", "1", "--format", "json");

    assertEquals(ExitCode.UNDO_REFUSED.code(), run.exitCode());
    assertTrue(run.err().startsWith("error: Cannot undo"), run.err());
    JsonNode failure = json(ExitCode.UNDO_REFUSED.code(), "undo", "--to", "1");
    assertEquals(List.of("command", "error"), JsonDocument.names(failure));
    assertEquals("undo", failure.get("command").asText());
    JsonNode error = failure.get("error");
    assertEquals(List.of("exitCode", "name", "message"), JsonDocument.names(error));
    assertEquals(9, error.get("exitCode").asInt());
    assertEquals("UNDO_REFUSED", error.get("name").asText());
    assertEquals(run.err().strip(), "error: " + error.get("message").asText());
  }

  /** Whatever the text holds, the output stays one valid document with the same text in it. */
  @Test
  void writer_escapesQuotesBackslashesControlCharactersAndUnicode() throws Exception {
    String nasty = "a\"b\\c\n\r\t\b\f\u0000\u001f\u007f é ß 日本 \ud83d\ude00 \u2028 \ud800 end";

    String text =
        new JsonWriter().beginObject().name(nasty).values(List.of(nasty)).endObject().toString();

    assertTrue(text.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n'), text);
    JsonNode parsed = JsonDocument.parse(text);
    Iterator<String> names = parsed.fieldNames();
    String name = names.next();
    assertEquals(nasty, name);
    assertEquals(name, parsed.get(name).get(0).asText());
  }
}
