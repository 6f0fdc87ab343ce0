package dev.strata.sample;

import com.zaxxer.hikari.HikariDataSource;
import dev.strata.cli.StrataCommandLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The bookshop's command line: the Strata commands, run against the shop's own object graph. With
 * no arguments it migrates the embedded H2 database under {@code ./data/} and prints the status
 * table; {@code --url jdbc:postgresql://…} does the same on PostgreSQL.
 */
public final class Main {

  /** Embedded, in the working directory: nothing to install for a first run. */
  static final String DEFAULT_URL = "jdbc:h2:file:./data/bookshop";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command and returns its exit code; closes the connection pools it opened. */
  static int run(String... args) {
    List<HikariDataSource> pools = new ArrayList<>();
    try {
      return StrataCommandLine.builder()
          .name("bookshop")
          .defaultUrl(DEFAULT_URL)
          .defaultCommand("migrate", "--show-status")
          .migrators(
              (connection, progress) -> {
                BookshopComponent shop =
                    DaggerBookshopComponent.factory().create(connection, progress);
                pools.add(shop.dataSource());
                return shop.migrator();
              })
          .build()
          .execute(args);
    } finally {
      pools.forEach(HikariDataSource::close);
    }
  }
}
