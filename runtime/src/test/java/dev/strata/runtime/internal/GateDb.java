package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.fail;

import dev.strata.Dialect;
import dev.strata.runtime.Migrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database for one test of gates and the journal: H2 in memory, or a new database on the
 * PostgreSQL server of {@code STRATA_PG_URL} (skipped when none answers, failed with {@code
 * CI=true}), dropped afterwards.
 */
final class GateDb implements AutoCloseable {

  private static final String PG_URL =
      System.getenv()
          .getOrDefault("STRATA_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

  final Dialect dialect;
  final String url;
  private final String name;

  private GateDb(Dialect dialect, String url, String name) {
    this.dialect = dialect;
    this.url = url;
    this.name = name;
  }

  static GateDb create(Dialect dialect) throws SQLException {
    String name = "strata_gates_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (dialect == Dialect.H2) {
      return new GateDb(dialect, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", name);
    }
    try (Connection admin = DriverManager.getConnection(PG_URL);
        Statement s = admin.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true and no PostgreSQL at " + PG_URL + ": " + e.getMessage());
      }
      Assumptions.abort("no PostgreSQL at " + PG_URL + ": " + e.getMessage());
    }
    return new GateDb(dialect, PG_URL.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"), name);
  }

  Migrator.Builder migrator() {
    return Migrator.builder().url(url);
  }

  /** The rows of {@code sql}, each value as a string. */
  List<List<String>> rows(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<List<String>> rows = new ArrayList<>();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  boolean tableExists(String table) throws SQLException {
    return !rows("select table_name from information_schema.tables where lower(table_name) = '"
            + table
            + "'")
        .isEmpty();
  }

  @Override
  public void close() throws SQLException {
    if (dialect == Dialect.H2) {
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute("shutdown");
      }
      return;
    }
    try (Connection admin = DriverManager.getConnection(PG_URL);
        Statement s = admin.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
    }
  }
}
