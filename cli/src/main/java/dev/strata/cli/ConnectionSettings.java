package dev.strata.cli;

import static java.util.Objects.requireNonNull;

import dev.strata.runtime.Redaction;
import java.util.Locale;

/**
 * Where the command line was told to connect, from {@code --url}, {@code --user} and {@code
 * --password} or the {@code STRATA_URL}, {@code STRATA_USER} and {@code STRATA_PASSWORD}
 * environment variables. {@link #toString()} never shows the password.
 *
 * @param url the JDBC URL, as given (it may itself carry a password)
 * @param user the user name, or null to let the URL or the driver decide
 * @param password the password, or null
 */
public record ConnectionSettings(String url, String user, String password) {

  public ConnectionSettings {
    requireNonNull(url, "url");
  }

  /**
   * These settings for a command that only reads: an H2 URL of a database on disk or on a server
   * gets {@code IFEXISTS=TRUE}, so that a typo in the path is an error instead of a new, empty
   * database reported as having everything pending. An in-memory database is left as it is.
   */
  ConnectionSettings existingDatabaseOnly() {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("jdbc:h2:")
        || lower.startsWith("jdbc:h2:mem:")
        || lower.contains("ifexists=")) {
      return this;
    }
    return new ConnectionSettings(url + ";IFEXISTS=TRUE", user, password);
  }

  /** The URL with any password in it replaced by {@code ***}, safe to print. */
  public String redactedUrl() {
    return Redaction.redactUrl(url);
  }

  @Override
  public String toString() {
    return "ConnectionSettings[url="
        + redactedUrl()
        + ", user="
        + user
        + ", password="
        + (password == null ? "none" : "***")
        + "]";
  }
}
