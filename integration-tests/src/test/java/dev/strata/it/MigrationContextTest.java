package dev.strata.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationContext;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.SqlStatementException;
import dev.strata.runtime.internal.Database;
import dev.strata.runtime.internal.Failures;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a migration that takes {@code MigrationContext} gets, on real H2 and PostgreSQL: its
 * statements on JDBC with their values bound, its failures with the database's SQL state, and
 * jOOQ's context on the same connection and transaction.
 */
class MigrationContextTest {

  @ParameterizedTest
  @EnumSource(Db.class)
  void execute_bindsValues_andReturnsUpdateCounts(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind);
        Connection connection = db.connect()) {
      MigrationContext context = Database.detect(connection, List.of()).context(connection, 0);

      assertEquals(kind == Db.H2 ? Dialect.H2 : Dialect.POSTGRES, context.dialect());
      assertSame(connection, context.connection());
      assertEquals(0, context.execute("create table t (id int primary key, name varchar(10))"));
      assertEquals(1, context.execute("insert into t (id, name) values (?, ?)", 1, "it's ?"));
      assertEquals(2, context.execute("insert into t values (?, ?), (?, ?)", 2, "b", 3, null));
      assertEquals(2, context.execute("update t set name = ? where id > ?", "z", 1));
      assertEquals(0, context.execute("select id from t")); // returns rows, not a count
      assertEquals(0, context.execute("delete from t where id = ?", 99));

      assertEquals(
          List.of(List.of("1", "it's ?"), List.of("2", "z"), List.of("3", "z")),
          db.rows("select id, name from t order by id"));
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void aFailedStatement_keepsTheDriversException_andNamesTheSql(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind);
        Connection connection = db.connect()) {
      MigrationContext context = Database.detect(connection, List.of()).context(connection, 0);
      context.execute("create table t (id int primary key)");
      context.execute("insert into t values (?)", 1);

      SqlStatementException e =
          assertThrows(
              SqlStatementException.class, () -> context.execute("insert into t values (?)", 1));

      assertEquals("insert into t values (?)", e.sql());
      assertInstanceOf(SQLException.class, e.getCause());
      assertTrue(e.getMessage().startsWith("SQL [insert into t values (?)]; "), e.getMessage());
      assertEquals("23505", Failures.sqlState(e)); // unique violation, on both databases
    }
  }

  @ParameterizedTest
  @EnumSource(value = Db.class, names = "POSTGRES")
  void theStepsTimeout_cancelsTheStatement_asATransientFailure(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind);
        Connection connection = db.connect()) {
      MigrationContext context = Database.detect(connection, List.of()).context(connection, 1);

      SqlStatementException e =
          assertThrows(SqlStatementException.class, () -> context.execute("select pg_sleep(3)"));

      assertEquals("57014", Failures.sqlState(e)); // query canceled
      assertTrue(Failures.isTransient(e));
      assertEquals(1, context.dsl().configuration().settings().getQueryTimeout());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void dsl_seesWhatExecuteDid_inTheSameTransaction(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind);
        Connection connection = db.connect()) {
      MigrationContext context = Database.detect(connection, List.of()).context(connection, 0);
      context.execute("create table t (id int)");
      connection.setAutoCommit(false);

      context.execute("insert into t values (?)", 1);
      assertSame(context.dsl(), context.dsl()); // created once
      assertEquals(1, context.dsl().fetchCount(DSL.table("t")));
      context.dsl().insertInto(DSL.table("t"), DSL.field("id")).values(2).execute();
      assertEquals(0, db.count("select count(*) from t")); // nothing committed yet
      connection.rollback();

      assertEquals(0, context.dsl().fetchCount(DSL.table("t")));
    }
  }

  /** The reason to take MigrationContext: a cold JVM applying plain SQL never loads jOOQ. */
  @ParameterizedTest
  @EnumSource(Db.class)
  void freshJvmApplyingMigrationContextMigrations_loadsNoJooqClass(Db kind) throws Exception {
    Scenario scenario =
        Scenario.in("it.plain")
            .migration(
                "CreateNotes",
                "version = \"1\"",
                """
              @PreCheck("no notes table")
              boolean absent(MigrationContext db) throws java.sql.SQLException {
                String name = db.dialect() == Dialect.H2 ? "NOTES" : "notes";
                return !db.connection().getMetaData().getTables(null, null, name, null).next();
              }

              @Up(timeoutSeconds = 5)
              void up(MigrationContext db) {
                db.execute("create table notes (id int primary key, body varchar(20))");
              }
            """)
            .migration(
                "AddNote",
                "version = \"2\"",
                """
              @Up
              void up(MigrationContext db) {
                db.execute("insert into notes values (?, ?)", 1, "plain");
              }

              @PostCheck("one note")
              boolean one(MigrationContext db) {
                return db.execute("update notes set body = body") == 1;
              }
            """);
    try (TestDatabase db = TestDatabase.create(kind)) {
      Process process = Jvm.migrate(scenario, db.url, 0, "-Xlog:class+load=info");
      List<String> output =
          new String(process.getInputStream().readAllBytes(), UTF_8).lines().toList();
      process.waitFor();

      assertTrue(output.contains("APPLIED 2"), String.join("\n", output));
      assertEquals(List.of(), output.stream().filter(line -> line.contains(" org.jooq.")).toList());
      assertEquals(List.of(List.of("1", "plain")), db.rows("select id, body from notes"));
    }
  }

  /** A migration's statements through both paths commit with it, or roll back with it. */
  @ParameterizedTest
  @EnumSource(Db.class)
  void aFailingMigration_rollsBackWhatExecuteAndDslDid(Db kind) throws Exception {
    Scenario scenario =
        Scenario.in("it.context")
            .migration(
                "CreateNotes",
                "version = \"1\"",
                """
              @Up
              void up(MigrationContext db) {
                db.execute("create table notes (id int primary key, body varchar(20))");
              }
            """)
            .migration(
                "AddNotes",
                "version = \"2\"",
                """
              @Up
              void up(MigrationContext db) {
                db.execute("insert into notes values (?, ?)", 1, "by execute");
                db.dsl().insertInto(DSL.table("notes"), DSL.field("id"), DSL.field("body"))
                    .values(2, "by jOOQ").execute();
                db.execute("insert into notes values (?, ?)", 1, "again");
              }
            """);
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(scenario.registry()).build();

      MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

      assertEquals("2", e.version());
      assertEquals("23505", e.sqlState());
      assertTrue(e.getMessage().contains("[SQL state 23505]"), e.getMessage());
      assertEquals(0, db.count("select count(*) from notes"));
      assertEquals(List.of(List.of("1")), db.rows("select version from strata_history"));
    }
  }
}
