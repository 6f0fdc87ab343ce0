package dev.strata.runtime.internal;

/**
 * How a message names what to do, so that it reads right to both of its readers: a person at the
 * command line and a developer calling {@code Migrator}. A remedy both can act on directly is named
 * both ways (the command or option, and the method); a setting that only the migrator's
 * configuration has is named as that, and where the command line's configuration lives.
 */
public final class Remedies {

  private Remedies() {}

  /** {@code run repair (strata repair, or Migrator.repair())}. */
  public static String run(String command) {
    return "run %s (strata %s, or Migrator.%s())".formatted(command, command, command);
  }

  /** {@code --lock-timeout, or lockTimeout(...) on Migrator.builder()}. */
  public static String option(String commandLineOption, String builderCall) {
    return "%s, or %s on Migrator.builder()".formatted(commandLineOption, builderCall);
  }

  /**
   * {@code outOfOrder(true) on Migrator.builder() (for the command line, in the application's
   * MigratorFactory)}: a setting the command line has no option for.
   */
  public static String setting(String builderCall) {
    return builderCall
        + " on Migrator.builder() (for the command line, in the application's MigratorFactory)";
  }

  /**
   * {@code record an attestation (strata attest --version 15 --by NAME --note TEXT, or
   * Migrator.attest("15", by, note))}.
   */
  public static String attest(String version) {
    return "record an attestation (strata attest --version %s --by NAME --note TEXT, or Migrator.attest(\"%s\", by, note))"
        .formatted(version, version);
  }
}
