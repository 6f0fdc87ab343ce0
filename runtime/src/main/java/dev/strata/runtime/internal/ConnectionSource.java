package dev.strata.runtime.internal;

import dev.strata.runtime.Redaction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where connections come from: the application's data source, or a JDBC URL through {@link
 * DriverManager} (the driver is the application's dependency).
 */
public record ConnectionSource(DataSource dataSource, String url, String user, String password) {

  /**
   * H2 while an {@code AUTO_SERVER} database changes hands: its lock file is fresh (08000), it is
   * in use (90020), or the process that hosted it is gone (90067).
   */
  private static final java.util.Set<String> H2_HANDOVER =
      java.util.Set.of("08000", "90020", "90067");

  /** H2's "database may be already in use": another process has the file open. */
  private static final String H2_FILE_IN_USE = "90020";

  private static final java.util.regex.Pattern AUTO_SERVER =
      java.util.regex.Pattern.compile("(?i);\\s*AUTO_SERVER\\s*=\\s*TRUE");

  /**
   * A new connection; failures name the (redacted) URL and never the password. {@link #H2_HANDOVER}
   * states are retried for a few seconds, but a file in use fails at once where the URL shows no
   * {@code AUTO_SERVER}: then no other process will ever hand the file over.
   */
  public Connection open() {
    for (int attempt = 1; ; attempt++) {
      try {
        if (dataSource != null) {
          return dataSource.getConnection();
        }
        return user == null && password == null
            ? DriverManager.getConnection(url)
            : DriverManager.getConnection(url, user, password);
      } catch (SQLException e) {
        String state = e.getSQLState();
        boolean handedOver = !H2_FILE_IN_USE.equals(state) || mayBeHandedOver();
        if (attempt < 50 && H2_HANDOVER.contains(state) && handedOver) {
          pause(attempt);
          continue;
        }
        throw H2_FILE_IN_USE.equals(state)
            ? FailureMessages.fileInUse(this, e)
            : FailureMessages.cannotConnect(this, e);
      }
    }
  }

  /** Whether another process may hand the file over: AUTO_SERVER, or a data source's unseen URL. */
  private boolean mayBeHandedOver() {
    return dataSource != null || AUTO_SERVER.matcher(url).find();
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(20L * attempt, 200));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The data source or URL, without the password. */
  public String describe() {
    return dataSource != null
        ? "the data source " + dataSource.getClass().getName()
        : Redaction.redactUrl(url);
  }

  /**
   * {@code text} (a driver's message, say) with the URL shown as {@link #describe()} shows it, and
   * the URL's secrets and the password masked wherever else it quotes them.
   */
  public String redact(String text) {
    String masked = Redaction.redact(text, url);
    return password == null || password.isEmpty() || masked == null
        ? masked
        : masked.replace(password, Redaction.MASK);
  }

  @Override
  public String toString() {
    return describe();
  }
}
