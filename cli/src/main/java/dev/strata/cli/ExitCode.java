package dev.strata.cli;

import dev.strata.runtime.MigrationException;

/**
 * The exit codes of the command line: 0 when the command did what was asked, and one distinct code
 * per kind of failure, so that a deploy script can tell "the database is down" from "a migration
 * failed" without reading the message. The numbers are part of the public contract.
 */
public enum ExitCode {
  /** The command did what was asked. */
  OK(0),
  /** An unexpected error, such as a bug or an exception thrown by the application's own code. */
  INTERNAL_ERROR(1),
  /** The command line was wrong: an unknown command or option, a missing or malformed value. */
  USAGE(2),
  /** The migrator was set up wrongly, for example two registries declare the same version. */
  CONFIGURATION(3),
  /** The database could not be reached, or it refused the credentials. */
  CONNECTION(4),
  /**
   * The code and the history disagree: changed checksums, missing or out-of-order versions; or
   * {@code attest} was refused (an unknown version, no {@code @Attested}, already applied).
   */
  VALIDATION(5),
  /** A migration's code or SQL failed; the message names the migration and the step. */
  MIGRATION_FAILED(6),
  /** A {@code @PreCheck} or {@code @PostCheck} returned false. */
  CHECK_FAILED(7),
  /** A failed non-transactional migration is recorded; run {@code repair} after fixing it. */
  REPAIR_NEEDED(8),
  /** Undo was refused before anything ran, for example because a migration has no {@code @Down}. */
  UNDO_REFUSED(9),
  /** The migration lock could not be taken in time: another process is migrating. */
  LOCK(10),
  /** {@code new} could not write the migration: the file exists or the folder is not writable. */
  FILE(11),
  /**
   * {@code migrate --fail-on-held} held a migration: a gate did not pass or an attestation is
   * missing. Without the flag a held migration exits {@link #OK}.
   */
  HELD(12);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The number the process exits with. */
  public int code() {
    return code;
  }

  /** The exit code for a failure the runtime reported. */
  public static ExitCode of(MigrationException.Reason reason) {
    return switch (reason) {
      case CONFIGURATION -> CONFIGURATION;
      case CONNECTION -> CONNECTION;
      case VALIDATION -> VALIDATION;
      case CHECK_FAILED -> CHECK_FAILED;
      case MIGRATION_FAILED -> MIGRATION_FAILED;
      case REPAIR_NEEDED -> REPAIR_NEEDED;
      case UNDO_REFUSED -> UNDO_REFUSED;
      case LOCK -> LOCK;
    };
  }
}
