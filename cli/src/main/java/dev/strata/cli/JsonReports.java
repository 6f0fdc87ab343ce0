package dev.strata.cli;

import dev.strata.runtime.BackfillInfo;
import dev.strata.runtime.ChangeInfo;
import dev.strata.runtime.ChangeMigration;
import dev.strata.runtime.GateOutcome;
import dev.strata.runtime.HeldMigration;
import dev.strata.runtime.HistoryEntry;
import dev.strata.runtime.JournalEntry;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Plan;
import dev.strata.runtime.RepairReport;
import java.util.List;

/**
 * What each command prints with {@code --format json}: one object with the command's name and its
 * result, in the shape docs/cli.md documents. Every member is always present (null when there is no
 * value), versions are strings, instants ISO-8601 in UTC, durations in milliseconds, and enum
 * values lower case ({@code out_of_order}). New members may be added; none is renamed or removed.
 */
final class JsonReports {

  private JsonReports() {}

  /** The migrations, and every backfill that has started (finished ones too), in version order. */
  static String status(List<MigrationInfo> rows, List<BackfillInfo> backfills) {
    JsonWriter json = start("status").name("migrations");
    migrations(json, rows);
    json.name("backfills").beginArray();
    backfills.forEach(b -> backfill(json, b));
    return json.endArray().endObject().toString();
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
          .value(Formats.lowerCase(entry.type()))
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
          .value(Formats.lowerCase(entry.stage()))
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
    json.name("held");
    held(json, report.held());
    json.name("backfillElsewhere");
    if (report.backfillElsewhere() == null) {
      json.value((String) null);
    } else {
      backfill(json, report.backfillElsewhere());
    }
    return json.endObject().toString();
  }

  static String changes(List<ChangeInfo> changes) {
    JsonWriter json = start("changes").name("changes").beginArray();
    for (ChangeInfo change : changes) {
      json.beginObject()
          .name("name")
          .value(change.name())
          .name("reached")
          .value(Formats.lowerCase(change.reached()))
          .name("migrations")
          .beginArray();
      for (ChangeMigration m : change.migrations()) {
        json.beginObject()
            .name("version")
            .value(m.version())
            .name("description")
            .value(m.description())
            .name("stage")
            .value(Formats.lowerCase(m.stage()))
            .name("state")
            .value(Formats.lowerCase(m.state()))
            .endObject();
      }
      json.endArray().name("held");
      held(json, change.held());
      json.endObject();
    }
    return json.endArray().endObject().toString();
  }

  static String journal(List<JournalEntry> entries) {
    JsonWriter json = start("journal").name("entries").beginArray();
    entries.forEach(entry -> journalEntry(json, entry));
    return json.endArray().endObject().toString();
  }

  static String attest(JournalEntry entry) {
    JsonWriter json = start("attest").name("entry");
    journalEntry(json, entry);
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
        start("plan")
            .name("dialect")
            .value(Formats.lowerCase(plan.dialect()))
            .name("steps")
            .beginArray();
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
          .name("backfill");
      Plan.Backfill backfill = step.backfill();
      if (backfill == null) {
        json.value((String) null);
      } else {
        json.beginObject()
            .name("table")
            .value(backfill.table())
            .name("key")
            .value(backfill.key())
            .name("batchSize")
            .value(backfill.batchSize())
            .name("batchStatements")
            .values(backfill.batchStatements())
            .name("estimatedBatches")
            .value(backfill.estimatedBatches())
            .endObject();
      }
      json.endObject();
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
          .value(Formats.lowerCase(row.state()))
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

  private static void backfill(JsonWriter json, BackfillInfo b) {
    json.beginObject()
        .name("version")
        .value(b.version())
        .name("description")
        .value(b.description())
        .name("table")
        .value(b.table())
        .name("key")
        .value(b.key())
        .name("state")
        .value(Formats.lowerCase(b.state()))
        .name("keys")
        .value(b.keys())
        .name("rows")
        .value(b.rows())
        .name("batches")
        .value(b.batches())
        .name("lastKey")
        .value(b.lastKey())
        .name("endKey")
        .value(b.endKey())
        .name("startedAt")
        .value(b.startedAt())
        .name("updatedAt")
        .value(b.updatedAt())
        .endObject();
  }

  private static void journalEntry(JsonWriter json, JournalEntry entry) {
    json.beginObject()
        .name("id")
        .value(entry.id())
        .name("at")
        .value(entry.at())
        .name("runId")
        .value(entry.runId())
        .name("event")
        .value(Formats.lowerCase(entry.event()))
        .name("version")
        .value(entry.version())
        .name("change")
        .value(entry.change())
        .name("stage")
        .value(Formats.lowerCase(entry.stage()))
        .name("actor")
        .value(entry.actor())
        .name("owners")
        .values(entry.owners())
        .name("gates");
    gates(json, entry.gates());
    json.name("note").value(entry.note()).name("error").value(entry.error()).endObject();
  }

  private static void held(JsonWriter json, List<HeldMigration> held) {
    json.beginArray();
    for (HeldMigration h : held) {
      json.beginObject()
          .name("version")
          .value(h.version())
          .name("description")
          .value(h.description())
          .name("change")
          .value(h.change())
          .name("stage")
          .value(Formats.lowerCase(h.stage()))
          .name("gates");
      gates(json, h.gates());
      json.name("attestation")
          .value(h.attestation())
          .name("attested")
          .value(h.attested())
          .name("holding")
          .values(h.holding())
          .name("evaluatedAt")
          .value(h.evaluatedAt())
          .endObject();
    }
    json.endArray();
  }

  private static void gates(JsonWriter json, List<GateOutcome> gates) {
    json.beginArray();
    for (GateOutcome gate : gates) {
      json.beginObject()
          .name("method")
          .value(gate.method())
          .name("description")
          .value(gate.description())
          .name("result")
          .value(Formats.lowerCase(gate.result()))
          .name("details")
          .value(gate.details())
          .name("millis")
          .value(gate.millis())
          .endObject();
    }
    json.endArray();
  }
}
