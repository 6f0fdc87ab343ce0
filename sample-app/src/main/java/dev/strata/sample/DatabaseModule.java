package dev.strata.sample;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dagger.Module;
import dagger.Provides;
import dev.strata.cli.ConnectionSettings;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.Migrator;
import javax.inject.Singleton;
import javax.sql.DataSource;

/** The shop's connection pool, and a migrator that uses it with the generated registry. */
@Module
public final class DatabaseModule {

  private DatabaseModule() {}

  @Provides
  @Singleton
  static HikariDataSource dataSource(ConnectionSettings connection) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("bookshop");
    config.setJdbcUrl(connection.url());
    if (connection.user() != null) {
      config.setUsername(connection.user());
    }
    if (connection.password() != null) {
      config.setPassword(connection.password());
    }
    // the migrator holds a lock and a work connection at once, and a gate runs on a third
    config.setMaximumPoolSize(3);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(10_000);
    return new HikariDataSource(config);
  }

  /** The same pool, for code that needs only a {@code DataSource}. */
  @Provides
  static DataSource plain(HikariDataSource dataSource) {
    return dataSource;
  }

  @Provides
  static Migrator migrator(
      HikariDataSource dataSource, MigrationRegistry registry, MigrationListener progress) {
    return Migrator.builder().dataSource(dataSource).registry(registry).listener(progress).build();
  }
}
