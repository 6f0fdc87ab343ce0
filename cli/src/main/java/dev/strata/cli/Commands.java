package dev.strata.cli;

import dev.strata.Version;
import dev.strata.runtime.BackfillInfo;
import dev.strata.runtime.HistoryEntry;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.RepairReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The commands that work on a database; each is a thin layer over one {@link Migrator} call. */
final class Commands {

  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

  private Commands() {}

  /**
   * {@code value} if it is a version; else a usage error (exit 2) while the arguments are parsed,
   * before any connection is made.
   */
  static String version(CommandSpec spec, String option, String value) {
    if (Version.parseOrNull(value) == null) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '%s': '%s' is not a version; write dot-separated numbers such as 3 or 1.2"
              .formatted(option, value));
    }
    return value;
  }

  /**
   * {@code value} as a duration, {@code 30s}, {@code 2m}, {@code 1h}, {@code 500ms} or ISO-8601's
   * {@code PT30S}; else a usage error, as {@link #version} gives.
   */
  static Duration duration(CommandSpec spec, String option, String value) {
    Matcher simple = SHORT_DURATION.matcher(value);
    try {
      if (simple.matches()) {
        long amount = Long.parseLong(simple.group(1));
        return switch (simple.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
      }
      Duration iso = Duration.parse(value);
      if (!iso.isNegative()) {
        return iso;
      }
    } catch (DateTimeParseException malformed) {
      // reported below, with what to write instead
    }
    throw new ParameterException(
        spec.commandLine(),
        "Invalid value for option '%s': '%s' is not a duration; write a number with ms, s, m or h, such as 30s or 2m, or ISO-8601 such as PT30S"
            .formatted(option, value));
  }

  @Command(name = "migrate", description = "Apply every pending migration, in version order.")
  static final class Migrate extends LockingCommand {

    String target;

    @Option(
        names = "--target",
        paramLabel = "<version>",
        description = "Stop after this version; later migrations stay pending.")
    void target(String value) {
      target = version(spec, "--target", value);
    }

    @Option(names = "--show-status", description = "Print the status table afterwards.")
    boolean showStatus;

    @Option(
        names = "--fail-on-held",
        description =
            "Exit with code 12 when a migration was held (a gate did not pass, or an "
                + "attestation is missing), after printing the report. Without it: exit 0.")
    boolean failOnHeld;

    private boolean held;

    Migrate(RootCommand root) {
      super(root);
    }

    @Mixin AllowFutureOption allowFuture;

    @Mixin ProgressOption progress;

    @Option(
        names = "--wait-for-backfill",
        description =
            "When another process is running a backfill, wait for the lock (up to"
                + " --lock-timeout) as for any migration. Without it: say so, apply nothing,"
                + " exit 0.")
    boolean waitForBackfill;

    @Override
    ProgressOption progress() {
      return progress;
    }

    @Override
    Migrator configured(Migrator migrator) {
      Migrator configured = allowFuture.applyTo(migrator);
      return waitForBackfill ? configured.withWaitForBackfill(true) : configured;
    }

    @Override
    void run(Migrator migrator, PrintWriter out) {
      MigrationReport report = target == null ? migrator.migrate() : migrator.migrate(target);
      List<MigrationInfo> status = showStatus ? migrator.status() : null;
      held = !report.held().isEmpty();
      if (json()) {
        out.print(JsonReports.run("migrate", report, status));
        return;
      }
      out.println(summary(report, "Nothing to migrate", "Applied"));
      if (report.backfillElsewhere() != null) {
        out.println(
            "Another process is running a backfill, so this run did not wait for the lock:");
        out.print(
            StatusTable.backfill(
                report.backfillElsewhere(),
                "migrate again once it ends, or with --wait-for-backfill to wait for it"));
      }
      out.print(ChangesTable.held(report.held()));
      if (showStatus) {
        out.println();
        out.print(StatusTable.render(status));
      }
    }

    @Override
    ExitCode outcome() {
      return held && failOnHeld ? ExitCode.HELD : ExitCode.OK;
    }
  }

  @Command(name = "status", description = "Show every known and applied migration with its state.")
  static final class Status extends DatabaseCommand {

    Status(RootCommand root) {
      super(root);
    }

    @Override
    boolean readOnly() {
      return true;
    }

    @Override
    void run(Migrator migrator, PrintWriter out) {
      List<MigrationInfo> rows = migrator.status();
      List<BackfillInfo> backfills = migrator.backfills();
      if (json()) {
        out.print(JsonReports.status(rows, backfills));
        return;
      }
      out.print(StatusTable.render(rows));
      String open = StatusTable.backfills(backfills);
      if (!open.isEmpty()) {
        out.println();
        out.print(open);
      }
    }
  }

  @Command(
      name = "history",
      description =
          "Show every row of the history table, oldest first: each migration applied, "
              + "failed or undone, and the baseline, with who wrote it and when.")
  static final class History extends DatabaseCommand {

    History(RootCommand root) {
      super(root);
    }

    @Override
    boolean readOnly() {
      return true;
    }

    @Override
    void run(Migrator migrator, PrintWriter out) {
      List<HistoryEntry> entries = migrator.history();
      out.print(json() ? JsonReports.history(entries) : HistoryTable.render(entries));
    }
  }

  @Command(
      name = "validate",
      description =
          "Check that the history matches the code: no changed checksums, no missing "
              + "or out-of-order versions. Changes nothing.")
  static final class Validate extends DatabaseCommand {

    Validate(RootCommand root) {
      super(root);
    }

    @Mixin AllowFutureOption allowFuture;

    @Override
    Migrator configured(Migrator migrator) {
      return allowFuture.applyTo(migrator);
    }

    @Override
    boolean readOnly() {
      return true;
    }

    @Override
    void run(Migrator migrator, PrintWriter out) {
      migrator.validate();
      if (json()) {
        out.print(JsonReports.validate());
      } else {
        out.println("Valid: the history matches the migrations in the code.");
      }
    }
  }

  @Command(
      name = "undo",
      description =
          "Run @Down of the applied migrations above a version, newest first. Refuses, "
              + "before changing anything, when one of them has no @Down.")
  static final class Undo extends LockingCommand {

    String to;

    @Option(
        names = "--to",
        paramLabel = "<version>",
        required = true,
        description = "The version to return to; it stays applied. 0 undoes everything.")
    void to(String value) {
      to = version(spec, "--to", value);
    }

    Undo(RootCommand root) {
      super(root);
    }

    @Mixin AllowFutureOption allowFuture;

    @Override
    Migrator configured(Migrator migrator) {
      return allowFuture.applyTo(migrator);
    }

    @Override
    void run(Migrator migrator, PrintWriter out) {
      MigrationReport report = migrator.undo(to);
      if (json()) {
        out.print(JsonReports.run("undo", report, null));
      } else {
        out.println(summary(report, "Nothing to undo", "Undid"));
      }
    }
  }

  @Command(
      name = "baseline",
      description =
          "Adopt an existing database as being at a version: migrations up to it are "
              + "taken as present and never applied.")
  static final class Baseline extends LockingCommand {

    String version;

    @Option(
        names = "--version",
        paramLabel = "<version>",
        required = true,
        description = "The version the database already has.")
    void version(String value) {
      version = Commands.version(spec, "--version", value);
    }

    Baseline(RootCommand root) {
      super(root);
    }

    @Override
    void run(Migrator migrator, PrintWriter out) {
      migrator.baseline(version);
      if (json()) {
        out.print(JsonReports.baseline(version));
      } else {
        out.println(
            "Baselined at version " + version + ": migrations up to it will not be applied.");
      }
    }
  }

  @Command(
      name = "repair",
      description =
          "Remove failed non-transactional entries from the history and realign "
              + "checksums with the code. Run it after fixing what made a migration fail.")
  static final class Repair extends LockingCommand {

    Repair(RootCommand root) {
      super(root);
    }

    @Override
    void run(Migrator migrator, PrintWriter out) {
      RepairReport report = migrator.repair();
      if (json()) {
        out.print(JsonReports.repair(report));
      } else {
        out.println(
            report.nothingToDo()
                ? describe(report) + untouched(migrator.status())
                : describe(report));
      }
    }

    /**
     * After a repair that changed nothing: the applied versions the code does not have, which are
     * not repair's to change, so that whoever ran it because of them is not told all is well.
     */
    static String untouched(List<MigrationInfo> status) {
      return sentence(
              status,
              MigrationState.FUTURE,
              " Left as they are: %s, applied by a newer build (status shows them as future);"
                  + " this build works beside them.")
          + sentence(
              status,
              MigrationState.MISSING,
              " Repair cannot fix %s, applied but missing from the code: restore their migration"
                  + " classes.");
    }

    /** {@code sentence} naming the versions in {@code state}, or nothing when there are none. */
    private static String sentence(
        List<MigrationInfo> status, MigrationState state, String sentence) {
      List<String> versions =
          status.stream().filter(i -> i.state() == state).map(MigrationInfo::version).toList();
      return versions.isEmpty() ? "" : sentence.formatted(String.join(", ", versions));
    }

    static String describe(RepairReport report) {
      if (report.nothingToDo()) {
        return "Nothing to repair: no failed entries, every checksum matches the code.";
      }
      List<String> done = new ArrayList<>();
      if (!report.removedFailed().isEmpty()) {
        done.add(
            "removed the failed entries of "
                + String.join(", ", report.removedFailed())
                + " (pending again)");
      }
      if (!report.realignedChecksums().isEmpty()) {
        done.add(
            "realigned the checksums of "
                + String.join(", ", report.realignedChecksums())
                + " with the code");
      }
      return "Repaired: " + String.join("; ", done) + ".";
    }
  }

  /** {@code Applied 3 migrations in 40 ms; the database is at version 12.} */
  static String summary(MigrationReport report, String nothing, String done) {
    String version =
        report.finalVersion() == null
            ? "no migration is applied"
            : "the database is at version " + report.finalVersion();
    if (report.executed().isEmpty()) {
      // with something held, there was something to do: it waits for its evidence, and
      // so was there with another process's backfill: this run did not look
      boolean waiting = !report.held().isEmpty() || report.backfillElsewhere() != null;
      return (waiting ? "Nothing applied" : nothing) + ": " + version + ".";
    }
    return done
        + " "
        + Formats.count(report.executed().size(), "migration")
        + " in "
        + Formats.duration(report.duration())
        + "; "
        + version
        + ".";
  }
}
