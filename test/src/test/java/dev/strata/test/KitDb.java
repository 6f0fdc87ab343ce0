package dev.strata.test;

import static org.junit.jupiter.api.Assertions.fail;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.MigrationStep;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database for one test of the kit (H2 in memory, or a new database on the PostgreSQL of
 * {@code STRATA_PG_URL}, skipped without one unless {@code CI=true}), and hand-built migrations as
 * the processor would generate them.
 */
final class KitDb implements AutoCloseable {

  private static final String PG_URL =
      System.getenv()
          .getOrDefault("STRATA_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

  private final Dialect dialect;
  private final String name;
  final DataSource dataSource;

  private KitDb(Dialect dialect, String name, DataSource dataSource) {
    this.dialect = dialect;
    this.name = name;
    this.dataSource = dataSource;
  }

  static KitDb create(Dialect dialect) {
    String name = "strata_kit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (dialect == Dialect.H2) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      return new KitDb(dialect, name, h2);
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
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(PG_URL.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"));
    return new KitDb(dialect, name, pg);
  }

  void execute(String... statements) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  /** A registry listing {@code migrations} as given. */
  record Listed(List<MigrationDescriptor> migrations) implements MigrationRegistry {}

  static Listed registry(MigrationDescriptor... migrations) {
    return new Listed(List.of(migrations));
  }

  /** Migration {@code version} running {@code up}, and {@code down} (null for none). */
  static MigrationDescriptor migration(String version, List<String> up, List<String> down) {
    return new MigrationDescriptor(
        version,
        "migration " + version,
        "app.V" + version,
        List.of(),
        true,
        List.of(),
        List.of(),
        "sum" + version,
        List.of(step("up", up)),
        down == null ? List.of() : List.of(step("down", down)),
        List.of(),
        List.of());
  }

  private static MigrationStep step(String method, List<String> sql) {
    return new MigrationStep(
        method,
        Set.of(Dialect.H2, Dialect.POSTGRES),
        0,
        0,
        db -> {
          for (String each : sql) {
            db.execute(each);
          }
        });
  }

  @Override
  public void close() throws SQLException {
    if (dialect == Dialect.H2) {
      execute("shutdown");
      return;
    }
    try (Connection admin = DriverManager.getConnection(PG_URL);
        Statement s = admin.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
    }
  }
}
