package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.Dialect;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code --format json} of {@code migrate} with held migrations, {@code changes}, {@code journal}
 * and {@code attest}, read back with a real JSON parser: one document, the documented members in
 * order, every member present; on H2 and on PostgreSQL.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class ChangeCommandsJsonTest {

  private static final List<String> HELD =
      List.of(
          "version",
          "description",
          "change",
          "stage",
          "gates",
          "attestation",
          "attested",
          "holding",
          "evaluatedAt");
  private static final List<String> GATE =
      List.of("method", "description", "result", "details", "millis");
  private static final List<String> JOURNAL_ENTRY =
      List.of(
          "id", "at", "runId", "event", "version", "change", "stage", "actor", "owners", "gates",
          "note", "error");

  private final Dialect dialect;
  private GatedShop shop;

  ChangeCommandsJsonTest(Dialect dialect) {
    this.dialect = dialect;
  }

  @BeforeEach
  void openDatabase() throws SQLException {
    shop = GatedShop.create(dialect);
    assertEquals(0, shop.strata("migrate", "--target", "1").exitCode());
    shop.execute("insert into legacy_reads values (1), (2)");
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    shop.close();
  }

  private JsonNode json(int exitCode, String... args) {
    return JsonDocument.of(shop.strata(args), exitCode);
  }

  @Test
  void migrate_listsEachHeldMigration_withItsGates_andExits12WithTheFlag() {
    JsonNode report = json(12, "migrate", "--fail-on-held", "--format", "json");

    assertEquals(JsonDocument.RUN_MEMBERS, JsonDocument.names(report));
    assertEquals("2", report.get("finalVersion").asText());
    JsonNode contract = report.get("held").get(0);
    JsonNode attested = report.get("held").get(1);
    assertEquals(2, report.get("held").size());
    assertEquals(HELD, JsonDocument.names(contract));
    assertEquals("3", contract.get("version").asText());
    assertEquals("drop legacy name", contract.get("description").asText());
    assertEquals("authors-name", contract.get("change").asText());
    assertEquals("contract", contract.get("stage").asText());
    assertTrue(contract.get("attestation").isNull());
    assertEquals("[\"5\"]", contract.get("holding").toString());
    Instant.parse(contract.get("evaluatedAt").asText());
    JsonNode gate = contract.get("gates").get(0);
    assertEquals(GATE, JsonDocument.names(gate));
    assertEquals("noReads", gate.get("method").asText());
    assertEquals("no reads of authors.legacy_name", gate.get("description").asText());
    assertEquals("not_yet", gate.get("result").asText());
    assertEquals("2 reads recorded", gate.get("details").asText());
    assertTrue(gate.get("millis").isIntegralNumber());
    assertEquals("4", attested.get("version").asText());
    assertTrue(attested.get("change").isNull());
    assertTrue(attested.get("stage").isNull());
    assertEquals("[]", attested.get("gates").toString());
    assertEquals(GatedShop.ATTESTATION, attested.get("attestation").asText());
    assertEquals(false, attested.get("attested").asBoolean());

    assertEquals("[]", json(0, "migrate", "--format", "json").get("executed").toString());
  }

  @Test
  void changes_listsEachChange_itsMigrations_andItsHeld() {
    shop.strata("migrate");

    JsonNode changes = json(0, "changes", "--format", "json");

    assertEquals(List.of("command", "changes"), JsonDocument.names(changes));
    assertEquals("changes", changes.get("command").asText());
    JsonNode change = changes.get("changes").get(0);
    assertEquals(List.of("name", "reached", "migrations", "held"), JsonDocument.names(change));
    assertEquals("authors-name", change.get("name").asText());
    assertEquals("expand", change.get("reached").asText());
    assertEquals(
        "[{\"version\":\"2\",\"description\":\"add full name\",\"stage\":\"expand\","
            + "\"state\":\"applied\"},{\"version\":\"3\",\"description\":\"drop legacy name\","
            + "\"stage\":\"contract\",\"state\":\"pending\"}]",
        change.get("migrations").toString());
    assertEquals(1, change.get("held").size());
    assertEquals(HELD, JsonDocument.names(change.get("held").get(0)));
    assertEquals("not_yet", change.get("held").get(0).get("gates").get(0).get("result").asText());
  }

  @Test
  void changes_beforeExpand_reachedIsNull() {
    JsonNode change = json(0, "changes", "--format", "json").get("changes").get(0);

    assertTrue(change.get("reached").isNull());
    assertEquals("[]", change.get("held").toString());
  }

  @Test
  void journal_entries_haveEveryMember() {
    shop.strata("migrate");
    shop.strata("attest", "--version", "4", "--by", "alice", "--note", "export job disabled");

    JsonNode journal = json(0, "journal", "--format", "json");

    assertEquals(List.of("command", "entries"), JsonDocument.names(journal));
    JsonNode applied = journal.get("entries").get(0);
    JsonNode held = journal.get("entries").get(2);
    JsonNode attest = journal.get("entries").get(4);
    assertEquals(5, journal.get("entries").size());
    assertEquals(JOURNAL_ENTRY, JsonDocument.names(applied));
    assertEquals(1, applied.get("id").asLong());
    assertEquals("applied", applied.get("event").asText());
    assertEquals("1", applied.get("version").asText());
    assertEquals(36, applied.get("runId").asText().length(), "the whole run id");
    assertEquals("[\"team\"]", applied.get("owners").toString());
    assertTrue(applied.get("at").asText().endsWith("Z"));
    assertEquals("held", held.get("event").asText());
    assertEquals("contract", held.get("stage").asText());
    assertEquals(GATE, JsonDocument.names(held.get("gates").get(0)));
    assertEquals("attested", attest.get("event").asText());
    assertTrue(attest.get("runId").isNull());
    assertEquals("alice", attest.get("actor").asText());
    assertEquals("export job disabled", attest.get("note").asText());
    assertTrue(attest.get("error").isNull());
  }

  @Test
  void attest_printsTheRowWritten_andARefusalAsAnErrorObject() {
    JsonNode attest =
        json(0, "attest", "--version", "4", "--by", "alice", "--note", "ok", "--format", "json");

    assertEquals(List.of("command", "entry"), JsonDocument.names(attest));
    assertEquals(JOURNAL_ENTRY, JsonDocument.names(attest.get("entry")));
    assertEquals("attested", attest.get("entry").get("event").asText());
    assertEquals("4", attest.get("entry").get("version").asText());

    JsonNode refused =
        json(5, "attest", "--version", "3", "--by", "alice", "--note", "ok", "--format", "json");

    assertEquals("attest", refused.get("command").asText());
    assertEquals(5, refused.get("error").get("exitCode").asInt());
    assertEquals("VALIDATION", refused.get("error").get("name").asText());
    assertTrue(
        refused.get("error").get("message").asText().startsWith("Cannot attest 3"),
        refused.toString());
  }
}
