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
 * A real in-memory H2 database, and the command line against it with a change whose contract is
 * gated, an {@code @Attested} migration and a dependent, written as the processor would generate
 * them:
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
final class GatedShopOnH2 implements AutoCloseable {

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
                  null,
                  "create table authors (id int, legacy_name varchar(100))",
                  "create table legacy_reads (id int)"),
              migration(
                  "2",
                  "add full name",
                  "authors-name",
                  Stage.EXPAND,
                  List.of(),
                  null,
                  "alter table authors add column full_name varchar(200)"),
              new MigrationDescriptor(
                  "3",
                  "drop legacy name",
                  "test.M3",
                  List.of(),
                  true,
                  List.of("team"),
                  List.of(),
                  "sum3",
                  List.of(up("alter table authors drop column legacy_name")),
                  List.of(),
                  List.of(),
                  List.of(),
                  "authors-name",
                  Stage.CONTRACT,
                  List.of(
                      new MigrationGate(
                          "noReads", "no reads of authors.legacy_name", 0, GatedShopOnH2::noReads)),
                  null),
              migration(
                  "4",
                  "archive exports",
                  null,
                  null,
                  List.of(),
                  ATTESTATION,
                  "create table export_archive (id int)"),
              migration(
                  "5",
                  "index full name",
                  null,
                  null,
                  List.of("3"),
                  null,
                  "create index authors_full_name on authors (full_name)"));

  final String url = "jdbc:h2:mem:cli-gated-" + UUID.randomUUID();
  private final Connection keepAlive; // an in-memory database lives as long as one connection does

  GatedShopOnH2() throws SQLException {
    keepAlive = DriverManager.getConnection(url, "sa", "");
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

  private static MigrationDescriptor migration(
      String version,
      String description,
      String change,
      Stage stage,
      List<String> dependsOn,
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
        List.of(),
        attestation);
  }

  /** Runs {@code sql} on the test's own connection, such as a read the application logs. */
  void execute(String sql) throws SQLException {
    try (Statement s = keepAlive.createStatement()) {
      s.execute(sql);
    }
  }

  CliRun strata(String... args) {
    return CliRun.of(
        CliRun.isolated()
            .environment(Map.of("STRATA_URL", url, "STRATA_USER", "sa"))
            .migrators(ShopOnH2.migrators(REGISTRY, true)),
        args);
  }

  @Override
  public void close() throws SQLException {
    keepAlive.close();
  }
}
