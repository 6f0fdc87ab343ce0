package dev.strata.cli;

import dev.strata.runtime.MigrationException;
import java.sql.SQLException;

/**
 * What the command line says about an exception: the exit code and one line for a person. The
 * runtime reports its failures as {@link MigrationException}s; anything else that carries an SQL
 * state saying "cannot connect" or "not authorized" (from an application's own connection pool,
 * say) is still a connection problem, not a bug.
 *
 * @param exitCode the process's exit code
 * @param message the line to print, without the {@code error: } prefix and not yet redacted
 */
record Failure(ExitCode exitCode, String message) {

  /**
   * @param url the URL the command connected to, or null; redacted when printed
   */
  static Failure of(Throwable error, String url) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof MigrationException migration) {
        return new Failure(ExitCode.of(migration.reason()), joined(migration.getMessage()));
      }
      if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
        String driverHint =
            "08001".equals(sql.getSQLState())
                    && url != null
                    && String.valueOf(sql.getMessage()).contains("No suitable driver")
                ? " (is the JDBC driver for this URL on the classpath?)"
                : H2_NOT_FOUND.equals(sql.getSQLState())
                    ? " (check the path in the URL: the commands that only read never create a"
                        + " database; migrate creates it)"
                    : "";
        // the URL as given: the Redactor that prints this line shows it by its driver's grammar
        return new Failure(
            ExitCode.CONNECTION,
            "cannot connect to "
                + (url == null ? "the database" : url)
                + "; "
                + oneLine(sql.getMessage())
                + driverHint);
      }
      if (t instanceof NewMigration.Refused refused) {
        return new Failure(refused.exitCode(), refused.getMessage());
      }
    }
    return new Failure(
        ExitCode.INTERNAL_ERROR,
        oneLine(String.valueOf(error)) + " (an unexpected error; --verbose shows the stack trace)");
  }

  /** H2: no database at that path, and the URL says IFEXISTS=TRUE. */
  private static final String H2_NOT_FOUND = "90146";

  // SQL state classes 08 (connection exception), 28 (invalid authorization), 3D000 (no such
  // database), and H2's 90020 (the database file is in use by another process) and 90146
  private static boolean isConnectionState(String state) {
    return state != null
        && (state.startsWith("08")
            || state.startsWith("28")
            || state.equals("3D000")
            || state.equals("90020")
            || state.equals(H2_NOT_FOUND));
  }

  /**
   * The runtime lists offenders on lines of their own; an error is one line on the command line, so
   * they are joined, with a {@code ;} where a line ends without punctuation.
   */
  static String joined(String message) {
    StringBuilder line = new StringBuilder();
    for (String part : message.strip().split("\\R")) {
      String text = part.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (line.length() > 0) {
        char last = line.charAt(line.length() - 1);
        line.append(".:;,".indexOf(last) >= 0 ? " " : "; ");
      }
      line.append(text);
    }
    return line.toString();
  }

  /**
   * Drivers append details on further lines (PostgreSQL: " Location: …"); the first one says it.
   */
  private static String oneLine(String message) {
    if (message == null) {
      return "no details";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
