package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Migrator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A blue/green rollback: build N+1 applies version 6, traffic goes back to build N, which knows the
 * shop up to 5. Build N keeps working beside the future version; a version missing below its newest
 * is still an error.
 */
class FutureVersionTest {

  private static final String ADD_AUDIT =
      """
        @Up
        void up(MigrationContext db) {
          db.execute("create table audit (id int)");
        }

        @Down
        void down(MigrationContext db) {
          db.execute("drop table audit");
        }
      """;

  /** Build N+1: the shop and an audit table at version 6. */
  private static Scenario newer() {
    return Scenarios.shop().migration("AddAudit", "version = \"6\"", ADD_AUDIT);
  }

  private static List<String> states(Migrator migrator) {
    return migrator.status().stream().map(i -> i.version() + " " + i.state()).toList();
  }

  /** What {@code run} returned, and the warnings about future versions that it logged. */
  private record Logged<T>(T result, List<String> futureWarnings) {}

  private static <T> Logged<T> logged(Supplier<T> run) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8)); // slf4j-simple's
    T result;
    try {
      result = run.get();
    } finally {
      System.setErr(err);
    }
    List<String> warnings =
        captured
            .toString(StandardCharsets.UTF_8)
            .lines()
            .filter(line -> line.contains("WARN") && line.contains("a newer build applied"))
            .toList();
    return new Logged<>(result, warnings);
  }

  private static void assertOneWarningAbout6(Logged<?> logged) {
    assertEquals(1, logged.futureWarnings().size(), logged.futureWarnings().toString());
    String warning = logged.futureWarnings().get(0);
    assertTrue(warning.contains("version 6 applied"), warning);
    assertTrue(warning.contains("its newest is 5"), warning);
    assertTrue(warning.contains("--no-allow-future, or allowFuture(false)"), warning);
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void rolledBackBuild_keepsWorking_warnsOncePerCommand_andShowsFuture(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator().registry(newer().registry()).build().migrate();
      Migrator older = db.migrator().registry(Scenarios.shop().registry()).build();

      Logged<MigrationReport> migrated = logged(older::migrate);
      Logged<Object> validated =
          logged(
              () -> {
                older.validate();
                return null;
              });
      Logged<?> planned = logged(older::plan);

      assertTrue(migrated.result().nothingToDo());
      assertEquals("6", migrated.result().finalVersion());
      assertOneWarningAbout6(migrated);
      assertOneWarningAbout6(validated);
      assertOneWarningAbout6(planned);
      assertEquals(
          List.of("1 APPLIED", "2 APPLIED", "3 APPLIED", "4 APPLIED", "5 APPLIED", "6 FUTURE"),
          states(older));
      assertEquals(6, db.count("select count(*) from strata_history"));

      // when build N+1 is back, it finds everything in place
      Migrator back = db.migrator().registry(newer().registry()).build();
      assertTrue(back.migrate().nothingToDo());
      assertTrue(
          states(back).stream().allMatch(s -> s.endsWith(" APPLIED")), states(back).toString());
      assertTrue(
          db.schema().stream().anyMatch(c -> c.startsWith("audit id")), db.schema().toString());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void undo_belowAFutureVersion_isRefusedBeforeAnythingRuns(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator().registry(newer().registry()).build().migrate();
      Migrator older = db.migrator().registry(Scenarios.shop().registry()).build();
      List<String> schema = db.schema();

      MigrationException e = assertThrows(MigrationException.class, () -> older.undo("4"));

      assertEquals(Reason.UNDO_REFUSED, e.reason());
      assertEquals("6", e.version());
      assertTrue(e.getMessage().contains("-> 6 (add audit)"), e.getMessage());
      assertTrue(e.getMessage().contains("with the build that applied them"), e.getMessage());
      assertEquals(schema, db.schema());
      assertEquals(6, db.count("select count(*) from strata_history"));

      // at the future version itself there is nothing of this build's to undo, but a warning
      Logged<MigrationReport> atFuture = logged(() -> older.undo("6"));
      assertTrue(atFuture.result().nothingToDo());
      assertOneWarningAbout6(atFuture);
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void allowFutureFalse_everyCommandThatValidatesRefuses(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator().registry(newer().registry()).build().migrate();
      Migrator strict =
          db.migrator().registry(Scenarios.shop().registry()).allowFuture(false).build();
      List<String> schema = db.schema();

      List<MigrationException> refusals =
          List.of(
              assertThrows(MigrationException.class, strict::migrate),
              assertThrows(MigrationException.class, strict::validate),
              assertThrows(MigrationException.class, strict::plan),
              assertThrows(MigrationException.class, () -> strict.undo("6")));

      for (MigrationException e : refusals) {
        assertEquals(Reason.VALIDATION, e.reason(), e.getMessage());
        assertEquals("6", e.version());
        assertTrue(e.getMessage().contains("version 6 applied"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was executed"), e.getMessage());
        assertTrue(
            e.getMessage().contains("--allow-future, or allowFuture(true) on Migrator.builder()"),
            e.getMessage());
      }
      assertEquals(schema, db.schema());
      assertEquals(6, db.count("select count(*) from strata_history"));
      assertEquals(MigrationState.FUTURE, strict.status().get(5).state(), "status still reads");
      assertTrue(strict.withAllowFuture(true).migrate().nothingToDo());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void missingBelowTheNewestKnown_isStillRefused_besideAFutureVersion(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator().registry(newer().registry()).build().migrate();
      Migrator without2 = db.migrator().registry(Scenarios.shopWithout2().registry()).build();

      MigrationException validation = assertThrows(MigrationException.class, without2::validate);
      MigrationException migration = assertThrows(MigrationException.class, without2::migrate);

      for (MigrationException e : List.of(validation, migration)) {
        assertEquals(Reason.VALIDATION, e.reason());
        assertEquals("2", e.version());
        assertTrue(
            e.getMessage().contains("-> 2 (add users) is applied, but no registry has it"),
            e.getMessage());
        assertTrue(!e.getMessage().contains("-> 6"), "6 is future, not missing: " + e.getMessage());
      }
      assertEquals(
          List.of("1 APPLIED", "2 MISSING", "3 APPLIED", "4 APPLIED", "5 APPLIED", "6 FUTURE"),
          states(without2));
    }
  }

  /**
   * A hotfix build that knows 1 to 3, on a database where the newer build (which lacks 3) applied 4
   * and 5: 3 is pending below the future versions, so it is out of order as always.
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void pendingBelowAFutureVersion_isOutOfOrder(Db kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator().registry(Scenarios.shopWithout3().registry()).build().migrate();
      Scenario hotfix =
          Scenario.in("it.shop")
              .migration("CreateUsers", "version = \"1\"", Scenarios.CREATE_USERS)
              .migration(
                  "AddUsers", "version = \"2\", dependsOn = CreateUsers.class", Scenarios.ADD_USERS)
              .migration("AddEmail", "version = \"3\"", Scenarios.ADD_EMAIL);
      Migrator strict = db.migrator().registry(hotfix.registry()).build();

      assertEquals(
          List.of("1 APPLIED", "2 APPLIED", "3 OUT_OF_ORDER", "4 FUTURE", "5 FUTURE"),
          states(strict));
      MigrationException e = assertThrows(MigrationException.class, strict::migrate);
      assertEquals(Reason.VALIDATION, e.reason());
      assertEquals("3", e.version());
      assertTrue(
          e.getMessage().contains("older than the newest applied version 5"), e.getMessage());

      Logged<MigrationReport> lenient =
          logged(
              () -> db.migrator().registry(hotfix.registry()).outOfOrder(true).build().migrate());
      assertEquals(
          List.of("3"), lenient.result().executed().stream().map(MigrationInfo::version).toList());
      assertEquals(1, lenient.futureWarnings().size(), lenient.futureWarnings().toString());
      assertTrue(lenient.futureWarnings().get(0).contains("versions 4, 5 applied"));
    }
  }
}
