package dev.strata.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The floor: plain JDBC doing what any migration tool must. One read of its history table, then per
 * pending migration one transaction holding its statements and its history row. No lock, no
 * validation, no checksums: nothing a real tool can do with less.
 */
public class FloorTool implements Tool {

  private static final String HISTORY = "floor_history";

  private final Workload workload;

  public FloorTool(Workload workload) {
    this.workload = workload;
  }

  @Override
  public String name() {
    return "JDBC floor";
  }

  @Override
  public int migrate(DataSource dataSource) throws Exception {
    int applied = 0;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      Set<String> done = new HashSet<>();
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE IF NOT EXISTS "
                + HISTORY
                + " (rank INT PRIMARY KEY,"
                + " version VARCHAR(50) NOT NULL, description VARCHAR(200) NOT NULL,"
                + " installed_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,"
                + " execution_ms BIGINT NOT NULL, success BOOLEAN NOT NULL)");
        try (ResultSet rows = statement.executeQuery("SELECT version FROM " + HISTORY)) {
          while (rows.next()) {
            done.add(rows.getString(1));
          }
        }
      }
      connection.setAutoCommit(false);
      try (PreparedStatement history =
          connection.prepareStatement(
              "INSERT INTO "
                  + HISTORY
                  + " (rank, version, description, execution_ms, success) VALUES (?, ?, ?, ?, TRUE)")) {
        for (int i = 1; i <= workload.size(); i++) {
          String version = Integer.toString(i);
          if (done.contains(version)) {
            continue;
          }
          long start = System.nanoTime();
          runStatements(connection, Workload.statements(i));
          history.setInt(1, done.size() + applied + 1);
          history.setString(2, version);
          history.setString(3, "create t_" + i);
          history.setLong(4, (System.nanoTime() - start) / 1_000_000);
          history.executeUpdate();
          connection.commit();
          applied++;
        }
      } catch (Exception e) {
        connection.rollback();
        throw e;
      }
    }
    return applied;
  }

  /** Runs one migration's statements on {@code connection}, inside its transaction. */
  void runStatements(Connection connection, List<String> statements) throws Exception {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }
}
