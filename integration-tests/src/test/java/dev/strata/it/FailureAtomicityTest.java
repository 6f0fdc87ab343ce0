package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.it.Faults.Kind;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.Migrator;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reliability scenario 6: twenty migrations, a failure injected at each position in turn — in
 * {@code @Up} (after its work), in a pre-check, in a post-check (after the work), in the history
 * write (a check constraint on the history table that rejects that version) — and after each failed
 * run the schema (catalog), the data (row counts and hashes) and the history are those of the last
 * good migration.
 *
 * <p>PostgreSQL runs migrations that mix DDL and data. H2 commits DDL at once (documented), so on
 * H2 the twenty migrations change data only, on tables the test creates first; what H2 guarantees
 * for DDL is in docs/runtime.md and not claimed here.
 */
@Tag("reliability")
class FailureAtomicityTest {

  static final int MIGRATIONS = 20;

  private static final Map<Kind, String> STEPS =
      Map.of(
          Kind.UP, "@Up up()",
          Kind.PRE_CHECK, "@PreCheck 'fault injection point' (pre())",
          Kind.POST_CHECK, "@PostCheck 'fault injection point' (post())",
          Kind.HISTORY, "history row");

  /**
   * Twenty migrations; with {@code ddl}, every fourth creates a table, others alter and index it.
   */
  static Scenario twenty(boolean ddl) {
    Scenario scenario = Scenario.in(ddl ? "it.atomic.ddl" : "it.atomic.data");
    for (int i = 1; i <= MIGRATIONS; i++) {
      int table = (i - 1) / 4 * 4 + 1; // t1, t5, t9, …: one table per four migrations
      String work =
          switch (i % 4) {
            case 1 ->
                (ddl
                        ? "db.execute(\"create table t%1$d (id int primary key, v varchar(50), c int)\");\n"
                        : "")
                    + "db.execute(\"insert into t%1$d (id, v, c) values (1, 'a%2$d', 1), (2, 'b%2$d', 2), (3, 'c%2$d', 3)\");";
            case 2 ->
                "db.execute(\"insert into t%1$d (id, v, c) values (10, 'x%2$d', 10), (11, 'y%2$d', 11)\");";
            case 3 ->
                (ddl
                        ? "db.execute(\"alter table t%1$d add column d%2$d int default %2$d not null\");\n"
                        : "")
                    + "db.execute(\"update t%1$d set c = c * 7, v = v || '!' where id > 1\");";
            default ->
                (ddl
                        ? "db.execute(\"create index t%1$d_v_idx on t%1$d (v)\");\n"
                            + "db.execute(\"alter table t%1$d add constraint t%1$d_c_positive check (c > 0)\");\n"
                        : "")
                    + "db.execute(\"delete from t%1$d where id = 2\");";
          };
      scenario.migration(
          "M" + i,
          "version = \"" + i + "\"",
          """
            @PreCheck("fault injection point")
            boolean pre(DSLContext db) {
              return !dev.strata.it.Faults.at("PRE_CHECK", %2$d);
            }

            @Up
            void up(DSLContext db) {
              %3$s
              dev.strata.it.Faults.up(%2$d);
            }

            @PostCheck("fault injection point")
            boolean post(DSLContext db) {
              return !dev.strata.it.Faults.at("POST_CHECK", %2$d);
            }
          """
              .formatted(table, i, work.formatted(table, i)));
    }
    return scenario;
  }

  @AfterEach
  void noFault() {
    Faults.clear();
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  @SuppressWarnings("try") // keepOpen is held, never used
  void failureAtEachPositionAndStep_leavesTheLastGoodMigrationsState(Db kind) throws Exception {
    boolean ddl = kind == Db.POSTGRES;
    Scenario scenario = twenty(ddl);
    long start = System.nanoTime();
    int faults = 0;
    try (TestDatabase db = TestDatabase.create(kind);
        Connection keepOpen = db.connect()) { // H2 closes a file database with its last connection
      Migrator migrator = db.migrator().registry(scenario.registry()).build();
      for (int position = 1; position <= MIGRATIONS; position++) {
        db.reset();
        if (!ddl) {
          for (int t = 1; t <= MIGRATIONS; t += 4) {
            db.execute("create table t" + t + " (id int primary key, v varchar(50), c int)");
          }
        }
        if (position > 1) {
          migrator.migrate(String.valueOf(position - 1));
        }
        List<Object> good = state(db);
        for (Kind fault : Kind.values()) { // UP first: its failed run creates the history table
          Faults.inject(fault, position);
          if (fault == Kind.HISTORY) {
            db.execute(
                "alter table strata_history add constraint strata_fault check (version <> '"
                    + position
                    + "')");
          }
          MigrationException e =
              assertThrows(MigrationException.class, migrator::migrate, fault + " at " + position);
          Faults.clear();
          if (fault == Kind.HISTORY) {
            db.execute("alter table strata_history drop constraint strata_fault");
          }
          faults++;

          String at = fault + " at " + position + ": " + e.getMessage();
          assertEquals(String.valueOf(position), e.version(), at);
          assertEquals(STEPS.get(fault), e.step(), at);
          assertEquals(
              fault == Kind.PRE_CHECK || fault == Kind.POST_CHECK
                  ? Reason.CHECK_FAILED
                  : Reason.MIGRATION_FAILED,
              e.reason(),
              at);
          assertTrue(
              e.getMessage().startsWith("Migration " + position + " (m" + position + ", "), at);
          assertEquals(good, state(db), at);
        }
      }
      assertEquals(MIGRATIONS, migrator.migrate().executed().size() + MIGRATIONS - 1);
    }
    System.out.printf(
        "[reliability] failure atomicity on %s: %d positions x %d kinds = %d injected"
            + " failures, state unchanged after each, %.1f s%n",
        kind, MIGRATIONS, Kind.values().length, faults, (System.nanoTime() - start) / 1e9);
    assertEquals(MIGRATIONS * Kind.values().length, faults);
  }

  /** Schema from the catalog, data as row counts and hashes, and the history. */
  private static List<Object> state(TestDatabase db) {
    return List.of(db.schema(), db.data(), db.history());
  }
}
