package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Gated.gate;
import static dev.strata.runtime.internal.Gated.plain;
import static dev.strata.runtime.internal.Gated.staged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.Dialect;
import dev.strata.Stage;
import dev.strata.runtime.Evidence;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationStep;
import dev.strata.runtime.Migrator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code stage(change)} and {@code stages()} through a change's life: nothing applied, each stage,
 * a held backfill, a failed constrain, repair, undo; and an unknown name.
 */
class LiveStageTest {

  private static final String CHANGE = "users-full-name";
  private static final String OTHER = "orders-total";

  private static Migrator migrator(GateDb db, MigrationDescriptor... migrations) {
    return db.migrator().registry(new Registries.Listed(List.of(migrations))).build();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void stage_followsTheChange(Dialect dialect) throws Exception {
    AtomicBoolean evidence = new AtomicBoolean(false);
    AtomicBoolean fails = new AtomicBoolean(true);
    MigrationStep failsOnce =
        new MigrationStep(
            "up",
            Gated.BOTH,
            0,
            0,
            db -> {
              if (fails.get()) {
                throw new IllegalStateException("the constraint found a null");
              }
              Gated.creates("5").body().run(db);
            });
    List<MigrationDescriptor> all =
        List.of(
            plain("1"),
            staged("2", CHANGE, Stage.EXPAND),
            staged(
                "3",
                CHANGE,
                Stage.BACKFILL,
                gate(
                    "filled",
                    0,
                    db -> evidence.get() ? Evidence.ok("done") : Evidence.notYet("3 rows left"))),
            staged("4", CHANGE, Stage.CONSTRAIN),
            Gated.migration(
                "5",
                CHANGE,
                Stage.CONSTRAIN,
                List.of(),
                null,
                false,
                List.of(failsOnce),
                List.of()),
            staged("6", CHANGE, Stage.CONTRACT),
            staged("7", OTHER, Stage.EXPAND));
    try (GateDb db = GateDb.create(dialect)) {
      // outOfOrder: 5 and 6, below 7, apply once 5 is repaired
      Migrator migrator =
          db.migrator().registry(new Registries.Listed(all)).outOfOrder(true).build();

      assertEquals(Optional.empty(), migrator.stage(CHANGE)); // no history table yet
      assertEquals(Map.of(), migrator.stages());

      migrator.migrate("1");
      assertEquals(Optional.empty(), migrator.stage(CHANGE));

      migrator.migrate("2");
      assertEquals(Optional.of(Stage.EXPAND), migrator.stage(CHANGE));

      migrator.migrate(); // 3 held, and 4 to 6 behind it; 7 applies
      assertEquals(Optional.of(Stage.EXPAND), migrator.stage(CHANGE));
      assertEquals(Optional.of(Stage.EXPAND), migrator.stage(OTHER));
      Map<String, Stage> stages = migrator.stages();
      assertEquals(List.of(OTHER, CHANGE), List.copyOf(stages.keySet())); // by name
      assertEquals(Map.of(OTHER, Stage.EXPAND, CHANGE, Stage.EXPAND), stages);
      assertThrows(UnsupportedOperationException.class, () -> stages.put(CHANGE, null));

      evidence.set(true);
      assertThrows(MigrationException.class, migrator::migrate); // 3 and 4 apply, 5 fails
      assertEquals(Optional.of(Stage.BACKFILL), migrator.stage(CHANGE)); // 4 alone is not enough

      fails.set(false);
      migrator.repair();
      migrator.migrate();
      assertEquals(Optional.of(Stage.CONTRACT), migrator.stage(CHANGE));
      assertEquals(Map.of(OTHER, Stage.EXPAND, CHANGE, Stage.CONTRACT), migrator.stages());

      migrator.undo("5"); // 7 and 6 undone
      assertEquals(Optional.of(Stage.CONSTRAIN), migrator.stage(CHANGE));
      assertEquals(Map.of(CHANGE, Stage.CONSTRAIN), migrator.stages());

      // a fresh migrator, which learns the table's shape again, agrees
      Migrator fresh = migrator(db, all.toArray(MigrationDescriptor[]::new));
      assertEquals(Optional.of(Stage.CONSTRAIN), fresh.stage(CHANGE));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void stagesBelowTheBaseline_count(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      Migrator migrator =
          migrator(
              db,
              staged("1", CHANGE, Stage.EXPAND),
              plain("2"),
              staged("3", CHANGE, Stage.BACKFILL));
      migrator.baseline("2");
      assertEquals(Optional.of(Stage.EXPAND), migrator.stage(CHANGE));
      migrator.migrate();
      assertEquals(Optional.of(Stage.BACKFILL), migrator.stage(CHANGE));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void unknownChange_isRefused(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      Migrator migrator = migrator(db, staged("1", CHANGE, Stage.EXPAND));
      MigrationException e =
          assertThrows(MigrationException.class, () -> migrator.stage("users-fullname"));
      assertEquals(MigrationException.Reason.CONFIGURATION, e.reason());
      assertEquals(
          "No change named 'users-fullname' is in this build's registries, so it has no stage."
              + " The changes they list: users-full-name. Pass the name given in @Change(name ="
              + " ...).",
          e.getMessage());
    }
  }
}
