package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationEvent;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Migrator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrateTest {

  @ParameterizedTest
  @EnumSource(Db.class)
  void emptyDatabase_appliesAllInVersionOrder(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      List<String> events = new ArrayList<>();
      Migrator migrator =
          db.migrator()
              .registry(Scenarios.shop().registry())
              .listener(
                  new MigrationListener() {
                    @Override
                    public void started(MigrationEvent e) {
                      events.add(
                          "["
                              + e.position()
                              + "/"
                              + e.total()
                              + "] "
                              + e.version()
                              + " "
                              + e.description());
                    }

                    @Override
                    public void succeeded(MigrationEvent e, Duration duration) {
                      events.add("done " + e.version());
                    }
                  })
              .build();

      MigrationReport report = migrator.migrate();

      assertNull(report.initialVersion());
      assertEquals("5", report.finalVersion());
      assertEquals(
          List.of("1", "2", "3", "4", "5"),
          report.executed().stream().map(MigrationInfo::version).toList());
      assertEquals(
          List.of(
              "[1/5] 1 create users",
              "done 1",
              "[2/5] 2 add users",
              "done 2",
              "[3/5] 3 add email to users",
              "done 3",
              "[4/5] 4 create orders",
              "done 4",
              "[5/5] 5 index orders",
              "done 5"),
          events);
      // the history reads by hand, unquoted, on both databases
      assertEquals(
          List.of(
              List.of("1", "MIGRATE", "true"),
              List.of("2", "MIGRATE", "true"),
              List.of("3", "MIGRATE", "true"),
              List.of("4", "MIGRATE", "true"),
              List.of("5", "MIGRATE", "true")),
          db.rows("select version, type, success from strata_history order by rank").stream()
              .map(
                  r ->
                      List.of(
                          r.get(0),
                          r.get(1),
                          r.get(2).toLowerCase().startsWith("t") ? "true" : r.get(2)))
              .toList());
      assertEquals(
          "team-a", db.rows("select owners from strata_history where version = '2'").get(0).get(0));
      assertTrue(db.schema().contains("users email character varying yes"), db.schema().toString());
      assertEquals(2, db.count("select count(*) from users"));
      assertTrue(db.schema().contains("orders index orders_user_idx"), db.schema().toString());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void upToDate_rerunIsNoOp(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(Scenarios.shop().registry()).build();
      migrator.migrate();
      List<String> schema = db.schema();

      MigrationReport again = migrator.migrate();

      assertTrue(again.nothingToDo());
      assertEquals("5", again.initialVersion());
      assertEquals("5", again.finalVersion());
      assertEquals(5, db.count("select count(*) from strata_history"));
      assertEquals(schema, db.schema());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void status_beforeAndAfter(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(Scenarios.shop().registry()).build();

      List<MigrationInfo> before = migrator.status();
      assertEquals(5, before.size());
      before.forEach(
          info -> {
            assertEquals(MigrationState.PENDING, info.state(), info.toString());
            assertNull(info.installedOn());
            assertNotNull(info.checksum(), "the processor computes checksums");
          });
      assertEquals(List.of("team-a"), before.get(1).owners());

      migrator.migrate("2");
      List<MigrationInfo> after = migrator.status();

      assertEquals(
          List.of(
              MigrationState.APPLIED,
              MigrationState.APPLIED,
              MigrationState.PENDING,
              MigrationState.PENDING,
              MigrationState.PENDING),
          after.stream().map(MigrationInfo::state).toList());
      assertNotNull(after.get(0).installedOn());
      assertNotNull(after.get(0).installedBy());
      assertNotNull(after.get(0).executionMs());
      assertEquals(before.get(0).checksum(), after.get(0).checksum());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void migrateToTarget_stopsThere(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(Scenarios.shop().registry()).build();

      MigrationReport first = migrator.migrate("3");
      MigrationReport rest = migrator.migrate();

      assertEquals(
          List.of("1", "2", "3"), first.executed().stream().map(MigrationInfo::version).toList());
      assertEquals("3", first.finalVersion());
      assertEquals(
          List.of("4", "5"), rest.executed().stream().map(MigrationInfo::version).toList());
      assertEquals("3", rest.initialVersion());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void plainSqlNames_findTablesMigrationsCreated(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator().registry(Scenarios.shop().registry()).build().migrate();
      try (var connection = db.connect()) {
        var ctx = DSL.using(connection);
        // created with createTable("users"): unquoted, so plain SQL finds it in any case
        assertEquals(2, ctx.fetchCount(DSL.table("users")));
        assertEquals(2, ctx.fetchCount(DSL.table("USERS")));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void throwingListener_doesNotStopTheRun(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator =
          db.migrator()
              .registry(Scenarios.shop().registry())
              .listener(
                  new MigrationListener() {
                    @Override
                    public void started(MigrationEvent event) {
                      throw new IllegalStateException("listener bug");
                    }
                  })
              .build();

      assertEquals(5, migrator.migrate().executed().size());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void dataSource_givesEveryConnection(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      javax.sql.DataSource dataSource;
      if (kind == Db.H2) {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL(db.url);
        dataSource = h2;
      } else {
        org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
        pg.setURL(db.url);
        dataSource = pg;
      }
      Migrator migrator =
          Migrator.builder().dataSource(dataSource).registry(Scenarios.shop().registry()).build();

      assertEquals(5, migrator.migrate().executed().size());
      assertTrue(migrator.migrate().nothingToDo());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void customHistoryTableAndSchema_readableByHand(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator()
          .registry(Scenarios.shop().registry())
          .historyTable("app_history")
          .schema("meta")
          .build()
          .migrate("1");

      assertEquals(1, db.count("select count(*) from meta.app_history"));
    }
  }
}
