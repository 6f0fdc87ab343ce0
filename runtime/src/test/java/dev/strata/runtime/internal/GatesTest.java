package dev.strata.runtime.internal;

import static dev.strata.runtime.internal.Gated.attested;
import static dev.strata.runtime.internal.Gated.dependent;
import static dev.strata.runtime.internal.Gated.gate;
import static dev.strata.runtime.internal.Gated.gated;
import static dev.strata.runtime.internal.Gated.notYet;
import static dev.strata.runtime.internal.Gated.ok;
import static dev.strata.runtime.internal.Gated.plain;
import static dev.strata.runtime.internal.Gated.staged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.Dialect;
import dev.strata.Stage;
import dev.strata.runtime.ChangeInfo;
import dev.strata.runtime.Evidence;
import dev.strata.runtime.GateOutcome;
import dev.strata.runtime.GateOutcome.Result;
import dev.strata.runtime.HeldMigration;
import dev.strata.runtime.JournalEntry;
import dev.strata.runtime.JournalEvent;
import dev.strata.runtime.JournalQuery;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.spi.RegistryDispatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Gates, held migrations, attestations and the journal, on H2 and PostgreSQL. */
class GatesTest {

  private static Migrator migrator(
      GateDb db, MigrationListener listener, MigrationDescriptor... ms) {
    return db.migrator().registry(new Registries.Listed(List.of(ms))).listener(listener).build();
  }

  private static Migrator migrator(GateDb db, MigrationDescriptor... ms) {
    return migrator(db, new MigrationListener() {}, ms);
  }

  private static List<String> versions(List<MigrationInfo> infos) {
    return infos.stream().map(MigrationInfo::version).toList();
  }

  private static List<String> events(List<JournalEntry> rows) {
    return rows.stream().map(r -> r.event() + " " + r.version()).toList();
  }

  private static GateOutcome only(HeldMigration h) {
    assertEquals(1, h.gates().size(), h.toString());
    return h.gates().get(0);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void everyOutcome_heldNotFailed_othersApply(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      db.migrator().registry(new Registries.Listed(List.of(plain("0")))).build().migrate();
      List<HeldMigration> told = new ArrayList<>();
      Migrator m =
          migrator(
              db,
              new MigrationListener() {
                @Override
                public void held(HeldMigration held) {
                  told.add(held);
                }
              },
              plain("0"),
              gated("1", ok("clear")),
              gated("2", notYet("noReads")),
              gated("3", gate("returnsFalse", 0, db2 -> RegistryDispatch.evidence(false))),
              gated(
                  "4",
                  gate(
                      "throws",
                      0,
                      db2 -> {
                        throw new IllegalStateException("the audit table is unreachable");
                      })),
              gated(
                  "5",
                  gate(
                      "spins",
                      1,
                      db2 -> {
                        long until = System.nanoTime() + 4_000_000_000L;
                        while (System.nanoTime() < until) {
                          Thread.onSpinWait(); // ignores the interrupt, as careless code does
                        }
                        return Evidence.ok("too late");
                      })),
              gated(
                  "6",
                  gate(
                      "writes",
                      0,
                      db2 -> {
                        db2.execute("insert into t0 values (1)");
                        return Evidence.ok("wrote");
                      })),
              gated(
                  "7",
                  gate(
                      "slowStatement",
                      1,
                      db2 -> {
                        db2.execute(
                            dialect == Dialect.POSTGRES
                                ? "select pg_sleep(5)"
                                : "select count(*) from system_range(1, 100000) a, system_range(1, 100000) b");
                        return Evidence.ok("finished");
                      })),
              plain("8"));
      MigrationReport report = m.migrate();

      List<String> ran = versions(report.executed());
      List<String> held = report.held().stream().map(HeldMigration::version).toList();
      // H2 cannot refuse the write: the gate passes, and what it wrote is rolled back
      assertEquals(dialect == Dialect.H2 ? List.of("1", "6", "8") : List.of("1", "8"), ran);
      assertEquals(
          dialect == Dialect.H2
              ? List.of("2", "3", "4", "5", "7")
              : List.of("2", "3", "4", "5", "6", "7"),
          held,
          report.toString());
      assertEquals(List.of("0"), db.rows("select count(*) from t0").get(0).subList(0, 1));
      assertEquals(held, told.stream().map(HeldMigration::version).toList());
      HeldMigration two = report.held().get(0);
      assertEquals(Result.NOT_YET, only(two).result());
      assertEquals("42 reads in the window", only(two).details());
      assertEquals(Result.NOT_YET, only(report.held().get(1)).result());
      assertEquals("the gate returned false", only(report.held().get(1)).details());
      GateOutcome threw = only(report.held().get(2));
      assertEquals(Result.ERROR, threw.result());
      assertEquals("IllegalStateException: the audit table is unreachable", threw.details());
      GateOutcome spun = only(report.held().get(3));
      assertEquals(Result.TIMED_OUT, spun.result(), spun.toString());
      assertTrue(spun.millis() < 3000, spun.toString());
      if (dialect == Dialect.POSTGRES) {
        GateOutcome wrote = only(report.held().get(4));
        assertEquals(Result.ERROR, wrote.result());
        assertTrue(wrote.details().contains("read-only transaction"), wrote.details());
      }
      GateOutcome slow = only(report.held().get(report.held().size() - 1));
      assertEquals(Result.TIMED_OUT, slow.result(), slow.toString());
      for (String v : held) {
        assertFalse(db.tableExists(Gated.table(v)), v);
      }
      assertTrue(db.tableExists("t8"));
      assertEquals("8", report.finalVersion());
      assertTrue(
          report
              .toString()
              .contains(
                  "held 2 migration 2\n  gate noReads \"evidence of noReads\": not yet: 42 reads in the window"),
          report.toString());

      List<JournalEntry> rows = m.journal(JournalQuery.all());
      List<String> expected = new ArrayList<>(List.of("APPLIED 0", "APPLIED 1"));
      for (String v : List.of("2", "3", "4", "5", "6", "7")) {
        expected.add((held.contains(v) ? "HELD " : "APPLIED ") + v);
      }
      expected.add("APPLIED 8");
      assertEquals(expected, events(rows));
      rows = rows.subList(1, rows.size()); // the second run's
      assertEquals(1, rows.stream().map(JournalEntry::runId).distinct().count());
      JournalEntry appliedOne = rows.get(0);
      assertEquals(Result.OK, appliedOne.gates().get(0).result());
      assertEquals(List.of("team-a"), appliedOne.owners());
      assertEquals(
          List.of(Result.NOT_YET), rows.get(1).gates().stream().map(GateOutcome::result).toList());
      // nothing held is failed: status says pending, and a second run holds them again
      assertEquals(
          MigrationState.PENDING,
          m.status().stream()
              .filter(i -> i.version().equals("2"))
              .findFirst()
              .orElseThrow()
              .state());
      assertEquals(held, m.migrate().held().stream().map(HeldMigration::version).toList());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void heldHoldsDependentsAndLaterStages_unrelatedApply(Dialect dialect) throws Exception {
    AtomicBoolean pass = new AtomicBoolean(false);
    MigrationDescriptor[] ms = {
      staged(
          "10",
          "split-name",
          Stage.EXPAND,
          gate("ready", 0, db -> pass.get() ? Evidence.ok("yes") : Evidence.notYet("no"))),
      staged("11", "split-name", Stage.BACKFILL),
      dependent("12", "11"),
      plain("13"),
      staged("14", "split-name", Stage.EXPAND),
      plain("20")
    };
    try (GateDb db = GateDb.create(dialect)) {
      Migrator m = migrator(db, ms);
      MigrationReport first = m.migrate();
      assertEquals(List.of("13", "14", "20"), versions(first.executed()));
      assertEquals(1, first.held().size());
      assertEquals(List.of("11", "12"), first.held().get(0).holding());
      assertTrue(first.toString().contains("\n  holds 11, 12"), first.toString());

      ChangeInfo change = m.changes().get(0);
      assertEquals("split-name", change.name());
      assertNull(change.reached());
      assertEquals("10", change.held().get(0).version());
      assertEquals(List.of("11", "12"), change.held().get(0).holding());
      assertEquals(Result.NOT_YET, change.held().get(0).gates().get(0).result());

      pass.set(true); // the held migration now passes: it applies below 20, without outOfOrder
      MigrationReport second = m.migrate();
      assertEquals(List.of("10", "11", "12"), versions(second.executed()));
      assertTrue(second.held().isEmpty());
      assertEquals("20", second.finalVersion());
      change = m.changes().get(0);
      assertEquals(Stage.BACKFILL, change.reached());
      assertTrue(change.held().isEmpty());
      assertTrue(m.status().stream().allMatch(i -> i.state() == MigrationState.APPLIED));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void outOfOrderStillRefusedForMigrationsNoGateHolds(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      migrator(db, plain("2")).migrate();
      MigrationException e =
          assertThrows(
              MigrationException.class, () -> migrator(db, plain("1"), plain("2")).migrate());
      assertEquals(MigrationException.Reason.VALIDATION, e.reason(), e.getMessage());
      assertTrue(migrator(db, gated("1", ok("fine")), plain("2")).migrate().executed().size() == 1);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void attestationUnblocks_andThreeRefusals(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      Migrator m = migrator(db, plain("1"), attested("2", ok("clear")));
      MigrationReport first = m.migrate();
      assertEquals(List.of("1"), versions(first.executed()));
      HeldMigration h = first.held().get(0);
      assertFalse(h.attested());
      assertEquals(Result.OK, only(h).result());
      assertTrue(
          h.toString()
              .contains(
                  "attestation \"a DBA confirmed nothing reads it\": not recorded: record an attestation"
                      + " (strata attest --version 2 --by NAME --note TEXT, or Migrator.attest(\"2\", by, note))"),
          h.toString());

      MigrationException unknown =
          assertThrows(MigrationException.class, () -> m.attest("99", "alice", "x"));
      assertEquals(
          "Cannot attest 99: no migration of this build has that version. Migrations that need an"
              + " attestation: 2.",
          unknown.getMessage());
      MigrationException notAttested =
          assertThrows(MigrationException.class, () -> m.attest("1", "alice", "x"));
      assertTrue(
          notAttested.getMessage().contains("does not declare @Attested"),
          notAttested.getMessage());

      Instant before = Instant.now().minusSeconds(60);
      JournalEntry row = m.attest("2", "alice", "checked the report catalogue");
      assertEquals(JournalEvent.ATTESTED, row.event());
      assertEquals("alice", row.actor());
      assertEquals("checked the report catalogue", row.note());
      assertNull(row.runId());

      MigrationReport second = m.migrate();
      assertEquals(List.of("2"), versions(second.executed()));
      MigrationException applied =
          assertThrows(MigrationException.class, () -> m.attest("2", "bob", "again"));
      assertTrue(applied.getMessage().contains("already applied"), applied.getMessage());

      assertEquals(
          List.of("APPLIED 1", "HELD 2", "ATTESTED 2", "APPLIED 2"),
          events(m.journal(JournalQuery.all())));
      assertEquals(
          List.of("ATTESTED 2", "APPLIED 2"),
          events(m.journal(JournalQuery.all().version("2").limit(2))));
      assertEquals(
          List.of("HELD 2"), events(m.journal(JournalQuery.all().events(JournalEvent.HELD))));
      assertEquals(4, m.journal(JournalQuery.all().since(before)).size());
      assertEquals(0, m.journal(JournalQuery.all().until(before)).size());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void journalOfFailureUndoBaselineAndRepair(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      migrator(db).baseline("1");
      MigrationDescriptor failing =
          Gated.migration(
              "3",
              null,
              null,
              List.of(),
              null,
              false,
              List.of(
                  new dev.strata.runtime.MigrationStep(
                      "up",
                      Gated.BOTH,
                      0,
                      0,
                      ctx -> {
                        throw new IllegalStateException("boom");
                      })),
              List.of());
      Migrator m = migrator(db, plain("1"), plain("2"), failing);
      assertThrows(MigrationException.class, m::migrate);
      m.repair();
      migrator(db, plain("1"), plain("2")).undo("1");
      List<JournalEntry> rows = m.journal(JournalQuery.all());
      assertEquals(
          List.of("BASELINED 1", "APPLIED 2", "FAILED 3", "REPAIRED 3", "UNDONE 2"), events(rows));
      assertTrue(rows.get(2).error().contains("boom"), rows.get(2).error());
      assertEquals("removed the failed entry", rows.get(3).note());
      assertEquals(rows.get(1).runId(), rows.get(2).runId());
      assertFalse(rows.get(1).runId().equals(rows.get(4).runId()));
      assertFalse(db.tableExists("t2"));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void journalTableNameIsChecked(Dialect dialect) throws Exception {
    try (GateDb db = GateDb.create(dialect)) {
      MigrationException e =
          assertThrows(
              MigrationException.class,
              () ->
                  db.migrator()
                      .registry(new Registries.Listed(List.of(plain("1"))))
                      .journalTable("x; drop")
                      .build());
      assertEquals(MigrationException.Reason.CONFIGURATION, e.reason());
      Migrator m =
          db.migrator()
              .registry(new Registries.Listed(List.of(gated("1", notYet("n")))))
              .journalTable("audit_log")
              .build();
      m.migrate();
      assertTrue(db.tableExists("audit_log"));
      assertFalse(db.tableExists("strata_journal"));
      assertEquals(List.of("HELD 1"), events(m.journal(JournalQuery.all())));
    }
  }
}
