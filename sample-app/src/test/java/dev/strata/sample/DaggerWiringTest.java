package dev.strata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.strata.cli.ConnectionSettings;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.MigrationState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The registry and the migrator come out of Dagger graphs, and the injected migration runs. */
class DaggerWiringTest {

  @Test
  void testComponent_injectsTheRegistry_andMigrates() throws SQLException {
    TestShopComponent shop =
        DaggerTestShopComponent.builder()
            .inMemoryDatabase(new TestShopComponent.InMemoryDatabase("dagger-" + UUID.randomUUID()))
            .build();
    try (HikariDataSource pool = shop.dataSource()) {
      List<MigrationDescriptor> migrations = shop.registry().migrations();

      MigrationReport report = shop.migrator().migrate();

      assertEquals(15, migrations.size());
      assertEquals(List.of("accounts-team"), migrations.get(8).owners());
      assertEquals(List.of("accounts", "pii", "backfill"), migrations.get(8).tags());
      assertEquals("14", report.finalVersion());
      assertEquals(14, report.executed().size());
      assertEquals(
          List.of("15"),
          report.held().stream().map(h -> h.version()).toList(),
          "the contract waits for its evidence");
      assertEquals(
          List.of("ada@example.com", "alan@example.com", "grace.hopper@example.com"),
          emails(pool),
          "NormalizeCustomerEmails ran with the EmailNormalizer Dagger injected");
      assertTrue(
          shop.migrator().status().stream()
              .allMatch(
                  m ->
                      m.state()
                          == (m.version().equals("15")
                              ? MigrationState.PENDING
                              : MigrationState.APPLIED)));
    }
  }

  @Test
  void bookshopComponent_buildsItsPoolFromTheCommandLinesSettings() throws SQLException {
    String url = "jdbc:h2:mem:bookshop-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    List<String> progress = new ArrayList<>();
    BookshopComponent shop =
        DaggerBookshopComponent.factory()
            .create(
                new ConnectionSettings(url, "sa", "pw"),
                new dev.strata.runtime.MigrationListener() {
                  @Override
                  public void succeeded(
                      dev.strata.runtime.MigrationEvent event, java.time.Duration d) {
                    progress.add(event.position() + "/" + event.total() + " " + event.version());
                  }
                });
    try (HikariDataSource pool = shop.dataSource()) {
      shop.migrator().migrate("3");

      assertEquals(List.of("1/3 1", "2/3 2", "3/3 3"), progress);
      assertEquals(url, pool.getJdbcUrl());
      assertEquals("sa", pool.getUsername());
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement()) {
        s.execute("drop all objects"); // DB_CLOSE_DELAY=-1 keeps the database otherwise
      }
    }
  }

  private static List<String> emails(HikariDataSource pool) throws SQLException {
    List<String> emails = new ArrayList<>();
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("select email from customers order by email")) {
      while (rows.next()) {
        emails.add(rows.getString(1));
      }
    }
    return emails;
  }
}
