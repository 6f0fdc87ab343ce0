package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.MigrationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What goes to JDBC and what goes through jOOQ, where the execute listeners see it. */
class JdbcMigrationContextTest {

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
  void listenersSeeJooqsStatements_withTheStepsTimeout_butNotExecutes() {
    List<String> seen = new ArrayList<>();
    MigrationContext db =
        Database.detect(
                connection,
                List.of(
                    new ExecuteListener() {
                      @Override
                      public void executeStart(ExecuteContext ctx) {
                        seen.add(ctx.sql() + " (timeout " + ctx.settings().getQueryTimeout() + ")");
                      }
                    }))
            .context(connection, 7);

    db.execute("create table plain (id int)");
    db.dsl().execute("insert into plain values (1)");
    db.dsl()
        .createTable("quoted_by_policy")
        .column("id", org.jooq.impl.SQLDataType.INTEGER)
        .execute();

    assertEquals(
        List.of(
            "insert into plain values (1) (timeout 7)",
            "create table quoted_by_policy (id int) (timeout 7)"),
        seen);
  }

  @Test
  void executeBindsInOrder_andCountsRows() {
    MigrationContext db = Database.detect(connection, List.of()).context(connection, 0);

    db.execute("create table pairs (a int, b varchar(5))");

    assertEquals(1, db.execute("insert into pairs values (?, ?)", 1, "one"));
    assertEquals(1, db.execute("update pairs set b = ? where a = ?", "uno", 1));
    assertEquals(
        1,
        db.dsl()
            .fetchCount(org.jooq.impl.DSL.table("pairs"), org.jooq.impl.DSL.field("b").eq("uno")));
  }
}
