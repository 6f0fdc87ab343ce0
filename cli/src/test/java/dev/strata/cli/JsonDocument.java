package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads a run's {@code --format json} output back with a real parser, for the JSON tests. */
final class JsonDocument {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The members of {@code migrate}'s and {@code undo}'s object, in order. */
  static final List<String> RUN_MEMBERS =
      List.of(
          "command",
          "initialVersion",
          "finalVersion",
          "durationMs",
          "executed",
          "status",
          "held",
          "backfillElsewhere");

  private JsonDocument() {}

  /** The one document {@code run} printed, after checking its exit code. */
  static JsonNode of(CliRun run, int exitCode) {
    assertEquals(exitCode, run.exitCode(), run.err());
    assertEquals(1, run.out().lines().count(), "one line of JSON: " + run.out());
    return parse(run.out());
  }

  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  /** The members' names of {@code object}, in order. */
  static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The elements of {@code array} as text. */
  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
