package dev.strata.cli;

import dev.strata.runtime.ChangeInfo;
import dev.strata.runtime.JournalEntry;
import dev.strata.runtime.JournalEvent;
import dev.strata.runtime.JournalQuery;
import dev.strata.runtime.Migrator;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The commands of changes, gates and the journal: {@code changes}, {@code journal}, {@code attest}.
 */
final class ChangeCommands {

  private ChangeCommands() {}

  @Command(
      name = "changes",
      description =
          "Show each change (@Change): its migrations with their stage and state, the stage it "
              + "reached, and the held migrations with each gate's last evidence and when it was "
              + "evaluated. Evaluates no gate.")
  static final class Changes extends DatabaseCommand {

    Changes(RootCommand root) {
      super(root);
    }

    @Override
    boolean readOnly() {
      return true;
    }

    @Override
    void run(Migrator migrator, PrintWriter out) {
      List<ChangeInfo> changes = migrator.changes();
      out.print(json() ? JsonReports.changes(changes) : ChangesTable.render(changes));
    }
  }

  @Command(
      name = "journal",
      description =
          "Show the journal, oldest first: every attempt at a migration (applied, failed, held, "
              + "undone) and every act (baselined, repaired, attested), by any process.")
  static final class Journal extends DatabaseCommand {

    private JournalQuery query = JournalQuery.all();
    private boolean filtered;

    @Option(
        names = "--version",
        paramLabel = "<version>",
        description = "Only the rows of this version.")
    void version(String value) {
      filter(query.version(Commands.version(spec, "--version", value)));
    }

    @Option(
        names = "--change",
        paramLabel = "<name>",
        description = "Only the rows of this change.")
    void change(String value) {
      filter(query.change(value));
    }

    @Option(
        names = "--event",
        paramLabel = "<event>",
        split = ",",
        description =
            "Only rows of these events: applied, failed, held, undone, baselined, repaired, "
                + "attested. Repeat it or give a comma list: --event held,applied.")
    void events(List<String> values) {
      Set<JournalEvent> events = EnumSet.noneOf(JournalEvent.class);
      for (String value : values) {
        events.add(event(value));
      }
      filter(query.events(events.toArray(JournalEvent[]::new)));
    }

    @Option(
        names = "--since",
        paramLabel = "<instant>",
        description =
            "Only rows written at or after this ISO-8601 instant, such as 2026-12-04T18:00:00Z.")
    void since(String value) {
      filter(query.since(instant("--since", value)));
    }

    @Option(
        names = "--until",
        paramLabel = "<instant>",
        description =
            "Only rows written before this ISO-8601 instant, such as 2026-12-04T19:00:00+01:00.")
    void until(String value) {
      filter(query.until(instant("--until", value)));
    }

    @Option(
        names = "--limit",
        paramLabel = "<rows>",
        description = "Only the newest this many matching rows (still printed oldest first).")
    void limit(String value) {
      int limit;
      try {
        limit = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1) {
        throw new ParameterException(
            spec.commandLine(),
            "Invalid value for option '--limit': '%s' is not a number of rows; write 1 or more"
                .formatted(value));
      }
      filter(query.limit(limit));
    }

    Journal(RootCommand root) {
      super(root);
    }

    @Override
    boolean readOnly() {
      return true;
    }

    @Override
    void run(Migrator migrator, PrintWriter out) {
      List<JournalEntry> entries = migrator.journal(query);
      out.print(json() ? JsonReports.journal(entries) : JournalTable.render(entries, filtered));
    }

    private void filter(JournalQuery narrower) {
      query = narrower;
      filtered = true;
    }

    private JournalEvent event(String value) {
      try {
        return JournalEvent.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(),
            "Invalid value for option '--event': '%s' is not an event; write one of %s"
                .formatted(
                    value,
                    Arrays.stream(JournalEvent.values())
                        .map(Formats::lowerCase)
                        .collect(Collectors.joining(", "))));
      }
    }

    private Instant instant(String option, String value) {
      try {
        return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        throw new ParameterException(
            spec.commandLine(),
            ("Invalid value for option '%s': '%s' is not an instant; write ISO-8601 with a zone,"
                    + " such as 2026-12-04T18:00:00Z")
                .formatted(option, value));
      }
    }
  }

  @Command(
      name = "attest",
      description =
          "Record that a person confirmed what an @Attested migration asks, so that the next "
              + "migrate may apply it (once its gates pass). Append-only.")
  static final class Attest extends LockingCommand {

    private String version;
    private String by;
    private String note;

    @Option(
        names = "--version",
        paramLabel = "<version>",
        required = true,
        description = "The @Attested migration's version.")
    void version(String value) {
      version = Commands.version(spec, "--version", value);
    }

    @Option(
        names = "--by",
        paramLabel = "<name>",
        required = true,
        description = "Who confirmed it.")
    void by(String value) {
      by = notBlank("--by", value, "say who confirmed it");
    }

    @Option(
        names = "--note",
        paramLabel = "<text>",
        required = true,
        description = "What they checked.")
    void note(String value) {
      note = notBlank("--note", value, "say what was checked");
    }

    Attest(RootCommand root) {
      super(root);
    }

    @Override
    void run(Migrator migrator, PrintWriter out) {
      JournalEntry entry = migrator.attest(version, by, note);
      if (json()) {
        out.print(JsonReports.attest(entry));
      } else {
        out.println(
            "Attested "
                + entry.version()
                + " by "
                + entry.actor()
                + " at "
                + Formats.instant(entry.at())
                + " UTC: \""
                + entry.note()
                + "\". The next migrate applies it unless something else holds it (a gate, or a migration it waits for).");
      }
    }

    private String notBlank(String option, String value, String what) {
      if (value.isBlank()) {
        throw new ParameterException(
            spec.commandLine(),
            "Invalid value for option '%s': it is empty; %s".formatted(option, what));
      }
      return value;
    }
  }
}
