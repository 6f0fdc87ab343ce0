package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A new database for one test on the PostgreSQL server named by {@code STRATA_PG_URL}, dropped
 * afterwards. Where no server answers, the test is skipped with a message, unless {@code CI=true}:
 * then it fails.
 */
final class PostgresDatabase implements AutoCloseable {

  private static final String PG_URL =
      System.getenv()
          .getOrDefault("STRATA_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  private static final Pattern PG = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
  private static volatile String pgProblem; // null: not probed yet; "" reachable

  /** The JDBC URL of this database: the server's URL with its database name replaced. */
  final String url;

  private final String name;

  private PostgresDatabase(String url, String name) {
    this.url = url;
    this.name = name;
  }

  /** Creates a database with a random name, or skips (with {@code CI=true}, fails) the test. */
  static PostgresDatabase create() throws SQLException {
    requirePostgres();
    Matcher m = PG.matcher(PG_URL);
    if (!m.matches()) {
      throw new IllegalStateException(
          "STRATA_PG_URL is not a jdbc:postgresql://host/db URL: " + PG_URL);
    }
    String name = "strata_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(PG_URL);
        Statement s = admin.createStatement()) {
      s.execute("create database " + name);
    }
    return new PostgresDatabase(m.group(1) + name + (m.group(3) == null ? "" : m.group(3)), name);
  }

  private static void requirePostgres() {
    if (pgProblem == null) {
      try {
        DriverManager.getConnection(PG_URL).close();
        pgProblem = "";
      } catch (SQLException e) {
        pgProblem =
            "no PostgreSQL server answers at "
                + PG_URL.replaceAll("password=[^&]*", "password=***")
                + " ("
                + e.getMessage()
                + ")";
      }
    }
    if (!pgProblem.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true and " + pgProblem);
      }
      System.err.println(
          "SKIPPED PostgreSQL test: " + pgProblem + "; set STRATA_PG_URL or start the server");
      Assumptions.abort("PostgreSQL test skipped: " + pgProblem);
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection admin = DriverManager.getConnection(PG_URL);
        Statement s = admin.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
    }
  }
}
