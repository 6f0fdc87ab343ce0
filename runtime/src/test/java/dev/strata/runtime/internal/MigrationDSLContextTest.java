package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the migration context sends a statement itself and when it leaves it to jOOQ. */
class MigrationDSLContextTest {

  private Connection connection;

  @BeforeEach
  void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:");
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void aPlainStatementRunsWithoutCreatingJooqsContext() {
    MigrationDSLContext db = context(List.of());

    assertEquals(0, db.execute("create table plain (id int)"));
    assertEquals(2, db.execute("insert into plain values (1), (2)"));

    assertFalse(db.usesJooq());
    assertEquals(2, count("plain"));
  }

  @Test
  void aTemplateGoesThroughJooq() {
    MigrationDSLContext db = context(List.of());

    db.execute("create table {templated} (id int)"); // jOOQ renders {keyword} as keyword

    assertTrue(db.usesJooq());
    assertEquals(0, count("templated"));
  }

  @Test
  void withAnExecuteListenerEveryStatementGoesThroughJooq() {
    List<String> seen = new ArrayList<>();
    MigrationDSLContext db = context(List.of(new ExecuteListener() {
      @Override
      public void executeStart(ExecuteContext ctx) {
        seen.add(ctx.sql());
      }
    }));

    db.execute("create table listened (id int)");

    assertEquals(List.of("create table listened (id int)"), seen);
  }

  @Test
  void onceJooqIsInUseItKeepsTheStatements() {
    List<String> seen = new ArrayList<>();
    MigrationDSLContext db = context(List.of());
    db.settings().setQueryTimeout(7); // the migration changed jOOQ's settings: they must apply
    db.configuration().set(new ExecuteListener() {
      @Override
      public void executeStart(ExecuteContext ctx) {
        seen.add(ctx.sql() + " (timeout " + ctx.settings().getQueryTimeout() + ")");
      }
    });

    db.execute("create table later (id int)");

    assertEquals(List.of("create table later (id int) (timeout 7)"), seen);
  }

  private MigrationDSLContext context(List<ExecuteListener> listeners) {
    Database database = Database.detect(connection, listeners);
    DSLContext db = database.context(connection, 0);
    return (MigrationDSLContext) db;
  }

  private long count(String table) {
    try (var s = connection.createStatement(); var r = s.executeQuery("select count(*) from " + table)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
