package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.Migrator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A failed {@code CREATE INDEX CONCURRENTLY} leaves an invalid index (PostgreSQL), which {@code
 * CREATE INDEX … IF NOT EXISTS} then skips: Strata must not record the migration as applied over
 * it. The failure is made deterministic with a unique index on duplicate values.
 */
@Tag("reliability")
class InvalidIndexTest {

  private static final String INVALID =
      "select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid"
          + " where not i.indisvalid";

  /** {@code t}, whose column {@code c} holds one value twice: a unique index on it always fails. */
  private static void tableWithADuplicate(TestDatabase db) {
    db.execute("create table t (id int primary key, c int)");
    db.execute("insert into t values (1, 1), (2, 1)");
  }

  @Test
  void failedConcurrentIndex_blocksRepairUntilItsInvalidIndexIsDropped() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES)) {
      tableWithADuplicate(db);
      Scenario scenario =
          Scenario.in("it.invalidindex")
              .migration(
                  "UniqueC",
                  "version = \"1\", transactional = false",
                  """
                @Up
                void up(MigrationContext db) {
                  db.execute("create unique index concurrently if not exists t_c_key on t (c)");
                }
              """);
      Migrator migrator = db.migrator().registry(scenario.registry()).build();

      MigrationException failed = assertThrows(MigrationException.class, migrator::migrate);
      assertEquals(Reason.MIGRATION_FAILED, failed.reason(), failed.getMessage());
      assertEquals(List.of(List.of("t_c_key")), db.rows(INVALID));

      for (MigrationException refused :
          List.of(
              assertThrows(MigrationException.class, migrator::validate),
              assertThrows(MigrationException.class, migrator::migrate))) {
        assertEquals(Reason.REPAIR_NEEDED, refused.reason(), refused.getMessage());
        assertTrue(
            refused.getMessage().contains("invalid indexes it may have left: public.t_c_key"),
            refused.getMessage());
        assertTrue(
            refused.getMessage().contains("drop index concurrently public.t_c_key"),
            refused.getMessage());
      }
      assertEquals(1, migrator.status().size()); // warns, and answers
      // found: repair removed the failed entry, and migrate then recorded 1 over the invalid index
      MigrationException repair = assertThrows(MigrationException.class, migrator::repair);
      assertEquals(Reason.REPAIR_NEEDED, repair.reason(), repair.getMessage());
      assertTrue(repair.getMessage().startsWith("Cannot repair yet"), repair.getMessage());
      assertTrue(
          repair.getMessage().contains("drop index concurrently public.t_c_key"),
          repair.getMessage());
      assertTrue(repair.getMessage().contains("strata repair"), repair.getMessage());
      assertTrue(repair.getMessage().contains("Migrator.repair()"), repair.getMessage());
      assertEquals(List.of(List.of("f")), db.rows("select success from strata_history"));

      // the fix the messages give, with the duplicate removed
      db.execute("delete from t where id = 2");
      db.execute("drop index concurrently public.t_c_key");
      assertEquals(List.of("1"), migrator.repair().removedFailed());
      assertEquals(1, migrator.migrate().executed().size());
      assertEquals(List.of(), db.rows(INVALID));
      assertEquals(List.of(List.of("t")), db.rows("select success from strata_history"));
    }
  }

  /**
   * A non-transactional migration whose index build fails without failing the migration (it
   * swallows the error) is recorded as failed, naming the index it left, not as applied.
   */
  @Test
  void nonTransactionalMigrationLeavingANewInvalidIndex_isRecordedFailed() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES)) {
      tableWithADuplicate(db);
      Scenario scenario =
          Scenario.in("it.newinvalidindex")
              .migration(
                  "UniqueCQuietly",
                  "version = \"1\", transactional = false",
                  """
                @Up
                void up(MigrationContext db) {
                  try {
                    db.execute("create unique index concurrently t_c_key on t (c)");
                  } catch (RuntimeException duplicates) {
                    // swallowed: the migration ends normally
                  }
                }
              """);

      MigrationException e =
          assertThrows(
              MigrationException.class,
              () -> db.migrator().registry(scenario.registry()).build().migrate());

      assertEquals(Reason.MIGRATION_FAILED, e.reason(), e.getMessage());
      assertTrue(
          e.getMessage().contains("ran but left invalid indexes: public.t_c_key"), e.getMessage());
      assertEquals(List.of(List.of("f")), db.rows("select success from strata_history"));
    }
  }
}
