package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.internal.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The context a migration gets sends {@code db.execute(sql)} to JDBC itself, without creating
 * jOOQ's context (see {@code MigrationDSLContext}). That is only sound if the result is what jOOQ
 * gives: this test runs the same statements, in the same order, through that context on one
 * database and through jOOQ's own context on a twin, and compares every outcome — the update
 * count, or the exception's class, message, SQL state and cause.
 */
class MigrationContextTest {

  @ParameterizedTest
  @EnumSource(Db.class)
  void executeGivesWhatJooqGives(Db kind) throws Exception {
    List<String> statements = new ArrayList<>(List.of(
        "create table t (id int primary key, name varchar(10) not null)",
        "insert into t (id, name) values (1, 'a')",
        "insert into t (id, name) values (2, 'b'), (3, 'c')",
        "insert into t (id, name) values (1, 'duplicate')", // integrity constraint violation
        "insert into t (id, name) values (4, 'far too long a name')", // data exception
        "insert into t (id, name) values (5, null)",
        "update t set name = 'z' where id > 1",
        "select id, name from t",
        "delete from t where id = 3 -- is this a ? or not",
        "/* a comment with ? and ' */ update t set name = 'q?' where id = 2",
        "insert into t (id, name) values (6, 'it''s')",
        "insert into t (id, name) values (?, 'bind')", // a placeholder without a value
        "create table \"Odd?Name\" (\"col'umn\" int)",
        "creat table broken (id int)",
        "select * from missing_table",
        "create table a (id int); create table b (id int)",
        "",
        "drop table t"));
    if (kind == Db.POSTGRES) {
      statements.addAll(List.of(
          "do $$ begin perform 1; end $$",
          "create table e (v varchar(20))",
          "insert into e values (E'e\\'s ?')",
          "select 1 where '{\"a\":1}'::jsonb ? 'a'"));
    }
    try (TestDatabase strata = TestDatabase.create(kind);
        TestDatabase twin = TestDatabase.create(kind);
        Connection strataConnection = strata.connect();
        Connection twinConnection = twin.connect()) {
      Database database = Database.detect(strataConnection, List.of());
      DSLContext migrationContext = database.context(strataConnection, 0);
      DSLContext jooq = DSL.using(twinConnection, database.sqlDialect(), Database.settings());
      for (String sql : statements) {
        assertEquals(outcome(jooq, sql), outcome(migrationContext, sql), sql);
      }
      assertEquals(twin.schema(), strata.schema());
    }
  }

  @ParameterizedTest
  @EnumSource(value = Db.class, names = "POSTGRES")
  void aTimedOutStatementFailsAsWithJooq(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection connection = db.connect()) {
      Database database = Database.detect(connection, List.of());
      String sql = "select pg_sleep(3)";
      String jooq = outcome(DSL.using(connection, database.sqlDialect(),
          Database.settings().withQueryTimeout(1)), sql);
      String strata = outcome(database.context(connection, 1), sql);
      assertTrue(jooq.contains("57014"), jooq);
      assertEquals(jooq, strata);
    }
  }

  /** What {@code execute(sql)} returned, or what it threw. */
  private static String outcome(DSLContext db, String sql) {
    try {
      return "returned " + db.execute(sql);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause();
      return e.getClass().getName() + ": " + e.getMessage() + " (caused by "
          + (cause == null ? "nothing" : cause.getClass().getName()
              + (cause instanceof SQLException s ? ", SQL state " + s.getSQLState() : ""))
          + ")";
    }
  }
}
