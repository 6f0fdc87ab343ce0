package dev.strata.it;

import static org.junit.jupiter.api.Assertions.fail;

import dev.strata.runtime.Migrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty database for one test, dropped afterwards: an H2 database in a temporary
 * directory, or a new database on the PostgreSQL server named by {@code STRATA_PG_URL}. Where no
 * PostgreSQL server answers, PostgreSQL tests are skipped with a message, unless {@code CI=true}.
 */
final class TestDatabase implements AutoCloseable {

  static final String PG_URL =
      System.getenv()
          .getOrDefault("STRATA_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  private static final Pattern PG = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
  private static volatile String pgProblem; // null: not probed yet; "" reachable

  final Db kind;
  final String url;
  private final String name;
  private final Path directory;
  private final org.h2.tools.Server server;

  private TestDatabase(
      Db kind, String url, String name, Path directory, org.h2.tools.Server server) {
    this.kind = kind;
    this.url = url;
    this.name = name;
    this.directory = directory;
    this.server = server;
  }

  /**
   * A database that separate processes share: for H2 one served by a TCP server (an {@code
   * AUTO_SERVER} database breaks every client's connection when the process hosting it exits).
   */
  static TestDatabase createServed(Db kind) throws Exception {
    if (kind != Db.H2) {
      return create(kind);
    }
    Path directory = Files.createTempDirectory("strata-h2-");
    org.h2.tools.Server server =
        org.h2.tools.Server.createTcpServer(
                "-tcpPort", "0", "-ifNotExists", "-baseDir", directory.toString())
            .start();
    return new TestDatabase(
        kind,
        "jdbc:h2:tcp://localhost:" + server.getPort() + "/served",
        "served",
        directory,
        server);
  }

  static TestDatabase create(Db kind) {
    String name = "strata_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (kind == Db.POSTGRES) {
      requirePostgres(); // skips (or, with CI=true, fails) the test
    }
    try {
      if (kind == Db.H2) {
        Path directory = Files.createTempDirectory("strata-h2-");
        // a file database shared by every connection of the test, as separate JVMs would share it
        return new TestDatabase(
            kind,
            "jdbc:h2:file:" + directory.resolve(name) + ";AUTO_SERVER=TRUE",
            name,
            directory,
            null);
      }
      try (Connection admin = DriverManager.getConnection(PG_URL);
          Statement s = admin.createStatement()) {
        s.execute("create database " + name);
      }
      Matcher m = PG.matcher(PG_URL);
      if (!m.matches()) {
        throw new IllegalStateException(
            "STRATA_PG_URL is not a jdbc:postgresql://host/db URL: " + PG_URL);
      }
      return new TestDatabase(
          kind, m.group(1) + name + (m.group(3) == null ? "" : m.group(3)), name, null, null);
    } catch (java.io.IOException | SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void requirePostgres() {
    if (pgProblem == null) {
      try {
        DriverManager.getConnection(PG_URL).close();
        pgProblem = "";
      } catch (SQLException e) {
        pgProblem =
            "no PostgreSQL server answers at "
                + PG_URL.replaceAll("password=[^&]*", "password=***")
                + " ("
                + e.getMessage()
                + ")";
      }
    }
    if (!pgProblem.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true and " + pgProblem);
      }
      System.err.println(
          "SKIPPED PostgreSQL test: " + pgProblem + "; set STRATA_PG_URL or start the server");
      Assumptions.abort("PostgreSQL test skipped: " + pgProblem);
    }
  }

  Migrator.Builder migrator() {
    return Migrator.builder().url(url);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  void execute(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The rows of {@code sql}, each value as a string (null stays null). */
  List<List<String>> rows(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<List<String>> rows = new ArrayList<>();
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  long count(String sql) {
    return Long.parseLong(rows(sql).get(0).get(0));
  }

  /**
   * The schema as the catalog describes it: "table.column type nullable" lines of the current
   * schema, plus index names, sorted, in lower case; history tables left out.
   */
  List<String> schema() {
    List<String> lines = new ArrayList<>();
    for (List<String> row :
        rows(
            "select table_name, column_name, data_type, is_nullable"
                + " from information_schema.columns where table_schema = "
                + (kind == Db.H2 ? "'PUBLIC'" : "current_schema()"))) {
      lines.add(String.join(" ", row).toLowerCase(Locale.ROOT));
    }
    // H2 names primary key indexes by a counter: those are compared by table only
    String indexes =
        kind == Db.H2
            ? "select table_name, case when index_type_name = 'PRIMARY KEY' then 'pk' else index_name end"
                + " from information_schema.indexes where table_schema = 'PUBLIC'"
            : "select tablename, indexname from pg_indexes where schemaname = current_schema()";
    for (List<String> row : rows(indexes)) {
      lines.add((row.get(0) + " index " + row.get(1)).toLowerCase(Locale.ROOT));
    }
    // constraints: PostgreSQL with their definitions; H2 names them by a counter, so by type only
    String constraints =
        kind == Db.H2
            ? "select table_name, constraint_type from information_schema.table_constraints"
                + " where table_schema = 'PUBLIC'"
            : "select conrelid::regclass::text, contype::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
                + " from pg_constraint where connamespace = (select oid from pg_namespace where nspname = current_schema())";
    for (List<String> row : rows(constraints)) {
      lines.add((row.get(0) + " constraint " + row.get(1)).toLowerCase(Locale.ROOT));
    }
    lines.removeIf(
        line ->
            line.startsWith("strata_history")
                || line.startsWith("strata_journal")
                || line.startsWith("strata_backfill"));
    lines.sort(null);
    return lines;
  }

  /**
   * The data of every table of the current schema but Strata's own (history, journal, backfill
   * progress): "table rows=N sha256=…", the hash over the rows in order of their text, so two
   * databases with the same rows agree.
   */
  List<String> data() {
    List<String> lines = new ArrayList<>();
    for (List<String> table :
        rows(
            "select table_name from information_schema.tables where table_schema = "
                + (kind == Db.H2 ? "'PUBLIC'" : "current_schema()")
                + " and table_type in ('BASE TABLE', 'TABLE')")) {
      String name = table.get(0);
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("strata_history")
          || lower.startsWith("strata_journal")
          || lower.startsWith("strata_backfill")) { // Strata's own tables
        continue;
      }
      List<String> texts = new ArrayList<>();
      for (List<String> row : rows("select * from \"" + name + "\"")) {
        texts.add(String.join("\u0001", row.stream().map(String::valueOf).toList()));
      }
      texts.sort(null);
      try {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        texts.forEach(
            t -> sha.update((t + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        lines.add(
            name.toLowerCase(Locale.ROOT)
                + " rows="
                + texts.size()
                + " sha256="
                + java.util.HexFormat.of().formatHex(sha.digest()));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    lines.sort(null);
    return lines;
  }

  /** Everything Strata wrote to the history table, in rank order (empty when it does not exist). */
  List<List<String>> history() {
    try {
      return rows(
          "select rank, version, type, checksum, case when success then 1 else 0 end from strata_history order by rank");
    } catch (IllegalStateException noTable) {
      return List.of();
    }
  }

  /** Rank, version, type and success (1 or 0) of each history row, in rank order. */
  List<List<String>> historyOutline() {
    return rows(
        "select rank, version, type, case when success then 1 else 0 end from strata_history"
            + " order by rank");
  }

  /**
   * The {@link #historyOutline()} of versions 1…{@code count} each applied once, in order, at ranks
   * 1…{@code count}.
   */
  static List<List<String>> migratedOnce(int count) {
    return java.util.stream.IntStream.rangeClosed(1, count)
        .mapToObj(i -> List.of(String.valueOf(i), String.valueOf(i), "MIGRATE", "1"))
        .toList();
  }

  /** Drops everything in the database's current schema: back to a fresh database, quickly. */
  void reset() {
    execute(
        kind == Db.H2 ? "drop all objects" : "drop schema public cascade; create schema public");
  }

  @Override
  public void close() throws SQLException, IOException {
    if (kind == Db.H2) {
      try (Connection c = connect();
          Statement s = c.createStatement()) {
        s.execute("shutdown");
      } catch (SQLException ignored) {
        // already closed
      }
      if (server != null) {
        server.stop();
      }
      try (var files = Files.walk(directory)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } else {
      try (Connection admin = DriverManager.getConnection(PG_URL);
          Statement s = admin.createStatement()) {
        s.execute("drop database if exists " + name + " with (force)");
      }
    }
  }
}
