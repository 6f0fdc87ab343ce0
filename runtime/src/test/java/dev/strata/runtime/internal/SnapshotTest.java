package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Registries.applied;
import static dev.strata.runtime.internal.Registries.known;
import static dev.strata.runtime.internal.Registries.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Version;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.internal.HistoryRow.Type;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotTest {

  private static final List<Known> KNOWN = known("1", "2", "3", "4");

  private static List<String> texts(Iterable<Version> versions) {
    List<String> texts = new ArrayList<>();
    versions.forEach(v -> texts.add(v.text()));
    return texts;
  }

  private static List<String> pending(Snapshot snapshot, String target) {
    return snapshot.pending(Version.parseOrNull(target)).stream()
        .map(k -> k.migration().version())
        .toList();
  }

  private static List<String> states(Snapshot snapshot) {
    return snapshot.status().stream().map(i -> i.version() + " " + i.state()).toList();
  }

  @Test
  void freshDatabase_everythingPending() {
    Snapshot snapshot = new Snapshot(KNOWN, List.of());
    assertEquals(List.of("1", "2", "3", "4"), pending(snapshot, null));
    assertNull(snapshot.newest());
    assertEquals(1, snapshot.nextRank());
    assertFalse(snapshot.hasHistory());
    assertTrue(snapshot.matchesRegistries());
  }

  @Test
  void historyInVersionOrder() {
    Snapshot snapshot =
        new Snapshot(KNOWN, List.of(applied(1, "1"), applied(2, "2"), applied(3, "3")));
    assertEquals(List.of("4"), pending(snapshot, null));
    assertEquals(List.of(), pending(snapshot, "3"));
    assertEquals("3", snapshot.newest().text());
    assertEquals(List.of("1", "2", "3"), texts(snapshot.applied().keySet()));
    assertEquals(4, snapshot.nextRank());
    assertTrue(snapshot.isApplied(Version.parseOrNull("2.0")));
    assertFalse(snapshot.isApplied(Version.parseOrNull("4")));
    assertTrue(snapshot.matchesRegistries());
    assertTrue(snapshot.hasHistory());
  }

  @Test
  void appliedOutOfOrder_keepsTheOrderOfTheHistory() {
    Snapshot snapshot =
        new Snapshot(KNOWN, List.of(applied(1, "1"), applied(2, "3"), applied(3, "2")));
    assertEquals(List.of("1", "3", "2"), texts(snapshot.applied().keySet()));
    assertEquals("3", snapshot.newest().text());
    assertEquals(List.of("4"), pending(snapshot, null));
  }

  @Test
  void undone_isPendingAgain_andReapplied_movesToTheEnd() {
    List<HistoryRow> rows =
        List.of(
            applied(1, "1"),
            applied(2, "2"),
            applied(3, "3"),
            row(4, "3", Type.UNDO, "sum3"),
            row(5, "2", Type.UNDO, "sum2"));
    Snapshot undone = new Snapshot(KNOWN, rows);
    assertEquals(List.of("2", "3", "4"), pending(undone, null));
    assertEquals("1", undone.newest().text());
    assertEquals(6, undone.nextRank());

    List<HistoryRow> again = new ArrayList<>(rows);
    again.add(applied(6, "2"));
    Snapshot reapplied = new Snapshot(KNOWN, again);
    assertEquals(List.of("1", "2"), texts(reapplied.applied().keySet()));
    assertEquals(6, reapplied.applied().get(Version.parseOrNull("2")).rank());
    assertEquals(List.of("3", "4"), pending(reapplied, null));
  }

  @Test
  void aVersionWrittenDifferently_matchesItsMigration_andKeepsItsText() {
    Snapshot snapshot = new Snapshot(KNOWN, List.of(applied(1, "1.0"), applied(2, "02")));
    assertEquals(List.of("3", "4"), pending(snapshot, null));
    assertEquals(List.of("1.0", "02"), texts(snapshot.applied().keySet()));
    assertEquals("02", snapshot.newest().text());
    assertEquals(
        "1", snapshot.known(Version.parseOrNull("1.0")).orElseThrow().migration().version());
  }

  @Test
  void appliedButUnknown_belowTheNewestKnown_isMissing() {
    Snapshot snapshot =
        new Snapshot(KNOWN, List.of(applied(1, "1"), applied(2, "2.5"), applied(3, "2")));
    assertFalse(snapshot.matchesRegistries());
    assertEquals(List.of("1", "2.5", "2"), texts(snapshot.applied().keySet()));
    assertEquals("2.5", snapshot.newest().text());
    assertTrue(snapshot.known(Version.parseOrNull("2.5")).isEmpty());
    assertTrue(snapshot.isApplied(Version.parseOrNull("2.5")));
    assertTrue(snapshot.future().isEmpty());
    assertEquals(List.of("2.5"), snapshot.missing().stream().map(HistoryRow::version).toList());
    assertEquals(
        List.of("1 APPLIED", "2 APPLIED", "2.5 MISSING", "3 PENDING", "4 PENDING"),
        states(snapshot));
  }

  @Test
  void appliedButUnknown_aboveEveryKnownVersion_isFuture_andMakesOlderPendingOutOfOrder() {
    Snapshot snapshot =
        new Snapshot(KNOWN, List.of(applied(1, "1"), applied(2, "9"), applied(3, "2")));
    assertTrue(snapshot.matchesRegistries(), "a newer build's version is no disagreement");
    assertEquals(List.of("1", "9", "2"), texts(snapshot.applied().keySet()));
    assertEquals("9", snapshot.newest().text());
    assertEquals("4", snapshot.newestKnown().text());
    assertEquals(List.of("9"), texts(snapshot.future().keySet()));
    assertTrue(snapshot.missing().isEmpty());
    assertEquals(
        List.of("1 APPLIED", "2 APPLIED", "3 OUT_OF_ORDER", "4 OUT_OF_ORDER", "9 FUTURE"),
        states(snapshot));
  }

  @Test
  void future_isAboveTheBaselineToo() {
    Snapshot snapshot =
        new Snapshot(
            KNOWN, List.of(row(1, "6", Type.BASELINE, null), applied(2, "5"), applied(3, "7")));
    assertEquals("6", snapshot.newestKnown().text());
    assertEquals(List.of("7"), texts(snapshot.future().keySet()));
    assertEquals(List.of("5"), snapshot.missing().stream().map(HistoryRow::version).toList());
  }

  @Test
  void unknownUndone_isGone() {
    Snapshot snapshot =
        new Snapshot(KNOWN, List.of(applied(1, "9"), row(2, "9.0", Type.UNDO, null)));
    assertTrue(snapshot.matchesRegistries());
    assertTrue(snapshot.applied().isEmpty());
    assertNull(snapshot.newest());
  }

  @Test
  void changedChecksum_drifts_anAbsentOneNever() {
    assertFalse(
        new Snapshot(KNOWN, List.of(applied(1, "1"), row(2, "2", Type.MIGRATE, "old")))
            .matchesRegistries());
    assertTrue(
        new Snapshot(KNOWN, List.of(applied(1, "1"), row(2, "2", Type.MIGRATE, null)))
            .matchesRegistries());
    List<Known> withoutChecksums =
        RegistryLoader.merge(
            List.of(new Registries.Listed(List.of(Registries.migration("1", "app.V1", null)))));
    assertTrue(
        new Snapshot(withoutChecksums, List.of(row(1, "1", Type.MIGRATE, "any")))
            .matchesRegistries());
  }

  @Test
  void onlyTheLatestRowOfAVersion_canDrift() {
    assertTrue(
        new Snapshot(
                KNOWN, List.of(row(1, "2", Type.MIGRATE, "old"), row(2, "2", Type.UNDO, "old")))
            .matchesRegistries());
    assertTrue(
        new Snapshot(
                KNOWN,
                List.of(
                    row(1, "2", Type.MIGRATE, "old"),
                    row(2, "2", Type.UNDO, "old"),
                    applied(3, "2")))
            .matchesRegistries());
    assertTrue(
        new Snapshot(KNOWN, List.of(row(1, "2", Type.MIGRATE, "old"), applied(2, "2")))
            .matchesRegistries());
    assertFalse(
        new Snapshot(
                KNOWN,
                List.of(
                    applied(1, "2"),
                    row(2, "2", Type.UNDO, "sum2"),
                    row(3, "2.0", Type.MIGRATE, "old")))
            .matchesRegistries());
  }

  @Test
  void baseline_coversWhatLiesBelow() {
    Snapshot snapshot =
        new Snapshot(KNOWN, List.of(row(1, "2", Type.BASELINE, null), applied(2, "3")));
    assertEquals(List.of("4"), pending(snapshot, null));
    assertEquals("2", snapshot.baseline().text());
    assertEquals("3", snapshot.newest().text());
    assertEquals(
        List.of("1 BELOW_BASELINE", "2 BELOW_BASELINE", "2 BASELINE", "3 APPLIED", "4 PENDING"),
        states(snapshot));
  }

  @Test
  void baselineAndAnEqualAppliedVersion_theBaselineIsNewest() {
    Snapshot snapshot =
        new Snapshot(KNOWN, List.of(row(1, "2.0", Type.BASELINE, null), applied(2, "2")));
    assertEquals("2.0", snapshot.newest().text());
  }

  @Test
  void failedRows_areListed_notApplied() {
    HistoryRow failed = Registries.failed(2, "2", "migration 2", "sum2");
    Snapshot snapshot = new Snapshot(KNOWN, List.of(applied(1, "1"), failed));
    assertEquals(List.of(failed), snapshot.failed());
    assertEquals(List.of("2", "3", "4"), pending(snapshot, null));
    assertEquals(3, snapshot.nextRank());
    List<MigrationInfo> status = snapshot.status();
    assertEquals(MigrationState.FAILED, status.get(1).state());
  }

  @Test
  void aHistoryVersionThatIsNone_isRefused() {
    MigrationException e =
        assertThrows(
            MigrationException.class,
            () -> new Snapshot(KNOWN, List.of(applied(1, "1"), applied(7, "v2"))));
    assertEquals(
        "The history row with rank 7 has version 'v2', which is not a version Strata"
            + " writes; fix or delete that row by hand.",
        e.getMessage());
  }
}
