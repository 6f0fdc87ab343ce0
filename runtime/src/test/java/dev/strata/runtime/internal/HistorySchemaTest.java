package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The upgrade of a history table an earlier Strata wrote finishes what a killed run began, and does
 * nothing the second time.
 */
class HistorySchemaTest {

  @Test
  void upgrade_finishesAHalfDoneOne_andThenDoesNothing() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:schema-" + UUID.randomUUID());
        Statement s = c.createStatement()) {
      // the release's table, and the first of the upgrade's statements, as a killed run left it
      s.execute(
          "create table strata_history (rank bigint primary key, version varchar(50) not null,"
              + " description varchar(1000) not null, type varchar(20) not null,"
              + " checksum varchar(128), owners varchar(1000), installed_by varchar(100) not null,"
              + " installed_on timestamp with time zone not null, execution_ms bigint not null,"
              + " success boolean not null)");
      s.execute("alter table strata_history add column change_name varchar(200)");
      History history = new History(new Database(Dialect.H2, List.of()), null, "strata_history");
      assertFalse(history.current(c));

      history.upgrade(c);
      history.upgrade(c);

      assertTrue(history.current(c));
      assertEquals(List.of("CHANGE_NAME", "STAGE"), columns(s).subList(10, columns(s).size()));
      try (ResultSet r =
          s.executeQuery(
              "select count(*) from information_schema.indexes"
                  + " where index_name = 'STRATA_HISTORY_CHANGE'")) {
        r.next();
        assertEquals(1, r.getInt(1));
      }
    }
  }

  private static List<String> columns(Statement s) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet r =
        s.executeQuery(
            "select column_name from information_schema.columns"
                + " where table_name = 'STRATA_HISTORY' order by ordinal_position")) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    return names;
  }
}
