package dev.strata.runtime;

import static java.util.Objects.requireNonNull;

import dev.strata.Stage;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.internal.BaselineCommand;
import dev.strata.runtime.internal.ChangesCommand;
import dev.strata.runtime.internal.ConnectionSource;
import dev.strata.runtime.internal.History;
import dev.strata.runtime.internal.InspectCommand;
import dev.strata.runtime.internal.LiveStage;
import dev.strata.runtime.internal.MigrateCommand;
import dev.strata.runtime.internal.MigratorOptions;
import dev.strata.runtime.internal.RegistryLoader;
import dev.strata.runtime.internal.Remedies;
import dev.strata.runtime.internal.RepairCommand;
import dev.strata.runtime.internal.UndoCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.ExecuteListener;

/**
 * Applies migrations to one database. Built once with {@link #builder()}; immutable and safe to
 * share. Every operation takes a connection from the data source (plus a second one, holding the
 * migration lock, for the operations that change the database) and returns them when done.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.builder().dataSource(dataSource).build();
 * MigrationReport report = migrator.migrate();
 * }</pre>
 *
 * <p>Every problem is a {@link MigrationException}; operations that change the database validate
 * everything first, so a refusal changes nothing.
 */
public final class Migrator {

  private final MigrateCommand migrate;
  private final InspectCommand inspect;
  private final UndoCommand undo;
  private final BaselineCommand baseline;
  private final RepairCommand repair;
  private final ChangesCommand changes;
  private final LiveStage liveStage;
  private final String description;
  private final MigratorOptions options;

  private Migrator(MigratorOptions options) {
    this.options = options;
    this.migrate = new MigrateCommand(options);
    this.inspect = new InspectCommand(options);
    this.undo = new UndoCommand(options);
    this.baseline = new BaselineCommand(options);
    this.repair = new RepairCommand(options);
    this.changes = new ChangesCommand(options);
    this.liveStage = new LiveStage(options);
    this.description = options.connections().describe();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Applies every pending migration in version order. */
  public MigrationReport migrate() {
    return migrate.migrate(null);
  }

  /** Applies pending migrations up to and including {@code targetVersion}. */
  public MigrationReport migrate(String targetVersion) {
    return migrate.migrate(requireNonNull(targetVersion, "targetVersion"));
  }

  /**
   * Every backfill that started, from its progress row, in version order: running, interrupted (a
   * migrate resumes it) or finished. Empty when none ever started.
   */
  public List<BackfillInfo> backfills() {
    return inspect.backfills();
  }

  /** Every known and applied migration with its state, in version order. */
  public List<MigrationInfo> status() {
    return inspect.status();
  }

  /**
   * Every row of the history table, oldest first: each migration applied, failed or undone, and the
   * baseline, with who wrote it, when, and how long it took. Read-only, without the lock, as {@link
   * #status()}; empty when the database has no history table yet.
   */
  public List<HistoryEntry> history() {
    return inspect.history();
  }

  /**
   * Throws {@link MigrationException} when the registries and the history disagree: a failed entry,
   * a missing or drifted applied migration, or a pending migration that could not run.
   */
  public void validate() {
    inspect.validate();
  }

  /** Runs {@code @Down} of applied migrations above {@code version}, newest first. */
  public MigrationReport undo(String version) {
    return undo.undo(requireNonNull(version, "version"));
  }

  /** Adopts an existing database as being at {@code version}. */
  public void baseline(String version) {
    baseline.baseline(requireNonNull(version, "version"));
  }

  /**
   * Clears failed non-transactional entries and realigns checksums with the registries, and says
   * which versions it changed. Run it after a person has checked what a failed migration left.
   */
  public RepairReport repair() {
    return repair.repair();
  }

  /**
   * The journal's rows that {@code query} asks for, oldest first: every attempt at a migration and
   * every act on the history, by any process that migrated this database. Read-only, without the
   * lock; empty when the database has no journal table yet.
   */
  public List<JournalEntry> journal(JournalQuery query) {
    return changes.journal(requireNonNull(query, "query"));
  }

  /**
   * Records that {@code by} confirmed what the {@code @Attested} migration {@code version} asks a
   * person to confirm, so that the next {@link #migrate()} may apply it (once its gates pass too).
   * Append-only: a later attestation adds a row. Refused with {@link MigrationException} for a
   * version this build does not know, one without {@code @Attested}, and one already applied.
   *
   * @param by who confirmed it
   * @param note what they checked
   * @return the journal row written
   */
  public JournalEntry attest(String version, String by, String note) {
    return changes.attest(
        requireNonNull(version, "version"), requireNonNull(by, "by"), requireNonNull(note, "note"));
  }

  /**
   * Every change ({@code @Change}) this build knows, by name: its migrations with their state, the
   * stage it reached, and for each of its pending migrations with gates or {@code @Attested} the
   * last time a run held it. Read-only, without the lock; gates are not evaluated.
   */
  public List<ChangeInfo> changes() {
    return changes.changes();
  }

  /**
   * The highest stage of {@code change} whose migrations, and those of every earlier stage, are all
   * applied (or below the baseline); empty before its first stage is. Application code switches its
   * dual writes and reads on it, so it is cheap enough to call per request: one query on a
   * connection from the data source (use a pool), without the lock, jOOQ or validation. A failed or
   * held migration of a stage keeps the change at the stage before.
   *
   * @throws MigrationException with {@code CONFIGURATION} when no registry lists a change of that
   *     name (most likely a typo, which an empty answer would hide)
   */
  public Optional<Stage> stage(String change) {
    return liveStage.stage(requireNonNull(change, "change"));
  }

  /**
   * {@link #stage(String)} of every change the registries list that reached a stage, in one query
   * (which reads the whole history), by name in alphabetical order; immutable.
   */
  public Map<String, Stage> stages() {
    return liveStage.stages();
  }

  /** The SQL that {@link #migrate()} would run, rendered, not executed. */
  public Plan plan() {
    return inspect.plan();
  }

  /**
   * This migrator with {@link Builder#allowFuture(boolean)} set to {@code allowFuture}, everything
   * else the same: for code that is handed a built migrator, as the command line is by its {@code
   * MigratorFactory} when {@code --allow-future} or {@code --no-allow-future} is given.
   */
  public Migrator withAllowFuture(boolean allowFuture) {
    return options.allowFuture() == allowFuture
        ? this
        : new Migrator(options.withAllowFuture(allowFuture));
  }

  /**
   * A copy of this migrator that waits up to {@code lockTimeout} for another migrator's lock, as
   * {@link Builder#lockTimeout(Duration)} sets it: for code handed a migrator already built, such
   * as the command line's {@code --lock-timeout} with the application's own migrator.
   */
  public Migrator withLockTimeout(Duration lockTimeout) {
    return new Migrator(options.withLockTimeout(Builder.checkedLockTimeout(lockTimeout)));
  }

  /** The database this migrator works on, without any password. */
  @Override
  public String toString() {
    return "Migrator[" + description + "]";
  }

  /** Configures a {@link Migrator}. */
  public static final class Builder {
    private DataSource dataSource;
    private String url;
    private String user;
    private String password;
    private final List<MigrationRegistry> registries = new ArrayList<>();
    private String historyTable = "strata_history";
    private String journalTable = "strata_journal";
    private String schema;
    private boolean outOfOrder;
    private boolean allOrNothing;
    private boolean allowFuture = true;
    private MigrationListener listener = new MigrationListener() {};
    private final List<ExecuteListener> executeListeners = new ArrayList<>();
    private Duration lockTimeout = Duration.ofMinutes(10);
    private String backfillTable = "strata_backfill";
    private boolean waitForBackfill;

    private Builder() {}

    /** Where connections come from; or use {@link #url(String)}. */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * A JDBC URL opened with {@link java.sql.DriverManager}; the driver is the application's
     * dependency.
     */
    public Builder url(String jdbcUrl) {
      this.url = requireNonNull(jdbcUrl, "jdbcUrl");
      return this;
    }

    public Builder user(String user) {
      this.user = user;
      return this;
    }

    /** Never printed: messages and logs show URLs with {@code password=***}. */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** Adds a registry; when none is added, every registry ServiceLoader finds is used. */
    public Builder registry(MigrationRegistry registry) {
      registries.add(requireNonNull(registry, "registry"));
      return this;
    }

    /** The history table's name (default {@code strata_history}): an identifier, not SQL. */
    public Builder historyTable(String name) {
      this.historyTable = name;
      return this;
    }

    /**
     * The journal table's name (default {@code strata_journal}), in the history table's schema: an
     * identifier, not SQL. It records every attempt (applied, failed, held, undone) and act
     * (baselined, repaired, attested); see {@link Migrator#journal(JournalQuery)}.
     */
    public Builder journalTable(String name) {
      this.journalTable = name;
      return this;
    }

    /**
     * The schema of the history table, created when missing; during {@code migrate()} and {@code
     * undo()} it is also the migrations' default schema. Default: the connection's.
     */
    public Builder schema(String schema) {
      this.schema = schema;
      return this;
    }

    /**
     * Allows pending migrations older than the newest applied one, when their dependencies are
     * applied.
     */
    public Builder outOfOrder(boolean outOfOrder) {
      this.outOfOrder = outOfOrder;
      return this;
    }

    /** Applies all pending migrations in one transaction (see docs/runtime.md for H2's limits). */
    public Builder allOrNothing(boolean allOrNothing) {
      this.allOrNothing = allOrNothing;
      return this;
    }

    /**
     * Whether applied versions above everything this build knows (above its registries' newest
     * version and its baseline) are tolerated: a newer build applied them, and the deploy was
     * rolled back to this one. Default {@code true}: every command that validates logs one warning
     * naming them, {@link Migrator#status()} shows them as {@link MigrationState#FUTURE}, and this
     * build leaves them as they are ({@link Migrator#undo(String)} refuses to go below them). With
     * {@code false} those commands refuse such a database with {@link Reason#VALIDATION}. An
     * applied version missing from the registries below their newest version is refused either way.
     */
    public Builder allowFuture(boolean allowFuture) {
      this.allowFuture = allowFuture;
      return this;
    }

    public Builder listener(MigrationListener listener) {
      this.listener = requireNonNull(listener, "listener");
      return this;
    }

    /**
     * A diagnostics hook: a jOOQ listener that sees the statements migrations and their checks send
     * through jOOQ, a {@code DSLContext} parameter or {@code MigrationContext.dsl()} (for example
     * to log or time their SQL); {@code MigrationContext.execute} goes to JDBC and is not seen.
     * Strata's own statements (the history table, the lock, session settings) go straight to JDBC
     * and are not seen either; to see every statement, wrap the data source. Statements recorded by
     * {@link #plan()} are not sent and not seen.
     */
    public Builder executeListener(ExecuteListener listener) {
      executeListeners.add(requireNonNull(listener, "listener"));
      return this;
    }

    /** How long to wait for another migrator's lock before giving up (default 10 minutes). */
    public Builder lockTimeout(Duration lockTimeout) {
      this.lockTimeout = checkedLockTimeout(lockTimeout);
      return this;
    }

    /**
     * The backfills' progress table's name (default {@code strata_backfill}), in the history's
     * schema: an identifier, not SQL.
     */
    public Builder backfillTable(String name) {
      this.backfillTable = name;
      return this;
    }

    /**
     * Whether a migrate that finds another process running a backfill waits for the lock as for any
     * migrator (up to {@link #lockTimeout}); by default it returns at once, saying so, and applies
     * nothing (docs/runtime.md, "Backfills").
     */
    public Builder waitForBackfill(boolean waitForBackfill) {
      this.waitForBackfill = waitForBackfill;
      return this;
    }

    private static Duration checkedLockTimeout(Duration lockTimeout) {
      if (lockTimeout.isNegative()) {
        throw new IllegalArgumentException("lockTimeout must not be negative");
      }
      return lockTimeout;
    }

    /**
     * Checks the configuration and loads the registries; throws {@link MigrationException} ({@link
     * Reason#CONFIGURATION}) when something is wrong.
     */
    public Migrator build() {
      if ((dataSource == null) == (url == null)) {
        throw new MigrationException(
            Reason.CONFIGURATION,
            dataSource == null
                ? "No database: set " + Remedies.setting("dataSource(...) or url(...)")
                : "Both a data source and a URL are set; set only one");
      }
      History.checkIdentifier("The history table name", historyTable);
      History.checkIdentifier("The journal table name", journalTable);
      if (journalTable.equalsIgnoreCase(historyTable)) {
        throw new MigrationException(
            Reason.CONFIGURATION,
            "The journal table and the history table are both named "
                + historyTable
                + "; give journalTable(...) another name");
      }
      History.checkIdentifier("The backfill table name", backfillTable);
      if (backfillTable.equalsIgnoreCase(historyTable)
          || backfillTable.equalsIgnoreCase(journalTable)) {
        throw new MigrationException(
            Reason.CONFIGURATION,
            "The backfill table is named "
                + backfillTable
                + " as the history or the journal table; give backfillTable(...) another name");
      }
      if (schema != null) {
        History.checkIdentifier("The schema name", schema);
      }
      List<MigrationRegistry> sources =
          registries.isEmpty() ? RegistryLoader.discover() : registries;
      ConnectionSource connections = new ConnectionSource(dataSource, url, user, password);
      MigratorOptions options =
          new MigratorOptions(
              connections,
              RegistryLoader.merge(sources),
              historyTable,
              journalTable,
              schema,
              outOfOrder,
              allOrNothing,
              allowFuture,
              listener,
              executeListeners,
              lockTimeout,
              backfillTable,
              waitForBackfill);
      return new Migrator(options);
    }
  }
}
