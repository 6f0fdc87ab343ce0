package dev.strata.runtime;

import static java.util.Objects.requireNonNull;

/**
 * Why Strata refused or failed to do what was asked. The message says which migration, what is
 * wrong and what to do; {@link #reason()} lets a program (or the command line's exit code) tell the
 * kinds apart.
 */
public final class MigrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The kind of problem. */
  public enum Reason {
    /**
     * The migrator was set up wrongly: no data source, a bad history table name, duplicate
     * versions.
     */
    CONFIGURATION,
    /** The database could not be reached or refused the credentials. */
    CONNECTION,
    /**
     * The registries and the history disagree (drift, missing or out-of-order versions, no code for
     * the dialect).
     */
    VALIDATION,
    /** A pre-check or post-check returned false. */
    CHECK_FAILED,
    /** A migration's code or SQL failed. */
    MIGRATION_FAILED,
    /** A failed non-transactional migration is recorded; run {@code repair()} first. */
    REPAIR_NEEDED,
    /** Undo is impossible, for example because a migration has no {@code @Down}. */
    UNDO_REFUSED,
    /** The migration lock could not be taken in time. */
    LOCK
  }

  private final Reason reason;
  private final String version;
  private final String step;
  private final String sqlState;

  public MigrationException(Reason reason, String message) {
    this(reason, message, null, null, null, null);
  }

  public MigrationException(Reason reason, String message, Throwable cause) {
    this(reason, message, null, null, null, cause);
  }

  /**
   * @param version the migration concerned, or null
   * @param step the step that failed (such as {@code "@Up up()"}), or null
   * @param sqlState the database's SQL state, or null
   */
  public MigrationException(
      Reason reason,
      String message,
      String version,
      String step,
      String sqlState,
      Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.reason = requireNonNull(reason, "reason");
    this.version = version;
    this.step = step;
    this.sqlState = sqlState;
  }

  public Reason reason() {
    return reason;
  }

  /** The version of the migration concerned, or null when the problem is not about one. */
  public String version() {
    return version;
  }

  /** The step that failed, such as {@code "@PreCheck 'users table exists'"}, or null. */
  public String step() {
    return step;
  }

  /** The SQL state the database reported, or null. */
  public String sqlState() {
    return sqlState;
  }
}
