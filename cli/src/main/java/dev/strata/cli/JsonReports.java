package dev.strata.cli;

import dev.strata.runtime.HistoryEntry;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Plan;
import dev.strata.runtime.RepairReport;
import java.util.List;
import java.util.Locale;

/**
 * What each command prints with {@code --format json}: one object with the command's name and its
 * result, in the shape docs/cli.md documents. Every member is always present (null when there is no
 * value), versions are strings, instants ISO-8601 in UTC, durations in milliseconds, and enum
 * values lower case ({@code out_of_order}). New members may be added; none is renamed or removed.
 */
final class JsonReports {

  private JsonReports() {}

  static String status(List<MigrationInfo> rows) {
    JsonWriter json = start("status").name("migrations");
    migrations(json, rows);
    return json.endObject().toString();
  }

  static String history(List<HistoryEntry> entries) {
    JsonWriter json = start("history").name("entries").beginArray();
    for (HistoryEntry entry : entries) {
      json.beginObject()
          .name("rank")
          .value(entry.rank())
          .name("version")
          .value(entry.version())
          .name("description")
          .value(entry.description())
          .name("type")
          .value(lowerCase(entry.type()))
          .name("checksum")
          .value(entry.checksum())
          .name("owners")
          .values(entry.owners())
          .name("installedBy")
          .value(entry.installedBy())
          .name("installedOn")
          .value(entry.installedOn())
          .name("executionMs")
          .value(entry.executionMs())
          .name("success")
          .value(entry.success())
          .name("change")
          .value(entry.change())
          .name("stage")
          .value(entry.stage() == null ? null : lowerCase(entry.stage()))
          .endObject();
    }
    return json.endArray().endObject().toString();
  }

  /**
   * {@code migrate} and {@code undo}: what ran, and the status afterwards when asked for (else
   * null).
   */
  static String run(String command, MigrationReport report, List<MigrationInfo> status) {
    JsonWriter json =
        start(command)
            .name("initialVersion")
            .value(report.initialVersion())
            .name("finalVersion")
            .value(report.finalVersion())
            .name("durationMs")
            .value(report.duration().toMillis())
            .name("executed");
    migrations(json, report.executed());
    json.name("status");
    if (status == null) {
      json.value((String) null);
    } else {
      migrations(json, status);
    }
    return json.endObject().toString();
  }

  static String validate() {
    return start("validate").name("valid").value(true).endObject().toString();
  }

  static String baseline(String version) {
    return start("baseline").name("version").value(version).endObject().toString();
  }

  static String repair(RepairReport report) {
    return start("repair")
        .name("removedFailed")
        .values(report.removedFailed())
        .name("realignedChecksums")
        .values(report.realignedChecksums())
        .endObject()
        .toString();
  }

  static String plan(Plan plan) {
    JsonWriter json =
        start("plan").name("dialect").value(lowerCase(plan.dialect())).name("steps").beginArray();
    for (Plan.Step step : plan.steps()) {
      json.beginObject()
          .name("version")
          .value(step.version())
          .name("description")
          .value(step.description())
          .name("transactional")
          .value(step.transactional())
          .name("statements")
          .values(step.statements())
          .endObject();
    }
    return json.endArray().endObject().toString();
  }

  /** A command that failed: the same exit code and (redacted) message as the error line. */
  static String error(String command, ExitCode exitCode, String message) {
    return start(command)
        .name("error")
        .beginObject()
        .name("exitCode")
        .value(exitCode.code())
        .name("name")
        .value(exitCode.name())
        .name("message")
        .value(message)
        .endObject()
        .endObject()
        .toString();
  }

  private static JsonWriter start(String command) {
    return new JsonWriter().beginObject().name("command").value(command);
  }

  private static void migrations(JsonWriter json, List<MigrationInfo> rows) {
    json.beginArray();
    for (MigrationInfo row : rows) {
      json.beginObject()
          .name("version")
          .value(row.version())
          .name("description")
          .value(row.description())
          .name("state")
          .value(lowerCase(row.state()))
          .name("checksum")
          .value(row.checksum())
          .name("owners")
          .values(row.owners())
          .name("installedBy")
          .value(row.installedBy())
          .name("installedOn")
          .value(row.installedOn())
          .name("executionMs")
          .value(row.executionMs())
          .endObject();
    }
    json.endArray();
  }

  private static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
