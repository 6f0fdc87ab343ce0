package dev.strata.cli;

import dev.strata.runtime.Migrator;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level command: holds the options every command accepts, before or after the command's
 * name ({@code --url X migrate} and {@code migrate --url X} mean the same).
 */
@Command(
    description = "Applies and inspects Strata schema migrations.",
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   ok",
      "  1   unexpected error (--verbose shows the stack trace)",
      "  2   usage: unknown command or option, missing or malformed value",
      "  3   configuration: the migrator or its registries are set up wrongly",
      "  4   connection: the database cannot be reached or refused the credentials",
      "  5   validation: the code and the history disagree, or attest was refused",
      "  6   migration failed",
      "  7   a pre-check or post-check failed",
      "  8   repair needed: a failed non-transactional migration is recorded",
      "  9   undo refused: a migration to undo has no @Down",
      "  10  lock: another process holds the migration lock",
      "  11  new: the file exists or cannot be written",
      "  12  held: migrate --fail-on-held held a migration (a gate or an attestation)",
      "",
      "Environment: STRATA_URL, STRATA_USER and STRATA_PASSWORD stand in for the options."
    })
final class RootCommand implements Callable<Integer> {

  final CommandContext context;

  @Spec CommandSpec spec;

  @Option(
      names = "--url",
      paramLabel = "<jdbc-url>",
      scope = ScopeType.INHERIT,
      description =
          "JDBC URL of the database, such as jdbc:postgresql://db:5432/shop. "
              + "Default: $STRATA_URL, else the application's default.")
  String url;

  @Option(
      names = "--user",
      paramLabel = "<name>",
      scope = ScopeType.INHERIT,
      description = "Database user. Default: $STRATA_USER.")
  String user;

  @Option(
      names = "--password",
      paramLabel = "<secret>",
      scope = ScopeType.INHERIT,
      description =
          "Database password; never printed. Prefer $STRATA_PASSWORD: "
              + "other users can read command lines in the process list.")
  String password;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  boolean verbose;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      scope = ScopeType.INHERIT,
      description = "Show this help and exit.")
  boolean help;

  /**
   * The name of the command running with {@code --format json}, once it runs (null before, and in
   * text mode): its failure is then also printed as JSON.
   */
  String jsonCommand;

  RootCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "no command given; try '" + spec.qualifiedName() + " migrate'");
  }

  /** Where to connect, as the options and the environment say. */
  ConnectionSettings connection(CommandSpec command) {
    if (url == null || url.isBlank()) {
      throw new ParameterException(
          command.commandLine(), "no database given; pass --url <jdbc-url> or set STRATA_URL");
    }
    return new ConnectionSettings(url, user, password);
  }

  /**
   * Builds the migrator for {@code command}, printing progress to the output, or to the error
   * stream when the output is JSON; a wait for the lock is told on the error stream.
   *
   * @param readOnly whether the command only reads, so must never create a database
   * @param style how a backfill's progress is shown
   * @param interval how often a backfill's progress line is printed with {@code LINES}
   */
  Migrator migrator(
      CommandSpec command,
      boolean json,
      boolean readOnly,
      BackfillMeter.Style style,
      Duration interval) {
    ProgressPrinter progress =
        new ProgressPrinter(json ? context.err() : context.out(), context.err(), style, interval);
    ConnectionSettings connection = connection(command);
    Migrator migrator =
        context
            .migrators()
            .create(readOnly ? connection.existingDatabaseOnly() : connection, progress);
    if (migrator == null) {
      throw new IllegalStateException("the application's MigratorFactory returned null");
    }
    return migrator;
  }

  /** Hides the password from anything this run prints. */
  Redactor redactor() {
    return Redactor.forConnection(url, password);
  }
}
