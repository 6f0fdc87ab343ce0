package dev.strata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import dev.strata.cli.ConnectionSettings;
import dev.strata.runtime.MigrationListener;
import dev.strata.test.Rehearsal;
import dev.strata.test.RehearsalReport;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every sample migration up, down and up again, compared by the test kit. */
class RehearsalTest {

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void everyDownRestoresWhatItsUpChanged(String kind) throws Exception {
    PostgresDatabase postgres = kind.equals("postgres") ? PostgresDatabase.create() : null;
    String url =
        postgres == null
            ? "jdbc:h2:mem:rehearse-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
            : postgres.url();
    BookshopComponent shop =
        DaggerBookshopComponent.factory()
            .create(new ConnectionSettings(url, null, null), new MigrationListener() {});
    try (HikariDataSource pool = shop.dataSource()) {
      RehearsalReport report = Rehearsal.of(pool).registry(shop.migrations()).assertReversible();

      assertEquals(15, report.migrations().size(), report.toString());
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }
}
