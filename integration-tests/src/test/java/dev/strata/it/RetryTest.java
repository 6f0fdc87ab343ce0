package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.Migrator;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** timeoutSeconds bounds a step's statements; retries rerun it in a fresh transaction. */
class RetryTest {

  private static Scenario renaming(int retries) {
    return Scenario.in("it.retry" + retries)
        .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
        .migration("AddUsers", "version = \"2\"", Scenarios.ADD_USERS)
        .migration("RenameAlice", "version = \"3\"", """
              @Up(timeoutSeconds = 1, retries = %d)
              void up(DSLContext db) {
                db.update(DSL.table("users")).set(DSL.field("name"), "alicia").where(DSL.field("id").eq(1)).execute();
              }
            """.formatted(retries));
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void lockedRow_retriedUntilReleased(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(renaming(10).registry()).build();
      migrator.migrate("2");
      try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
        holder.setAutoCommit(false);
        s.executeUpdate("update users set name = 'held' where id = 1"); // row lock until rollback

        CompletableFuture<?> run = CompletableFuture.runAsync(migrator::migrate);
        Thread.sleep(2500); // at least one attempt times out meanwhile
        holder.rollback();
        run.get(60, TimeUnit.SECONDS);
      }

      assertEquals(List.of(List.of("alicia")), db.rows("select name from users where id = 1"));
      assertEquals(3, db.count("select count(*) from strata_history"));
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void lockedRow_withoutRetries_failsClearlyAndLeavesNothingOpen(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(renaming(0).registry()).build();
      migrator.migrate("2");
      MigrationException e;
      try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
        holder.setAutoCommit(false);
        s.executeUpdate("update users set name = 'held' where id = 1");

        e = assertThrows(MigrationException.class, migrator::migrate);
        holder.rollback();
      }

      assertEquals(Reason.MIGRATION_FAILED, e.reason());
      assertEquals("3", e.version());
      assertEquals("@Up up()", e.step());
      assertTrue(Set.of("57014", "HYT00", "55P03").contains(e.sqlState()), e.sqlState());
      assertEquals(2, db.count("select count(*) from strata_history"));
      assertEquals(List.of(List.of("alice")), db.rows("select name from users where id = 1"));
      migrator.migrate(); // nothing was left holding a lock or a transaction
      assertEquals(3, db.count("select count(*) from strata_history"));
    }
  }
}
