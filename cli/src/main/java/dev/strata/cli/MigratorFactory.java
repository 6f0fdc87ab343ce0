package dev.strata.cli;

import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.Migrator;

/**
 * Builds the {@link Migrator} a command runs against, so that an application can bring its own
 * configuration: its connection pool, its registries (for example from Dagger), its history table.
 * Called once per command that needs a database, after the command line is parsed.
 *
 * <pre>{@code
 * (connection, progress) -> Migrator.builder()
 *     .dataSource(pool(connection))
 *     .listener(progress)
 *     .build()
 * }</pre>
 */
@FunctionalInterface
public interface MigratorFactory {

  /**
   * @param connection where the user asked to connect
   * @param progress prints a line per migration, and a line while waiting for another process's
   *     lock; register it with {@link Migrator.Builder#listener(MigrationListener)} or {@code
   *     migrate} prints neither
   */
  Migrator create(ConnectionSettings connection, MigrationListener progress);

  /**
   * The factory used when the application gives none: the URL and the registries ServiceLoader
   * finds.
   */
  static MigratorFactory fromUrl() {
    return (connection, progress) ->
        Migrator.builder()
            .url(connection.url())
            .user(connection.user())
            .password(connection.password())
            .listener(progress)
            .build();
  }
}
