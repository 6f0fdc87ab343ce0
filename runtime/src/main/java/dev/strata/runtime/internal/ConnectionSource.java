package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where connections come from: the application's data source, or a JDBC URL through
 * {@link DriverManager} (the driver is the application's dependency).
 */
public record ConnectionSource(DataSource dataSource, String url, String user, String password) {

  /** A new connection; failures name the (redacted) URL and never the password. */
  public Connection open() {
    try {
      if (dataSource != null) {
        return dataSource.getConnection();
      }
      return user == null && password == null
          ? DriverManager.getConnection(url)
          : DriverManager.getConnection(url, user, password);
    } catch (SQLException e) {
      throw new MigrationException(Reason.CONNECTION, "Cannot connect to " + describe() + ": "
          + Failures.describe(e) + "; check the URL, the credentials and that the server runs"
          + (url != null ? " (and that its JDBC driver is on the classpath)" : ""),
          null, null, e.getSQLState(), null); // the driver's exception may carry the URL: not chained
    }
  }

  /** The data source or URL, without the password. */
  public String describe() {
    return dataSource != null ? "the data source " + dataSource.getClass().getName()
        : Redaction.redact(url);
  }

  @Override
  public String toString() {
    return describe();
  }
}
