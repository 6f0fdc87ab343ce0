package dev.strata.test;

import static java.util.Objects.requireNonNull;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Migrator;
import dev.strata.test.MigrationRehearsal.Outcome;
import dev.strata.test.internal.CatalogSnapshot;
import dev.strata.test.internal.Differences;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import javax.sql.DataSource;

/**
 * Rehearses every pending migration up, down and up again on a real database, and compares the
 * catalog and the data each time (docs/testing.md):
 *
 * <pre>{@code
 * Rehearsal.of(dataSource).registry(new MyRegistry()).assertReversible();
 * }</pre>
 *
 * <p>Each option returns a new rehearsal; the database is only touched by {@link #run()}.
 */
public final class Rehearsal {

  /** Loads seed rows through a connection before the rehearsal starts. */
  @FunctionalInterface
  public interface Seed {
    void load(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;
  private final List<MigrationRegistry> registries;
  private final String schema;
  private final String historyTable;
  private final List<Seed> seeds;

  private Rehearsal(
      DataSource dataSource,
      List<MigrationRegistry> registries,
      String schema,
      String historyTable,
      List<Seed> seeds) {
    this.dataSource = dataSource;
    this.registries = List.copyOf(registries);
    this.schema = schema;
    this.historyTable = historyTable;
    this.seeds = List.copyOf(seeds);
  }

  /** A rehearsal on {@code dataSource}, of the registries on the class path unless given. */
  public static Rehearsal of(DataSource dataSource) {
    return new Rehearsal(
        requireNonNull(dataSource, "dataSource"), List.of(), null, null, List.of());
  }

  /** Rehearses {@code registry} (repeat for several) instead of those found on the class path. */
  public Rehearsal registry(MigrationRegistry registry) {
    List<MigrationRegistry> all = new ArrayList<>(registries);
    all.add(requireNonNull(registry, "registry"));
    return new Rehearsal(dataSource, all, schema, historyTable, seeds);
  }

  /** The schema to migrate and compare; the connection's current schema by default. */
  public Rehearsal schema(String schema) {
    return new Rehearsal(
        dataSource, registries, requireNonNull(schema, "schema"), historyTable, seeds);
  }

  /** The history table's name, when not Strata's default. */
  public Rehearsal historyTable(String name) {
    return new Rehearsal(dataSource, registries, schema, requireNonNull(name, "name"), seeds);
  }

  /** Runs {@code statements} (one statement each) before the rehearsal starts. */
  public Rehearsal seed(String... statements) {
    List<String> sql = List.of(statements);
    return seed(
        connection -> {
          try (Statement statement = connection.createStatement()) {
            for (String each : sql) {
              statement.execute(each);
            }
          }
        });
  }

  /** Runs {@code seed} before the rehearsal starts, in its own committed transaction. */
  public Rehearsal seed(Seed seed) {
    List<Seed> all = new ArrayList<>(seeds);
    all.add(requireNonNull(seed, "seed"));
    return new Rehearsal(dataSource, registries, schema, historyTable, all);
  }

  /**
   * Seeds, then for each pending migration in order: snapshots, applies it, snapshots, runs its
   * {@code @Down} and compares with the first snapshot, applies it again and compares with the
   * second. Stops at the first difference, leaving the database as that step left it.
   */
  public RehearsalReport run() {
    try (Connection connection = dataSource.getConnection()) {
      for (Seed seed : seeds) {
        seed.load(connection);
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
      }
      boolean h2 = connection.getMetaData().getDatabaseProductName().contains("H2");
      String compared = schema != null ? schema : connection.getSchema();
      Migrator migrator = migrator();
      Map<String, MigrationDescriptor> known = new HashMap<>();
      // the runtime finds the same registries on the class path when none is given
      List<MigrationRegistry> listed = registries;
      if (listed.isEmpty()) {
        listed = new ArrayList<>();
        ServiceLoader.load(MigrationRegistry.class).forEach(listed::add);
      }
      for (MigrationRegistry registry : listed) {
        registry.migrations().forEach(m -> known.put(m.version(), m));
      }
      String previous = "0";
      List<MigrationInfo> pending = new ArrayList<>();
      for (MigrationInfo info : migrator.status()) {
        if (info.state() == MigrationState.PENDING) {
          pending.add(info);
        } else if (info.state() == MigrationState.APPLIED
            || info.state() == MigrationState.BASELINE) {
          previous = info.version();
        }
      }
      List<MigrationRehearsal> rehearsed = new ArrayList<>();
      Dialect dialect = h2 ? Dialect.H2 : Dialect.POSTGRES;
      for (MigrationInfo info : pending) {
        CatalogSnapshot before = CatalogSnapshot.read(connection, compared, h2);
        migrator.migrate(info.version());
        MigrationDescriptor descriptor = known.get(info.version());
        if (descriptor == null || descriptor.down(dialect).isEmpty()) {
          rehearsed.add(
              new MigrationRehearsal(
                  info.version(), info.description(), Outcome.IRREVERSIBLE, List.of()));
        } else {
          CatalogSnapshot after = CatalogSnapshot.read(connection, compared, h2);
          migrator.undo(previous);
          List<String> differences =
              Differences.between(before, CatalogSnapshot.read(connection, compared, h2));
          if (differences.isEmpty()) {
            migrator.migrate(info.version());
            differences =
                Differences.between(after, CatalogSnapshot.read(connection, compared, h2));
          }
          Outcome outcome = differences.isEmpty() ? Outcome.REVERSIBLE : Outcome.DIFFERENT;
          rehearsed.add(
              new MigrationRehearsal(info.version(), info.description(), outcome, differences));
          if (outcome == Outcome.DIFFERENT) {
            break;
          }
        }
        previous = info.version();
      }
      return new RehearsalReport(rehearsed);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The rehearsal could not read the database: " + e.getMessage(), e);
    }
  }

  /** Runs the rehearsal and throws an {@link AssertionError} with its report when one differs. */
  public RehearsalReport assertReversible() {
    RehearsalReport report = run();
    if (report.firstFailure().isPresent()) {
      throw new AssertionError(report.toString());
    }
    return report;
  }

  private Migrator migrator() {
    Migrator.Builder builder = Migrator.builder().dataSource(dataSource);
    registries.forEach(builder::registry);
    if (schema != null) {
      builder.schema(schema);
    }
    if (historyTable != null) {
      builder.historyTable(historyTable);
    }
    return builder.build();
  }
}
