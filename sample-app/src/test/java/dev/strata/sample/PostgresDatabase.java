package dev.strata.sample;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database per test, on the server of {@code STRATA_PG_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres}). Where no server answers the tests are
 * skipped with a message, unless {@code CI=true}: then they fail.
 */
final class PostgresDatabase implements AutoCloseable {

  static final String SERVER_URL =
      System.getenv()
          .getOrDefault("STRATA_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private final String name;

  private PostgresDatabase(String name) {
    this.name = name;
  }

  /** Creates a database with a random name, or skips (or, on CI, fails) the test. */
  static PostgresDatabase create() {
    String name = "strata_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(SERVER_URL);
        Statement sql = admin.createStatement()) {
      sql.execute("create database " + name);
    } catch (SQLException e) {
      String message =
          "PostgreSQL at "
              + SERVER_URL
              + " is not available ("
              + e.getMessage()
              + "); set STRATA_PG_URL to run the PostgreSQL tests";
      if ("true".equals(System.getenv("CI"))) {
        fail(message + " — CI=true, so this is a failure");
      }
      System.out.println("SKIPPED: " + message);
      Assumptions.abort(message);
    }
    return new PostgresDatabase(name);
  }

  /** The JDBC URL of this database: the server URL with its database name replaced. */
  String url() {
    return withDatabase(SERVER_URL, name);
  }

  static String withDatabase(String serverUrl, String database) {
    URI uri = URI.create(serverUrl.substring("jdbc:".length()));
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/" + database + query;
  }

  /** Runs a query on this database and returns the first column of the first row. */
  String queryOne(String select) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url());
        Statement sql = connection.createStatement();
        var rows = sql.executeQuery(select)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection admin = DriverManager.getConnection(SERVER_URL);
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + name.toLowerCase(Locale.ROOT) + " with (force)");
    }
  }
}
