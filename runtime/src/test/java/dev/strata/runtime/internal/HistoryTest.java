package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The history read does not ask the database to sort: these rows come back out of rank order (the
 * primary key is gone, so H2 returns them as inserted) and must still be read in rank order, and
 * two rows with one rank must be refused.
 */
class HistoryTest {

  private Connection connection;
  private History history;

  @BeforeEach
  void openDatabase() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:history-" + UUID.randomUUID());
    history = new History(new Database(Dialect.H2, List.of()), null, "strata_history");
    history.create(connection);
    try (Statement statement = connection.createStatement()) {
      statement.execute("alter table strata_history drop primary key");
    }
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    connection.close();
  }

  private void insert(int... ranks) throws SQLException {
    try (History.Writer writer = history.writer(connection)) {
      for (int rank : ranks) {
        writer.insert(
            rank,
            Integer.toString(rank),
            "migration " + rank,
            HistoryRow.Type.MIGRATE,
            null,
            List.of(),
            1,
            true,
            null,
            null);
      }
    }
  }

  private static List<Long> ranks(List<HistoryRow> rows) {
    return rows.stream().map(HistoryRow::rank).toList();
  }

  @Test
  void rowsOutOfRankOrder_areReadInRankOrder() throws SQLException {
    insert(3, 1, 4, 2);
    for (History.Read columns : History.Read.values()) {
      assertEquals(
          List.of(1L, 2L, 3L, 4L),
          ranks(history.readIfExists(connection, columns)),
          columns.name());
    }
  }

  @Test
  void twoRowsWithOneRank_areRefused() throws SQLException {
    insert(1, 2, 2);
    MigrationException e =
        assertThrows(
            MigrationException.class,
            () -> history.readIfExists(connection, History.Read.DECISION));
    assertEquals(Reason.VALIDATION, e.reason());
    assertTrue(
        e.getMessage()
            .startsWith(
                "Two rows of STRATA_HISTORY have rank 2 (version 2, MIGRATE"
                    + " and version 2, MIGRATE)."),
        e.getMessage());
  }

  @Test
  void missingTable_readsAsNull() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("drop table strata_history");
    }
    assertNull(history.readIfExists(connection, History.Read.LEAN));
  }
}
