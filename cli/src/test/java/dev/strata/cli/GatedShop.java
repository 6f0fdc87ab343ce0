package dev.strata.cli;

import dev.strata.Dialect;
import dev.strata.Stage;
import dev.strata.runtime.Evidence;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationGate;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.MigrationStep;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A real database, in-memory H2 or a new PostgreSQL one, and the command line against it with a
 * change whose contract is gated, an {@code @Attested} migration and a dependent, written as the
 * processor would generate them:
 *
 * <ol>
 *   <li>1 creates {@code authors} and {@code legacy_reads}, where the application logs each read of
 *       the old column;
 *   <li>2 (change {@code authors-name}, EXPAND) adds {@code full_name};
 *   <li>3 (CONTRACT) drops {@code legacy_name}, gated on no row in {@code legacy_reads};
 *   <li>4 needs an attestation;
 *   <li>5 depends on 3.
 * </ol>
 */
final class GatedShop implements AutoCloseable {

  private static final Set<Dialect> ALL = Set.of(Dialect.H2, Dialect.POSTGRES);

  static final String ATTESTATION = "a DBA confirmed the nightly export is off";

  static final MigrationRegistry REGISTRY =
      () ->
          List.of(
              migration(
                  "1",
                  "create authors",
                  null,
                  null,
                  List.of(),
                  List.of(),
                  null,
                  "create table authors (id int, legacy_name varchar(100))",
                  "create table legacy_reads (id int)"),
              migration(
                  "2",
                  "add full name",
                  "authors-name",
                  Stage.EXPAND,
                  List.of(),
                  List.of(),
                  null,
                  "alter table authors add column full_name varchar(200)"),
              migration(
                  "3",
                  "drop legacy name",
                  "authors-name",
                  Stage.CONTRACT,
                  List.of(),
                  List.of(
                      new MigrationGate(
                          "noReads", "no reads of authors.legacy_name", 0, GatedShop::noReads)),
                  null,
                  "alter table authors drop column legacy_name"),
              migration(
                  "4",
                  "archive exports",
                  null,
                  null,
                  List.of(),
                  List.of(),
                  ATTESTATION,
                  "create table export_archive (id int)"),
              migration(
                  "5",
                  "index full name",
                  null,
                  null,
                  List.of("3"),
                  List.of(),
                  null,
                  "create index authors_full_name on authors (full_name)"));

  final Dialect dialect;
  private final MigrationRegistry registry;
  private final Map<String, String> environment; // STRATA_* as an operator would set them
  private final Connection connection; // the application's; on H2 it keeps the database alive
  private final PostgresDatabase postgres; // null on H2

  private GatedShop(
      Dialect dialect,
      MigrationRegistry registry,
      Map<String, String> environment,
      Connection connection,
      PostgresDatabase postgres) {
    this.dialect = dialect;
    this.registry = registry;
    this.environment = environment;
    this.connection = connection;
    this.postgres = postgres;
  }

  /** The shop of {@link #REGISTRY} on a new database of {@code dialect}. */
  static GatedShop create(Dialect dialect) throws SQLException {
    return create(dialect, REGISTRY);
  }

  /** The migrations of {@code registry} on a new database of {@code dialect}. */
  static GatedShop create(Dialect dialect, MigrationRegistry registry) throws SQLException {
    if (dialect == Dialect.H2) {
      String url = "jdbc:h2:mem:cli-gated-" + UUID.randomUUID();
      return new GatedShop(
          dialect,
          registry,
          Map.of("STRATA_URL", url, "STRATA_USER", "sa"),
          DriverManager.getConnection(url, "sa", ""),
          null);
    }
    PostgresDatabase postgres = PostgresDatabase.create();
    try {
      return new GatedShop(
          dialect,
          registry,
          Map.of("STRATA_URL", postgres.url), // the user is in the URL
          DriverManager.getConnection(postgres.url),
          postgres);
    } catch (SQLException e) {
      postgres.close(); // no test will: drop the database it cannot reach
      throw e;
    }
  }

  /** Live evidence, as an application would gather it: the reads it logged of the old column. */
  private static Evidence noReads(dev.strata.runtime.MigrationContext db) throws SQLException {
    try (Statement s = db.connection().createStatement();
        ResultSet r = s.executeQuery("select count(*) from legacy_reads")) {
      r.next();
      long reads = r.getLong(1);
      return reads == 0
          ? Evidence.ok("0 reads recorded")
          : Evidence.notYet(reads + " reads recorded");
    }
  }

  private static MigrationStep up(String... statements) {
    return new MigrationStep(
        "up",
        ALL,
        0,
        0,
        db -> {
          for (String sql : statements) {
            db.execute(sql);
          }
        });
  }

  /** A migration as the processor lists it, running {@code statements} on every dialect. */
  static MigrationDescriptor migration(
      String version,
      String description,
      String change,
      Stage stage,
      List<String> dependsOn,
      List<MigrationGate> gates,
      String attestation,
      String... statements) {
    return new MigrationDescriptor(
        version,
        description,
        "test.M" + version,
        dependsOn,
        true,
        List.of("team"),
        List.of(),
        "sum" + version,
        List.of(up(statements)),
        List.of(),
        List.of(),
        List.of(),
        change,
        stage,
        gates,
        attestation,
        null);
  }

  /** Runs {@code sql} on the test's own connection, such as a read the application logs. */
  void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  /** The first column of the first row of {@code select}, as a string. */
  String queryOne(String select) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(select)) {
      r.next();
      return r.getString(1);
    }
  }

  CliRun strata(String... args) {
    return strata(registry, args);
  }

  /** The command line with the migrations of {@code registry}, as another build would run it. */
  CliRun strata(MigrationRegistry registry, String... args) {
    return CliRun.of(
        CliRun.isolated().environment(environment).migrators(ShopOnH2.migrators(registry, true)),
        args);
  }

  /** The database user, as the journal names it: {@code SA} on H2, the URL's user on PostgreSQL. */
  String user() throws SQLException {
    return connection.getMetaData().getUserName();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
    if (postgres != null) {
      postgres.close();
    }
  }
}
