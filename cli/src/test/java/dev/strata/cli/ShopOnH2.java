package dev.strata.cli;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.MigrationStep;
import dev.strata.runtime.Migrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.impl.SQLDataType;

/**
 * A real in-memory H2 database, and the command line against it with three migrations, written as a
 * generated registry would list them; 3 cannot be undone. Open while one connection is.
 */
final class ShopOnH2 implements AutoCloseable {

  private static final Set<Dialect> ALL = Set.of(Dialect.H2, Dialect.POSTGRES);

  static final MigrationRegistry SHOP =
      () ->
          List.of(
              migration(
                  "1",
                  "create authors",
                  db ->
                      db.dsl()
                          .createTable("authors")
                          .column("id", SQLDataType.INTEGER)
                          .column("name", SQLDataType.VARCHAR(100))
                          .execute(),
                  db -> db.dsl().dropTable("authors").execute()),
              migration(
                  "2",
                  "seed authors",
                  db -> db.execute("insert into authors (id, name) values (1, 'Le Guin')"),
                  db -> db.execute("delete from authors")),
              migration(
                  "3",
                  "add country",
                  db ->
                      db.dsl()
                          .alterTable("authors")
                          .addColumn("country", SQLDataType.CHAR(2))
                          .execute(),
                  null));

  final String url = "jdbc:h2:mem:cli-" + UUID.randomUUID();
  private final Connection keepAlive; // an in-memory database lives as long as one connection does

  ShopOnH2() throws SQLException {
    keepAlive = DriverManager.getConnection(url, "sa", "right-pw");
  }

  static MigrationDescriptor migration(
      String version, String description, MigrationStep.Body up, MigrationStep.Body down) {
    return new MigrationDescriptor(
        version,
        description,
        "test.M" + version,
        List.of(),
        true,
        List.of("team"),
        List.of(),
        "sum" + version,
        List.of(new MigrationStep("up", ALL, 0, 0, up)),
        down == null ? List.of() : List.of(new MigrationStep("down", ALL, 0, 0, down)),
        List.of(),
        List.of());
  }

  /** A connection of the test's own, to the same database. */
  Connection connection() {
    return keepAlive;
  }

  /** The command line against this database, its migrators waiting 5 s for the lock. */
  StrataCommandLine.Builder commandLine() {
    return commandLine(true);
  }

  /** {@code allowFuture}: what the application's own migrator is configured with. */
  StrataCommandLine.Builder commandLine(boolean allowFuture) {
    return CliRun.isolated()
        .environment(Map.of("STRATA_URL", url, "STRATA_USER", "sa", "STRATA_PASSWORD", "right-pw"))
        .migrators(migrators(SHOP, allowFuture));
  }

  /** Migrators of {@code registry} that print progress and wait 5 s for the lock. */
  static MigratorFactory migrators(MigrationRegistry registry, boolean allowFuture) {
    return (connection, progress) ->
        Migrator.builder()
            .url(connection.url())
            .user(connection.user())
            .password(connection.password())
            .registry(registry)
            .listener(progress)
            .lockTimeout(Duration.ofSeconds(5))
            .allowFuture(allowFuture)
            .build();
  }

  CliRun strata(String... args) {
    return CliRun.of(commandLine(), args);
  }

  CliRun strata(boolean allowFuture, String... args) {
    return CliRun.of(commandLine(allowFuture), args);
  }

  @Override
  public void close() throws SQLException {
    keepAlive.close();
  }
}
