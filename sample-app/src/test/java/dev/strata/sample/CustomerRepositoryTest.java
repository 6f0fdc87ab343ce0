package dev.strata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.strata.Stage;
import dev.strata.cli.ConnectionSettings;
import dev.strata.runtime.GateOutcome;
import dev.strata.runtime.HeldMigration;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import dev.strata.sample.CustomerRepository.Customer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The change {@code customers-split-name} from the application's side, on H2 and PostgreSQL: at
 * each stage the repository writes and reads the shapes the database has, and the contract waits
 * for its gate's evidence and an attestation.
 */
class CustomerRepositoryTest {

  /** The held contract as the report says it, times aside; docs/changes.md quotes it. */
  private static final String HELD_YOUNG =
      """
      held 15 drop customer full name (change customers-split-name, CONTRACT)
        gate fullNameUnread "no statement has read customers.full_name for 14 days": not yet: column_usage counts reads since <time>, less than 14 days: a shorter watch proves nothing
        attestation "the reporting team confirmed that no report or export reads customers.full_name": not recorded: record an attestation (strata attest --version 15 --by NAME --note TEXT, or Migrator.attest("15", by, note))
      """;

  private static final CustomerName EDSGER = new CustomerName("Edsger", "Dijkstra");
  private static final CustomerName BARBARA = new CustomerName("Barbara", "Liskov");

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void eachStage_writesAndReadsTheShapesTheDatabaseHas(String kind) throws Exception {
    try (Shop shop = Shop.open(kind)) {
      CustomerRepository customers = shop.component.customers();
      Migrator migrator = shop.component.migrator();

      migrator.migrate("11"); // before the change: full_name only
      assertEquals(Optional.empty(), migrator.stage(CustomerRepository.CHANGE));
      customers.add(" Edsger@Example.com", EDSGER);
      assertEquals(Optional.of(EDSGER), name(customers, "edsger@example.com"));
      assertEquals(List.of("Edsger Dijkstra"), shop.column("full_name", "edsger@example.com"));

      migrator.migrate("12"); // EXPAND: writes both shapes, reads full_name and counts the read
      assertEquals(Optional.of(Stage.EXPAND), migrator.stage(CustomerRepository.CHANGE));
      customers.add("barbara@example.com", BARBARA);
      assertEquals(
          List.of("Barbara Liskov", "Barbara", "Liskov"),
          shop.columns("barbara@example.com", "full_name", "first_name", "last_name"));
      assertEquals(Optional.of(EDSGER), name(customers, "edsger@example.com"));
      assertEquals(null, shop.column("first_name", "edsger@example.com").get(0), "not backfilled");
      assertEquals("1", shop.usage("reads"), "the read of full_name is counted");

      migrator.migrate("13"); // BACKFILL: reads the new columns, no longer counts
      assertEquals(Optional.of(Stage.BACKFILL), migrator.stage(CustomerRepository.CHANGE));
      shop.execute("update customers set full_name = 'Not Read' where email = 'ada@example.com'");
      assertEquals(
          Optional.of(new CustomerName("Ada", "Lovelace")), name(customers, "ada@example.com"));
      assertEquals(Optional.of(EDSGER), name(customers, "edsger@example.com"));
      assertEquals("1", shop.usage("reads"));

      migrator.migrate("14"); // CONSTRAIN: still writes both, for what still reads full_name
      customers.add("tony@example.com", new CustomerName("Tony", "Hoare"));
      assertEquals(List.of("Tony Hoare"), shop.column("full_name", "tony@example.com"));

      // CONTRACT: held while full_name was read within 14 days, or counted for less than that
      String prefix = kind.equals("postgres") ? "pg_stat_statements is not loaded; " : "";
      MigrationReport tooYoung = migrator.migrate();
      GateOutcome young = onlyGate(tooYoung);
      if (kind.equals("h2")) {
        assertEquals(
            HELD_YOUNG,
            tooYoung.held().get(0).toString().replaceAll("\\d{4}-\\d\\d-\\d\\dT[\\d:]+", "<time>")
                + "\n");
      }
      assertEquals(GateOutcome.Result.NOT_YET, young.result());
      assertTrue(
          young
              .details()
              .matches(
                  prefix
                      + "column_usage counts reads since \\S+, less than 14 days: a shorter watch"
                      + " proves nothing"),
          young.details());
      shop.backdateUsage(30, 2); // counted for 30 days, last read 2 days ago
      GateOutcome recent = onlyGate(migrator.migrate());
      assertEquals(GateOutcome.Result.NOT_YET, recent.result());
      assertTrue(
          recent.details().matches(prefix + "column_usage: 1 read since \\S+, the last at \\S+"),
          recent.details());
      shop.backdateUsage(30, 15);
      MigrationReport unattested = migrator.migrate();
      HeldMigration held = unattested.held().get(0);
      assertEquals(GateOutcome.Result.OK, onlyGate(unattested).result());
      assertFalse(held.attested(), "the gate passed, the attestation is missing");
      assertTrue(
          held.gates().get(0).details().matches(prefix + "column_usage: no read since \\S+ .*"),
          held.gates().get(0).details());
      assertEquals(List.of("Tony Hoare"), shop.column("full_name", "tony@example.com"));
      assertEquals(Map.of(CustomerRepository.CHANGE, Stage.CONSTRAIN), migrator.stages());

      migrator.attest("15", "dana", "checked the report catalogue and the export jobs");
      MigrationReport contracted = migrator.migrate();
      assertEquals(List.of(), contracted.held());
      assertEquals("15", contracted.finalVersion());
      assertEquals(Optional.of(Stage.CONTRACT), migrator.stage(CustomerRepository.CHANGE));
      customers.add("grace@example.com", new CustomerName("Grace", "Hopper"));
      assertEquals(
          Optional.of(new CustomerName("Grace", "Hopper")), name(customers, "grace@example.com"));
      assertEquals(Optional.of(EDSGER), name(customers, "edsger@example.com"));

      migrator.undo("11"); // every @Down of the change, newest first: full_name comes back
      assertEquals(List.of("Grace Hopper"), shop.column("full_name", "grace@example.com"));
      assertEquals(Optional.of(BARBARA), name(customers, "barbara@example.com"));
    }
  }

  private static Optional<CustomerName> name(CustomerRepository customers, String email)
      throws SQLException {
    return customers.findByEmail(email).map(Customer::name);
  }

  /** The one held migration of a run, 15, and its one gate's outcome. */
  private static GateOutcome onlyGate(MigrationReport report) {
    assertEquals(
        List.of("15"), report.held().stream().map(HeldMigration::version).toList(), "" + report);
    return report.held().get(0).gates().get(0);
  }

  /** The bookshop's object graph on a database of its own. */
  private static final class Shop implements AutoCloseable {
    final BookshopComponent component;
    private final HikariDataSource pool;
    private final PostgresDatabase postgres;

    private Shop(String url, PostgresDatabase postgres) {
      this.component =
          DaggerBookshopComponent.factory()
              .create(new ConnectionSettings(url, null, null), new MigrationListener() {});
      this.pool = component.dataSource();
      this.postgres = postgres;
    }

    static Shop open(String kind) throws SQLException {
      if (kind.equals("h2")) {
        return new Shop("jdbc:h2:mem:shop-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null);
      }
      PostgresDatabase database = PostgresDatabase.create();
      Shop shop = new Shop(database.url(), database);
      // installed but not preloaded, as on most servers: querying it would fail, so the gate
      // must notice and use column_usage
      shop.execute("create extension if not exists pg_stat_statements");
      return shop;
    }

    List<String> column(String column, String email) throws SQLException {
      return columns(email, column);
    }

    List<String> columns(String email, String... columns) throws SQLException {
      try (Connection c = pool.getConnection();
          PreparedStatement s =
              c.prepareStatement(
                  "select " + String.join(", ", columns) + " from customers where email = ?")) {
        s.setString(1, email);
        try (ResultSet row = s.executeQuery()) {
          assertTrue(row.next(), "no customer " + email);
          List<String> values = new ArrayList<>();
          for (int i = 1; i <= columns.length; i++) {
            values.add(row.getString(i));
          }
          return values;
        }
      }
    }

    String usage(String column) throws SQLException {
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement();
          ResultSet row =
              s.executeQuery(
                  "select " + column + " from column_usage where column_name = 'full_name'")) {
        row.next();
        return row.getString(1);
      }
    }

    /**
     * As if the counting had begun {@code countedDays} ago and the last read was {@code lastRead}
     * ago.
     */
    void backdateUsage(int countedDays, int lastReadDays) throws SQLException {
      LocalDateTime now = LocalDateTime.now().withNano(0);
      try (Connection c = pool.getConnection();
          PreparedStatement s =
              c.prepareStatement(
                  "update column_usage set tracked_since = ?, last_read_at = ?"
                      + " where column_name = 'full_name'")) {
        s.setObject(1, now.minusDays(countedDays));
        s.setObject(2, now.minusDays(lastReadDays));
        s.executeUpdate();
      }
    }

    void execute(String sql) throws SQLException {
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement()) {
        s.execute(sql);
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        if (postgres == null) {
          execute("drop all objects"); // DB_CLOSE_DELAY=-1 keeps the database otherwise
        }
      } finally {
        pool.close();
        if (postgres != null) {
          postgres.close();
        }
      }
    }
  }
}
