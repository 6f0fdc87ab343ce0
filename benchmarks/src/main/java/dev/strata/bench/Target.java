package dev.strata.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database kind that hands out a fresh, empty database for every run: H2 in-memory databases with
 * new names, PostgreSQL schemas with new names (the data source's {@code currentSchema}), dropped
 * afterwards. The data sources are plain, unpooled ones: each tool opens what it opens.
 */
public abstract class Target {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final Pattern TABLE = Pattern.compile("(?i)t_[0-9]+");

  /** "H2" or "PostgreSQL". */
  public abstract String name();

  /** A fresh empty database; {@link #drop} it when done. */
  public abstract DataSource create() throws SQLException;

  public abstract void drop(DataSource dataSource) throws SQLException;

  /**
   * Checks that the run did its work: all {@code size} tables exist in the database and the last
   * one has its row. A run that did not migrate is not a time.
   */
  public static void verify(DataSource dataSource, int size, String who) throws SQLException {
    int tables = 0;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT table_name FROM information_schema.tables"
                  + " WHERE table_schema = current_schema()")) {
        while (rows.next()) {
          if (TABLE.matcher(rows.getString(1)).matches()) {
            tables++;
          }
        }
      }
      if (tables != size) {
        throw new IllegalStateException(
            who + ": " + tables + " tables t_i exist, expected " + size);
      }
      try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM t_" + size)) {
        rows.next();
        if (rows.getInt(1) != 1) {
          throw new IllegalStateException(who + ": t_" + size + " has " + rows.getInt(1) + " rows");
        }
      }
    }
  }

  public static final class H2 extends Target {
    @Override
    public String name() {
      return "H2";
    }

    @Override
    public DataSource create() {
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:mem:bench" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
      return dataSource;
    }

    @Override
    public void drop(DataSource dataSource) throws SQLException {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      }
    }
  }

  public static final class Postgres extends Target {
    private final String url;

    public Postgres(String url) {
      this.url = url;
    }

    @Override
    public String name() {
      return "PostgreSQL";
    }

    @Override
    public DataSource create() throws SQLException {
      String schema = "bench_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
      try (Connection connection = admin().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        statement.execute("CREATE SCHEMA " + schema);
      }
      PGSimpleDataSource dataSource = admin();
      dataSource.setCurrentSchema(schema);
      return dataSource;
    }

    @Override
    public void drop(DataSource dataSource) throws SQLException {
      String schema = ((PGSimpleDataSource) dataSource).getCurrentSchema();
      try (Connection connection = admin().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }

    private PGSimpleDataSource admin() {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setUrl(url);
      return dataSource;
    }
  }
}
