package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Migrator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reliability scenario 7: a history table with rows Strata did not write, history table and schema
 * names that try SQL injection, and a connection that cannot be made — each a clear error, nothing
 * changed, and the password in no output (stdout, stderr, the exception chain). On PostgreSQL every
 * URL carries a password (the local server trusts 127.0.0.1, so it is accepted and ignored), to
 * prove that no message or log line prints it.
 */
@Tag("reliability")
class HostileInputTest {

  private static final String SECRET = "Hostile-s3cret";
  private static final String INSERT =
      "insert into strata_history (rank, version, description, type,"
          + " checksum, owners, installed_by, installed_on, execution_ms, success) values ";

  /** What a run printed, and how it failed. */
  private record Outcome(MigrationException error, String output) {}

  private static String url(TestDatabase db) {
    return db.kind == Db.POSTGRES
        ? db.url + (db.url.contains("?") ? "&" : "?") + "password=" + SECRET
        : db.url;
  }

  /** Runs {@code run} with stdout and stderr captured; it must throw a MigrationException. */
  private static Outcome capture(Migrator migrator, Consumer<Migrator> run) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
    MigrationException e;
    System.setOut(both);
    System.setErr(both); // slf4j-simple logs here
    try {
      e = assertThrows(MigrationException.class, () -> run.accept(migrator));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String output = captured.toString(StandardCharsets.UTF_8) + "\n" + migrator;
    for (Throwable t = e; t != null; t = t.getCause()) {
      output += "\n" + t;
      for (Throwable s : t.getSuppressed()) {
        output += "\n" + s;
      }
    }
    assertFalse(output.contains(SECRET), output);
    return new Outcome(e, output);
  }

  /**
   * Migrates the shop to 2, lets {@code tamper} write to the history, then expects every operation
   * to refuse ({@code status()} too, unless {@code readable}: it reports what it can read).
   */
  private static void refused(Db kind, String tamper, Reason reason, String phrase)
      throws Exception {
    refused(kind, tamper, reason, phrase, false);
  }

  private static void refused(
      Db kind, String tamper, Reason reason, String phrase, boolean readable) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator =
          Migrator.builder().url(url(db)).registry(Scenarios.shop().registry()).build();
      migrator.migrate("2");
      for (String sql : tamper.split(";\n")) {
        db.execute(sql);
      }
      List<Object> before = List.of(db.schema(), db.data(), db.history());

      List<Consumer<Migrator>> operations =
          new java.util.ArrayList<>(
              List.of(Migrator::migrate, Migrator::validate, m -> m.undo("1"), Migrator::plan));
      if (!readable) { // status() reports a readable row as MISSING; repair() leaves missing rows
        // alone
        operations.addAll(List.of(Migrator::status, Migrator::repair));
      }
      for (Consumer<Migrator> operation : operations) {
        Outcome outcome = capture(migrator, operation);
        assertEquals(reason, outcome.error().reason(), outcome.error().getMessage());
        assertTrue(outcome.error().getMessage().contains(phrase), outcome.error().getMessage());
      }

      assertEquals(before, List.of(db.schema(), db.data(), db.history()), "nothing changed");
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void historyRowOfAnUnknownVersion_refused(Db kind) throws Exception {
    // below the registries' newest version (5): missing; above it, a newer build's
    // (FutureVersionTest)
    refused(
        kind,
        INSERT + "(3, '2.5', 'by hand', 'MIGRATE', null, '', 'dba', current_timestamp, 0, true)",
        Reason.VALIDATION,
        "-> 2.5 (by hand) is applied, but no registry has it",
        true);
    try (TestDatabase db = TestDatabase.create(kind)) { // and status() shows it for what it is
      Migrator migrator = db.migrator().registry(Scenarios.shop().registry()).build();
      migrator.migrate("2");
      db.execute(
          INSERT + "(3, '2.5', 'by hand', 'MIGRATE', null, '', 'dba', current_timestamp, 0, true)");
      db.execute(
          INSERT + "(4, '999', 'by hand', 'MIGRATE', null, '', 'dba', current_timestamp, 0, true)");
      List<MigrationInfo> status = migrator.status();
      assertEquals(MigrationState.MISSING, status.get(2).state());
      assertEquals(MigrationState.FUTURE, status.get(6).state());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void historyRowWhoseVersionIsNotAVersion_refused(Db kind) throws Exception {
    refused(
        kind,
        INSERT
            + "(3, '3; drop table users', 'x', 'MIGRATE', null, '', 'dba', current_timestamp, 0, true)",
        Reason.VALIDATION,
        "'3; drop table users'");
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void historyRowFromANewerStrata_refused(Db kind) throws Exception {
    refused(
        kind,
        INSERT
            + "(3, '3', 'add email to users', 'SQL_SCRIPT', null, '', 'strata 9', current_timestamp, 0, true)",
        Reason.VALIDATION,
        "has type 'SQL_SCRIPT', which this version of Strata does not know");
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void duplicatedRank_refused(Db kind) throws Exception {
    String pk = kind == Db.H2 ? "\"STRATA_HISTORY_PK\"" : "strata_history_pk";
    refused(
        kind,
        "alter table strata_history drop constraint "
            + pk
            + ";\n"
            + INSERT
            + "(2, '3', 'add email to users', 'MIGRATE', null, '', 'dba', current_timestamp, 0, true)",
        Reason.VALIDATION,
        "rank 2");
  }

  /**
   * A newer Strata's extra column: a nullable one is no obstacle; a NOT NULL one fails the history
   * write, atomically.
   */
  @ParameterizedTest
  @EnumSource(Db.class)
  void historyWithExtraColumns_nullableIsIgnored_notNullFailsTheHistoryWriteAtomically(Db kind)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator =
          Migrator.builder().url(url(db)).registry(Scenarios.shop().registry()).build();
      migrator.migrate("2");
      db.execute("alter table strata_history add column host varchar(100)");
      assertEquals(1, migrator.migrate("3").executed().size());

      db.execute("alter table strata_history add column tenant varchar(100) default 'x' not null");
      db.execute("alter table strata_history alter column tenant drop default");
      List<Object> before = List.of(db.schema(), db.data(), db.history());
      Outcome outcome = capture(migrator, Migrator::migrate);

      assertEquals(Reason.MIGRATION_FAILED, outcome.error().reason());
      assertEquals("4", outcome.error().version());
      assertEquals("history row", outcome.error().step());
      assertTrue(
          outcome.error().getMessage().contains("TENANT")
              || outcome.error().getMessage().contains("tenant"),
          outcome.error().getMessage());
      if (kind == Db.POSTGRES) {
        assertEquals(
            before,
            List.of(db.schema(), db.data(), db.history()),
            "migration 4 rolled back with its row");
      } else { // H2 commits DDL at once: migration 4's CREATE TABLE stays, and the message says so
        assertEquals(before.get(2), db.history());
        assertEquals(
            before.get(1), db.data().stream().filter(line -> line.startsWith("users")).toList());
        assertTrue(
            outcome.error().getMessage().contains("H2 commits DDL statements at once"),
            outcome.error().getMessage());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void injectionInHistoryTableOrSchemaName_refusedBeforeConnecting(Db kind) throws Exception {
    List<String> names =
        List.of(
            "strata_history; drop table users",
            "strata_history\"; drop table users; --",
            "strata_history' or '1'='1",
            "users --",
            "public.users",
            "strata_histοry", // a Greek omicron
            "x".repeat(64),
            "",
            "strata_history\u0000",
            "$$; drop table users; $$");
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.migrator().registry(Scenarios.shop().registry()).build().migrate("2");
      List<Object> before = List.of(db.schema(), db.data(), db.history());
      int refused = 0;
      for (String name : names) {
        for (boolean asSchema : new boolean[] {false, true}) {
          Migrator.Builder builder =
              Migrator.builder().url(url(db)).registry(Scenarios.shop().registry());
          MigrationException e =
              assertThrows(
                  MigrationException.class,
                  () -> (asSchema ? builder.schema(name) : builder.historyTable(name)).build(),
                  name);
          assertEquals(Reason.CONFIGURATION, e.reason(), name);
          assertTrue(e.getMessage().contains("is not a valid identifier"), e.getMessage());
          assertFalse(e.getMessage().contains(SECRET));
          refused++;
        }
      }
      assertEquals(before, List.of(db.schema(), db.data(), db.history()), "nothing changed");
      assertEquals(names.size() * 2, refused);
    }
  }

  /** H2 checks passwords: a database created by "sa" with another password refuses ours. */
  @Test
  void wrongPassword_onH2_clearErrorWithoutThePassword() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.H2);
        java.sql.Connection owner =
            java.sql.DriverManager.getConnection(db.url, "sa", "the-right-one")) {
      for (Migrator migrator :
          List.of(
              Migrator.builder()
                  .url(db.url)
                  .user("sa")
                  .password(SECRET)
                  .registry(Scenarios.shop().registry())
                  .build(),
              Migrator.builder()
                  .url(db.url + ";USER=sa;PASSWORD=" + SECRET)
                  .registry(Scenarios.shop().registry())
                  .build())) {
        for (Consumer<Migrator> operation :
            List.<Consumer<Migrator>>of(Migrator::migrate, Migrator::status)) {
          Outcome outcome = capture(migrator, operation);
          assertEquals(Reason.CONNECTION, outcome.error().reason());
          assertTrue(
              outcome.error().getMessage().contains("Wrong user name or password"),
              outcome.error().getMessage());
        }
      }
      try (var s = owner.createStatement();
          var r =
              s.executeQuery(
                  "select count(*) from information_schema.tables where table_schema = 'PUBLIC'")) {
        r.next();
        assertEquals(0, r.getInt(1), "nothing changed");
      }
    }
  }

  /**
   * The local server trusts every connection from 127.0.0.1 (pg_hba.conf: {@code host all all
   * 127.0.0.1/32 trust}), so a wrong password cannot fail here; a database that does not exist
   * fails the same connection step, with the password in the URL and in {@code password(...)}.
   */
  @Test
  void connectionRefused_clearErrorWithoutThePassword() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES)) {
      String url =
          url(db)
              .replace("/" + db.url.replaceAll(".*/([^/?]*).*", "$1") + "?", "/no_such_database?");
      Migrator migrator =
          Migrator.builder()
              .url(url)
              .user("nobody")
              .password(SECRET)
              .registry(Scenarios.shop().registry())
              .build();
      for (Consumer<Migrator> operation :
          List.<Consumer<Migrator>>of(
              Migrator::migrate,
              Migrator::validate,
              Migrator::status,
              Migrator::plan,
              Migrator::repair)) {
        Outcome outcome = capture(migrator, operation);
        assertEquals(Reason.CONNECTION, outcome.error().reason());
        assertTrue(
            outcome.error().getMessage().contains("no_such_database"),
            outcome.error().getMessage());
        assertTrue(
            outcome.error().getMessage().contains("password=***"), outcome.error().getMessage());
      }
      assertEquals(List.of(), db.history());
    }
  }
}
