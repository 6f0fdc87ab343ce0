package dev.strata.cli;

import static java.util.Objects.requireNonNull;

import dev.strata.runtime.MigrationRegistry;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The Strata command line, for an application to expose from its own {@code main}:
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   System.exit(StrataCommandLine.run(args));
 * }
 * }</pre>
 *
 * <p>or, with the application's own migrator configuration (its connection pool, its registries
 * from Dagger):
 *
 * <pre>{@code
 * System.exit(StrataCommandLine.builder()
 *     .name("bookshop")
 *     .defaultUrl("jdbc:h2:file:./data/bookshop")
 *     .migrators((connection, progress) -> Migrator.builder()
 *         .dataSource(pool(connection)).listener(progress).build())
 *     .build()
 *     .execute(args));
 * }</pre>
 *
 * <p>Commands: {@code migrate}, {@code status}, {@code history}, {@code validate}, {@code undo},
 * {@code baseline}, {@code repair}, {@code plan}, {@code new}. Results go to standard output; an
 * error is one line on standard error ({@code --verbose} adds the stack trace), and the exit code
 * says which kind of failure it was ({@link ExitCode}). Passwords are never printed.
 *
 * <p>Immutable; {@link #execute} may be called many times.
 */
public final class StrataCommandLine {

  private final String name;
  private final String defaultUrl;
  private final List<String> defaultCommand;
  private final MigratorFactory migrators;
  private final List<MigrationRegistry> registries;
  private final Map<String, String> environment;
  private final PrintWriter out;
  private final PrintWriter err;

  private StrataCommandLine(Builder builder) {
    this.name = builder.name;
    this.defaultUrl = builder.defaultUrl;
    this.defaultCommand = List.copyOf(builder.defaultCommand);
    this.migrators = builder.migrators;
    this.registries = List.copyOf(builder.registries);
    this.environment = Map.copyOf(builder.environment);
    this.out = builder.out;
    this.err = builder.err;
  }

  /**
   * Runs the command line with the registries that ServiceLoader finds and a connection from {@code
   * --url}/{@code STRATA_URL}.
   *
   * @return the exit code, for {@code System.exit}
   */
  public static int run(String... args) {
    return builder().build().execute(args);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses {@code args} and runs the command.
   *
   * @return the exit code ({@link ExitCode#code()}): 0 when the command did what was asked
   */
  public int execute(String... args) {
    quietJooq();
    try {
      return newCommandLine().execute(withDefaultCommand(args));
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * jOOQ prints its logo and a tip of the day to the log when it first loads: noise in a tool's
   * output. Set only where the user has not said otherwise ({@code -Dorg.jooq.no-logo=false}).
   */
  private static void quietJooq() {
    System.getProperties().putIfAbsent("org.jooq.no-logo", "true");
    System.getProperties().putIfAbsent("org.jooq.no-tips", "true");
  }

  private CommandLine newCommandLine() {
    CommandContext context =
        new CommandContext(out, err, environment, defaultUrl, migrators, registries);
    RootCommand root = new RootCommand(context);
    CommandLine commandLine =
        new CommandLine(root)
            .setCommandName(name)
            .addSubcommand(new Commands.Migrate(root))
            .addSubcommand(new Commands.Status(root))
            .addSubcommand(new Commands.History(root))
            .addSubcommand(new Commands.Validate(root))
            .addSubcommand(new Commands.Undo(root))
            .addSubcommand(new Commands.Baseline(root))
            .addSubcommand(new Commands.Repair(root))
            .addSubcommand(new PlanCommand(root))
            .addSubcommand(new ChangeCommands.Changes(root))
            .addSubcommand(new ChangeCommands.Journal(root))
            .addSubcommand(new ChangeCommands.Attest(root))
            .addSubcommand(new NewCommand(root));
    return commandLine
        .setOut(out)
        .setErr(err)
        .setDefaultValueProvider(this::defaultValue)
        .setParameterExceptionHandler((e, a) -> usageError(e, root))
        .setExecutionExceptionHandler((e, cl, parsed) -> failure(e, root));
  }

  /** The environment stands in for the connection options; the application's URL comes last. */
  private String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)) {
      return null;
    }
    return switch (option.longestName()) {
      case "--url" -> environment.getOrDefault("STRATA_URL", defaultUrl);
      case "--user" -> environment.get("STRATA_USER");
      case "--password" -> environment.get("STRATA_PASSWORD");
      default -> null;
    };
  }

  /** With no command in {@code args}, appends the application's default command, if any. */
  private String[] withDefaultCommand(String[] args) {
    if (defaultCommand.isEmpty()) {
      return args;
    }
    ParseResult parsed;
    try {
      parsed = newCommandLine().parseArgs(args);
    } catch (ParameterException e) {
      return args; // execute() reports it
    }
    if (parsed.hasSubcommand() || parsed.isUsageHelpRequested()) {
      return args;
    }
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(defaultCommand);
    return all.toArray(String[]::new);
  }

  private int usageError(ParameterException e, RootCommand root) {
    String help = e.getCommandLine().getCommandSpec().qualifiedName() + " --help";
    return report(
        root,
        ExitCode.USAGE,
        root.redactor().redact(UsageErrors.message(e)) + " (see '" + help + "')");
  }

  private int failure(Exception e, RootCommand root) {
    Failure failure = Failure.of(e, root.url);
    Redactor redactor = root.redactor();
    if (root.verbose) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.print(redactor.redact(trace.toString()));
    }
    return report(root, failure.exitCode(), redactor.redact(failure.message()));
  }

  /**
   * The error line, and with {@code --format json} also the error as JSON on the output, so that a
   * script reads the output whatever happened.
   */
  private int report(RootCommand root, ExitCode exitCode, String message) {
    err.println("error: " + message);
    if (root.jsonCommand != null) {
      out.print(JsonReports.error(root.jsonCommand, exitCode, message));
    }
    return exitCode.code();
  }

  /** Configures a {@link StrataCommandLine}. */
  public static final class Builder {

    private String name = "strata";
    private String defaultUrl;
    private List<String> defaultCommand = List.of();
    private MigratorFactory migrators = MigratorFactory.fromUrl();
    private final List<MigrationRegistry> registries = new ArrayList<>();
    private Map<String, String> environment = System.getenv();
    private PrintWriter out = console(System.out);
    private PrintWriter err = console(System.err);

    private Builder() {}

    /** The program's name in help and error messages, such as {@code "bookshop"}. */
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /** The URL used when neither {@code --url} nor {@code STRATA_URL} is given. */
    public Builder defaultUrl(String url) {
      this.defaultUrl = requireNonNull(url, "url");
      return this;
    }

    /**
     * The command (with its options) run when the arguments name none, such as {@code "migrate",
     * "--show-status"}. Without one, a missing command is a usage error.
     */
    public Builder defaultCommand(String... args) {
      this.defaultCommand = List.of(args);
      return this;
    }

    /** Builds the migrator of each command; the default uses the URL and ServiceLoader. */
    public Builder migrators(MigratorFactory factory) {
      this.migrators = requireNonNull(factory, "factory");
      return this;
    }

    /**
     * A registry whose versions {@code new} must not reuse, for registries that are not listed for
     * ServiceLoader. The migrators' registries are the {@link MigratorFactory}'s business.
     */
    public Builder registry(MigrationRegistry registry) {
      this.registries.add(requireNonNull(registry, "registry"));
      return this;
    }

    /** Where {@code STRATA_URL}, {@code STRATA_USER} and {@code STRATA_PASSWORD} are read from. */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    /** Where results go; standard output by default. */
    public Builder out(PrintWriter out) {
      this.out = requireNonNull(out, "out");
      return this;
    }

    /** Where errors go; standard error by default. */
    public Builder err(PrintWriter err) {
      this.err = requireNonNull(err, "err");
      return this;
    }

    public StrataCommandLine build() {
      return new StrataCommandLine(this);
    }

    private static PrintWriter console(PrintStream stream) {
      return new PrintWriter(new OutputStreamWriter(stream, Charset.defaultCharset()), true);
    }
  }
}
