package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.Version;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.MigrationStep;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The failures the runtime reports, worded in one place: what is wrong, naming what is involved,
 * then what to do. Users, the command line and tests read these texts, so they change only on
 * purpose. {@link Failures} reads what the database said; this class says it to a person.
 */
final class FailureMessages {

  /** What to do about applied migrations that no registry has below this build's newest. */
  private static final String RESTORE_MISSING =
      "Restore the migration classes (with the Strata processor on the build), or add the registry"
          + " that holds them.";

  private FailureMessages() {}

  // Arguments and configuration

  static MigrationException notAVersion(String what, String text) {
    return new MigrationException(
        Reason.CONFIGURATION,
        "The %s '%s' is not a version; write dot-separated numbers such as \"3\" or \"1.2\""
            .formatted(what, text));
  }

  static MigrationException noRegistry() {
    return new MigrationException(
        Reason.CONFIGURATION,
        "No migrations found: no META-INF/services/dev.strata.runtime.MigrationRegistry is on the"
            + " class path, so no registry was generated when the migrations were compiled. Most"
            + " likely Strata's annotation processor did not run: add dev.strata:strata-processor"
            + " to the compiler's annotation processor path (Maven: maven-compiler-plugin's"
            + " annotationProcessorPaths), or turn on annotation processing in the IDE, and"
            + " rebuild.");
  }

  static MigrationException invalidIdentifier(String what, String name) {
    return new MigrationException(
        Reason.CONFIGURATION,
        ("%s '%s' is not a valid identifier; use letters, digits and underscores, starting with a"
                + " letter or underscore, at most 63 characters")
            .formatted(what, name));
  }

  static MigrationException notARegistryVersion(String registry, MigrationDescriptor m) {
    return new MigrationException(
        Reason.CONFIGURATION,
        ("Registry %s lists %s with version '%s', which is not a version; rebuild it with the"
                + " Strata processor")
            .formatted(registry, m.className(), m.version()));
  }

  /** One pair of migrations with one version: the one listed first, then the other. */
  static String duplicateVersion(Known first, Known again) {
    return "Found more than one migration with version %s\nOffenders:\n-> %s (%s)\n-> %s (%s)"
        .formatted(
            again.version(),
            first.migration().className(),
            first.registry(),
            again.migration().className(),
            again.registry());
  }

  static MigrationException duplicateVersions(List<String> pairs) {
    return new MigrationException(
        Reason.CONFIGURATION,
        String.join("\n", pairs)
            + "\nGive one of each pair another version, or leave one registry out by listing the"
            + " others with "
            + Remedies.setting("registry(...)")
            + ".");
  }

  // Connections and Strata's own statements

  static MigrationException cannotConnect(ConnectionSource where, SQLException e) {
    String advice =
        "90146".equals(e.getSQLState()) // H2: no such database, and IFEXISTS=TRUE
            ? "check the path in the URL (the commands that only read never create a database;"
                + " migrate creates it)"
            : "check the URL, the credentials and that the server runs"
                + (where.url() != null ? " (and that its JDBC driver is on the classpath)" : "");
    return new MigrationException(
        Reason.CONNECTION,
        "Cannot connect to %s: %s; %s"
            .formatted(where.describe(), where.redact(Failures.unredacted(e)), advice),
        null,
        null,
        e.getSQLState(),
        null); // the driver's exception may carry the URL: not chained
  }

  /** H2's 90020: the file database is open in another process, which H2 does not share. */
  static MigrationException fileInUse(ConnectionSource where, SQLException e) {
    return new MigrationException(
        Reason.CONNECTION,
        ("Cannot connect to %s: another process has the H2 database file open (%s). An H2 file"
                + " opens in one process at a time: add ;AUTO_SERVER=TRUE to the URL of every"
                + " process that shares it, or serve it with an H2 TCP server and connect with"
                + " jdbc:h2:tcp://…; then run again.")
            .formatted(where.describe(), where.redact(Failures.unredacted(e))),
        null,
        null,
        e.getSQLState(),
        null); // the driver's exception may carry the URL: not chained
  }

  static MigrationException cannotReadProductName(SQLException e) {
    return new MigrationException(
        Reason.CONNECTION, "Cannot read the database's product name: " + Failures.describe(e), e);
  }

  static MigrationException unsupportedDatabase(String product) {
    return new MigrationException(
        Reason.CONFIGURATION,
        "The database is %s, which Strata does not support; connect to H2 or PostgreSQL."
            .formatted(product));
  }

  static MigrationException cannotUseConnection(SQLException e) {
    return connection("Cannot use the connection: " + Failures.describe(e), e.getSQLState(), e);
  }

  static MigrationException cannotStartTransaction(SQLException e) {
    return connection("Cannot start a transaction: " + Failures.describe(e), e.getSQLState(), e);
  }

  /**
   * A statement of Strata's own (the history, the lock's table) failed: a configuration or a
   * history the database refuses where the SQL state says so, else the connection.
   */
  static MigrationException ownStatementFailed(String where, String historyTable, Exception e) {
    String state = Failures.sqlState(e);
    String said = Failures.describe(e);
    String fix =
        switch (state == null ? "" : state) {
          case "42703", "42S22" -> // undefined column: PostgreSQL, H2
              "%s is not laid out as Strata's history table: %s. It was made by another tool (such"
                  + " as Flyway's flyway_schema_history renamed) or changed by hand. Name another"
                  + " table with "
                  + Remedies.setting("historyTable(...)")
                  + ", or restore Strata's columns.";
          case "25006", "90097" -> // read-only transaction (PostgreSQL), database (H2)
              "The database is read-only, so Strata cannot write %s: %s. Connect to a writable"
                  + " primary, or turn default_transaction_read_only off for the database or role.";
          case "3F000" -> // invalid schema name: a search_path naming no schema that exists
              "There is no schema to put %s in: %s. Set search_path to an existing schema, or"
                  + " name one with "
                  + Remedies.setting("schema(...)")
                  + ".";
          case "42P07" -> // relation exists: a 63-character name whose _pk PostgreSQL truncates
              "%s cannot be created: %s. PostgreSQL truncates names to 63 characters, so its"
                  + " primary key's name (the table's name + \"_pk\") collides with the table's;"
                  + " give the history table a name of at most 60 characters.";
          default -> null;
        };
    if (fix == null) {
      return connection(
          "A statement of Strata's own failed on %s: %s".formatted(where, said), state, e);
    }
    Reason reason =
        state.equals("42703") || state.equals("42S22") ? Reason.VALIDATION : Reason.CONFIGURATION;
    return new MigrationException(reason, fix.formatted(historyTable, said), null, null, state, e);
  }

  /**
   * One of Strata's own statements got no answer within {@link Bounded#SECONDS}: the driver closed
   * the connection. A partition or a lost host, not a fault of the database's contents.
   */
  static MigrationException stoppedAnswering(Exception e) {
    return connection(
        ("The database stopped answering: it sent nothing for %d seconds in reply to a statement"
                + " of Strata's own (%s), so the connection was closed. The network may be"
                + " partitioned or the server's host lost. Strata bounds only its own short"
                + " statements (the lock, the history) this way, never a migration's: to bound"
                + " those too, add socketTimeout=<seconds, above your longest migration statement>"
                + " and tcpKeepAlive=true to the PostgreSQL JDBC URL. Check the network, then run"
                + " again.")
            .formatted(Bounded.SECONDS, Failures.describe(e)),
        Failures.sqlState(e),
        e);
  }

  private static MigrationException connection(String message, String sqlState, Exception e) {
    return new MigrationException(Reason.CONNECTION, message, null, null, sqlState, e);
  }

  // The lock

  static MigrationException advisoryLockHeld(String historyTable, long key, Duration timeout) {
    return lockHeld(historyTable, " (advisory lock " + key + ")", timeout, null);
  }

  static MigrationException rowLockHeld(String historyTable, Duration timeout, Exception e) {
    return lockHeld(historyTable, "", timeout, e);
  }

  private static MigrationException lockHeld(
      String historyTable, String lock, Duration timeout, Exception e) {
    return new MigrationException(
        Reason.LOCK,
        ("Another migrator has held the lock on %s%s for more than %s; it may still be running."
                + " Wait for it and retry, or raise the wait (%s).")
            .formatted(
                historyTable, lock, timeout, Remedies.option("--lock-timeout", "lockTimeout(...)")),
        null,
        null,
        e == null ? null : Failures.sqlState(e),
        e);
  }

  static MigrationException noCurrentSchema(String historyTable) {
    return new MigrationException(
        Reason.CONFIGURATION,
        ("The connection has no current schema: its search_path names no schema that exists, so"
                + " there is nowhere for %s. Set search_path to an existing schema (on the"
                + " connection, the role or the database), or name one with %s.")
            .formatted(historyTable, Remedies.setting("schema(...)")));
  }

  static MigrationException cannotTakeLock(Exception e) {
    return new MigrationException(
        Reason.LOCK, "Cannot take the migration lock: " + Failures.describe(e), e);
  }

  static MigrationException lockLost(String cause) {
    return new MigrationException(
        Reason.LOCK,
        ("The migration lock was lost (its session ended: %s), so another migrator may be running;"
                + " this run stopped before its next migration. Run migrate again.")
            .formatted(cause));
  }

  // The history table

  static MigrationException notAHistoryVersion(HistoryRow row) {
    return new MigrationException(
        Reason.VALIDATION,
        ("The history row with rank %s has version '%s', which is not a version Strata writes;"
                + " fix or delete that row by hand.")
            .formatted(row.rank(), row.version()));
  }

  static MigrationException unknownRowType(long rank, String historyTable, String type) {
    return new MigrationException(
        Reason.VALIDATION,
        ("The history row with rank %s in %s has type '%s', which this version of Strata does not"
                + " know; it was written by a newer Strata or by hand. Upgrade Strata, or fix that"
                + " row.")
            .formatted(rank, historyTable, type));
  }

  static MigrationException rankOverflow(String historyTable, long lastRank, String widen) {
    return new MigrationException(
        Reason.VALIDATION,
        ("The rank column of %s is an int, which holds ranks up to 2147483647, and this run would"
                + " record rank %s; nothing was executed. Tables that Strata creates now have a"
                + " bigint rank: widen this one (on PostgreSQL that rewrites the table), then run"
                + " again: %s")
            .formatted(historyTable, lastRank, widen));
  }

  static MigrationException duplicateRank(String historyTable, HistoryRow first, HistoryRow row) {
    return validation(
        ("Two rows of %s have rank %s (version %s, %s and version %s, %s). The rank orders the"
                + " history and is its primary key, so the table was changed by hand or by another"
                + " tool; nothing was executed. Delete or renumber the row Strata did not write, and"
                + " restore the primary key on rank.")
            .formatted(
                historyTable, row.rank(), first.version(), first.type(), row.version(), row.type()),
        row.version());
  }

  // Validation before anything runs

  static MigrationException failedEntries(List<HistoryRow> failed, String historyTable) {
    return refusal(
        Reason.REPAIR_NEEDED,
        "A non-transactional migration failed or did not finish, so the database may be"
            + " half-changed:\n"
            + failedLines(failed, historyTable)
            + "\nCheck its effects by hand and clean up what it left, then "
            + Remedies.run("repair")
            + " to remove the failed entry, and migrate again.",
        failed.get(0).version());
  }

  /** Failed entries of non-transactional migrations, one line each. */
  private static String failedLines(List<HistoryRow> failed, String historyTable) {
    return String.join(
        "\n",
        failed.stream()
            .map(
                row ->
                    "-> %s (%s), %s recorded in %s with rank %s"
                        .formatted(
                            row.version(), row.description(), row.type(), historyTable, row.rank()))
            .toList());
  }

  private static final String INVALID_INDEXES =
      "PostgreSQL keeps the index of a CREATE INDEX CONCURRENTLY that failed or was killed, marked"
          + " invalid (never used by queries, yet maintained), and CREATE INDEX ... IF NOT EXISTS"
          + " then skips it";

  /**
   * The failed entries' refusal (validate, migrate), with the invalid indexes they may have left.
   */
  static MigrationException invalidIndexesLeft(
      List<HistoryRow> failed, List<String> indexes, String historyTable) {
    return refusal(
        Reason.REPAIR_NEEDED,
        ("A non-transactional migration failed or did not finish, so the database may be"
                + " half-changed:\n%s\nThe schema has invalid indexes it may have left: %s. %s, so"
                + " running the migration again would record it as applied over them. Drop them"
                + " (%s), check and clean up its other effects by hand, then %s and migrate"
                + " again.")
            .formatted(
                failedLines(failed, historyTable),
                String.join(", ", indexes),
                INVALID_INDEXES,
                InvalidIndexes.dropStatements(indexes),
                Remedies.run("repair")),
        failed.get(0).version());
  }

  private static String versions(List<HistoryRow> rows) {
    return String.join(", ", rows.stream().map(HistoryRow::version).toList());
  }

  /** {@code repair} while a failed migration's invalid indexes remain. */
  static MigrationException repairRefusedForInvalidIndexes(
      List<HistoryRow> failed, List<String> indexes) {
    return refusal(
        Reason.REPAIR_NEEDED,
        ("Cannot repair yet: migration %s failed and the schema has invalid indexes it may have"
                + " left: %s. %s, so once its failed entry is gone, migrate would record it as"
                + " applied over them; nothing was repaired. Drop them first (%s), then %s"
                + " again.")
            .formatted(
                versions(failed),
                String.join(", ", indexes),
                INVALID_INDEXES,
                InvalidIndexes.dropStatements(indexes),
                Remedies.run("repair")),
        failed.get(0).version());
  }

  /**
   * {@code repair} on H2 while other sessions run statements: one may be the failed migration,
   * still running for a migrator whose lock session was ended.
   */
  static MigrationException repairRefusedWhileRunning(
      List<HistoryRow> failed, List<String> running) {
    return refusal(
        Reason.LOCK,
        ("Cannot repair yet: migration %s is recorded as failed, and other sessions are still"
                + " running statements:\n-> %s\nOne of them may be that migration, still running"
                + " for a migrator whose lock was lost; removing its entry now could let it run"
                + " twice, and nothing was repaired. Wait until they end (or, if they are not"
                + " migrations, end them with CALL ABORT_SESSION(<session id>)), then run repair"
                + " again (strata repair, or Migrator.repair()).")
            .formatted(versions(failed), String.join("\n-> ", running)),
        failed.get(0).version());
  }

  /** What {@code status} warns of: a failed migration's invalid indexes. */
  static String invalidIndexesWarning(List<String> indexes) {
    return ("The history records a failed non-transactional migration, and the schema has invalid"
            + " indexes it may have left: %s. Drop them (%s) before running repair.")
        .formatted(String.join(", ", indexes), InvalidIndexes.dropStatements(indexes));
  }

  /**
   * A non-transactional migration that ran to its end but left new invalid indexes (an index build
   * that failed without failing the migration): recorded as failed.
   */
  static MigrationException leftInvalidIndexes(Known k, List<String> indexes, String historyTable) {
    MigrationDescriptor m = k.migration();
    return new MigrationException(
        Reason.MIGRATION_FAILED,
        ("Migration %s (%s, %s) ran but left invalid indexes: %s. An index build failed without"
                + " failing the migration; %s. It is recorded as failed in %s, not as applied."
                + " Drop them (%s), fix the migration, then run repair (strata repair, or"
                + " Migrator.repair()) and migrate again.")
            .formatted(
                m.version(),
                m.description(),
                m.className(),
                String.join(", ", indexes),
                INVALID_INDEXES,
                historyTable,
                InvalidIndexes.dropStatements(indexes)),
        m.version(),
        "invalid index check",
        null,
        null);
  }

  static String missingFromRegistries(HistoryRow row) {
    return "-> %s (%s) is applied, but no registry has it"
        .formatted(row.version(), row.description());
  }

  static String drifted(HistoryRow row, Known k) {
    return "-> %s (%s): applied with checksum %s, the registry has %s"
        .formatted(
            row.version(), k.migration().className(), row.checksum(), k.migration().checksum());
  }

  static MigrationException historyDisagrees(
      List<String> missing, List<String> drifted, String firstVersion) {
    StringBuilder message =
        new StringBuilder("The history and the registries disagree; nothing was executed.");
    if (!missing.isEmpty()) {
      message
          .append("\nApplied migrations missing from the registries:\n")
          .append(String.join("\n", missing))
          .append('\n')
          .append(RESTORE_MISSING);
    }
    if (!drifted.isEmpty()) {
      message
          .append("\nApplied migrations whose code changed since they ran:\n")
          .append(String.join("\n", drifted))
          .append(
              "\nRevert the change and write a new migration instead; if the change is harmless"
                  + " (the database already matches), "
                  + Remedies.run("repair")
                  + " to accept the new checksums.");
    }
    return validation(message.toString(), firstVersion);
  }

  static String noUpFor(Dialect dialect, MigrationDescriptor m) {
    return "has no @Up for %s (it supports %s); add an @Up(dialects = %s) method"
        .formatted(dialect, m.dialects(), dialect);
  }

  static String notTransactionalInAllOrNothing() {
    return "is not transactional, so it cannot run inside the single transaction of an"
        + " all-or-nothing run; migrate with "
        + Remedies.setting("allOrNothing(false)");
  }

  static String olderThanNewest(Version newest) {
    return ("is pending but older than the newest applied version %s; give it a version above %s,"
            + " or apply it anyway with %s")
        .formatted(newest, newest, Remedies.setting("outOfOrder(true)"));
  }

  static String unmetDependencies(List<String> unmet) {
    boolean one = unmet.size() == 1;
    return "is out of order and depends on %s, which %s not applied; apply %s first"
        .formatted(unmet, one ? "is" : "are", one ? "it" : "them");
  }

  /** {@code problems}: one line per pending migration, its version, class and problem. */
  static MigrationException pendingCannotRun(List<String> problems, String firstVersion) {
    return validation(
        "Pending migrations cannot run; nothing was executed:\n" + String.join("\n", problems),
        firstVersion);
  }

  static String pendingProblem(MigrationDescriptor m, String problem) {
    return "-> %s (%s) %s".formatted(m.version(), m.className(), problem);
  }

  // Versions a newer build applied

  /** With {@code allowFuture(false)}: the database is ahead of this build. */
  static MigrationException futureRefused(Snapshot snapshot) {
    return validation(
        aheadOfThisBuild(snapshot)
            + " Future versions are refused here, so nothing was executed. Run the build that"
            + " applied them, or allow future versions ("
            + Remedies.option("--allow-future", "allowFuture(true)")
            + ").",
        snapshot.future().values().iterator().next().version());
  }

  /** The warning of a command that tolerates future versions. */
  static String futureTolerated(Snapshot snapshot) {
    return aheadOfThisBuild(snapshot)
        + " This build works beside future versions and leaves them as they are (it cannot undo"
        + " them). To refuse such a database instead: "
        + Remedies.option("--no-allow-future", "allowFuture(false)")
        + ".";
  }

  /**
   * What repair says when it changes nothing, naming the applied versions no registry has: they are
   * not repair's to change, and a person who ran it because of them must not read "all is well".
   */
  static String nothingToRepair(Snapshot snapshot) {
    StringBuilder text =
        new StringBuilder("Repair: nothing to repair (no failed entry, no changed checksum).");
    if (!snapshot.future().isEmpty()) {
      text.append(' ')
          .append(aheadOfThisBuild(snapshot))
          .append(" Repair leaves future versions as they are, and this build works beside them.");
    }
    List<HistoryRow> missing = snapshot.missing();
    if (!missing.isEmpty()) {
      text.append(" Applied but missing from the registries, which repair cannot fix: ")
          .append(String.join(", ", missing.stream().map(HistoryRow::version).toList()))
          .append(". ")
          .append(RESTORE_MISSING);
    }
    return text.toString();
  }

  /** Names the future versions, which a lean read knows without their descriptions. */
  private static String aheadOfThisBuild(Snapshot snapshot) {
    List<String> versions = snapshot.future().values().stream().map(HistoryRow::version).toList();
    boolean one = versions.size() == 1;
    return ("The database has %s %s applied, above every migration this build knows (its newest"
            + " is %s): a newer build applied %s, as when a deploy is rolled back to an older"
            + " build.")
        .formatted(
            one ? "version" : "versions",
            String.join(", ", versions),
            snapshot.newestKnown() == null ? "none" : snapshot.newestKnown(),
            one ? "it" : "them");
  }

  private static MigrationException validation(String message, String version) {
    return refusal(Reason.VALIDATION, message, version);
  }

  /** A refusal before anything changed: no step ran, the database reported nothing. */
  private static MigrationException refusal(Reason reason, String message, String version) {
    return new MigrationException(reason, message, version, null, null, null);
  }

  // The commands' refusals

  static MigrationException undoBelowBaseline(Version target, Version baseline) {
    return refusal(
        Reason.UNDO_REFUSED,
        ("Cannot undo to version %s: the database was baselined at %s, and what lies below the"
                + " baseline was not made by Strata. Undo to %s or above.")
            .formatted(target, baseline, baseline),
        target.text());
  }

  /** {@code newest}: the newest applied version, or null. */
  static MigrationException undoToUnknown(Version target, Version newest) {
    return refusal(
        Reason.UNDO_REFUSED,
        ("Cannot undo to version %s: it is neither applied nor a migration this build knows, so"
                + " nothing was undone. Give an applied version (the newest is %s), a known one,"
                + " or 0 to undo everything.")
            .formatted(target, newest == null ? "none" : newest),
        target.text());
  }

  /** {@code above}: the future versions above {@code target}, which this build cannot undo. */
  static MigrationException undoFuture(Version target, List<HistoryRow> above) {
    List<String> lines =
        above.stream()
            .map(row -> "-> %s (%s)".formatted(row.version(), row.description()))
            .toList();
    return refusal(
        Reason.UNDO_REFUSED,
        ("Cannot undo to version %s: these applied versions above it were applied by a newer build,"
                + " so this build has no @Down for them, and nothing was undone:\n%s\nRun this undo"
                + " with the build that applied them, which has their @Down.")
            .formatted(target, String.join("\n", lines)),
        above.get(0).version());
  }

  /** {@code lacking}: the migrations to undo that have no {@code @Down} for {@code dialect}. */
  static MigrationException undoWithoutDown(
      Version target, Dialect dialect, List<MigrationDescriptor> lacking) {
    List<String> lines =
        lacking.stream().map(m -> "-> %s (%s)".formatted(m.version(), m.className())).toList();
    return refusal(
        Reason.UNDO_REFUSED,
        ("Cannot undo to version %s: these applied migrations have no @Down for %s, so nothing was"
                + " undone:\n%s\nAdd @Down methods, or write a new migration that reverts the"
                + " change.")
            .formatted(target, dialect, String.join("\n", lines)),
        lacking.get(0).version());
  }

  static MigrationException baselineOverHistory(
      Version baseline, String historyTable, String newest) {
    return validation(
        ("Cannot baseline at %s: %s already records migrations (newest: %s). A baseline adopts a"
                + " database that Strata has never migrated; this one it has, so migrate it"
                + " instead.")
            .formatted(baseline, historyTable, newest),
        baseline.text());
  }

  static MigrationException cannotPlan(Known k, MigrationStep up, Exception e) {
    String step = "@Up " + up.method() + "()";
    return new MigrationException(
        Reason.MIGRATION_FAILED,
        ("Cannot plan migration %s (%s): %s threw while its SQL was recorded: %s. A plan runs @Up"
                + " against a database that returns no rows; code that needs data or metadata"
                + " cannot be planned.")
            .formatted(
                k.migration().version(), k.migration().className(), step, Failures.describe(e)),
        k.migration().version(),
        step,
        null,
        e);
  }
}
