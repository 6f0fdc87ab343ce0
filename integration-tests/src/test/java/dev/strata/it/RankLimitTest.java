package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.Migrator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The history's rank past {@code int}'s range: a table Strata creates has a {@code bigint} rank and
 * goes on; a table an earlier Strata created has an {@code int} rank, is not altered behind its
 * owner's back, and is refused, before anything runs, only when a rank would not fit.
 */
class RankLimitTest {
  private static final String RANKS = "select version, rank from strata_history order by rank";

  @ParameterizedTest
  @EnumSource(Db.class)
  void newTable_rankPastIntRange_nextMigrationApplies(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(Scenarios.shop().registry()).build();
      migrator.migrate("2");
      db.execute("update strata_history set rank = 2147483647 where version = '2'");

      assertEquals(1, migrator.migrate("3").executed().size());

      assertEquals(
          List.of(List.of("1", "1"), List.of("2", "2147483647"), List.of("3", "2147483648")),
          db.rows(RANKS));
      assertEquals(2, migrator.migrate().executed().size());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void oldIntTable_refusedOnlyWhenTheNextRankOverflows(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = db.migrator().registry(Scenarios.shop().registry()).build();
      migrator.migrate("2");
      // as Strata wrote the table before ranks were bigint
      db.execute("alter table strata_history alter column rank set data type int");
      db.execute("update strata_history set rank = 2147483646 where version = '2'");
      assertEquals(1, migrator.migrate("3").executed().size()); // rank 2147483647 still fits
      List<String> schemaAt3 = db.schema();

      MigrationException e = assertThrows(MigrationException.class, migrator::migrate);

      assertEquals(Reason.VALIDATION, e.reason());
      assertTrue(
          e.getMessage()
              .toLowerCase(Locale.ROOT)
              .contains(
                  "strata_history is an int, which holds ranks up to 2147483647, and this run would"
                      + " record rank 2147483649; nothing was executed."),
          e.getMessage());
      assertEquals(schemaAt3, db.schema());
      assertEquals(
          List.of(List.of("1", "1"), List.of("2", "2147483646"), List.of("3", "2147483647")),
          db.rows(RANKS));

      // the fix the message gives works
      String widen = e.getMessage().substring(e.getMessage().indexOf("run again: ") + 11);
      db.execute(widen);
      assertEquals(2, migrator.migrate().executed().size());
      assertEquals(List.of("5", "2147483649"), db.rows(RANKS).get(4));
    }
  }
}
