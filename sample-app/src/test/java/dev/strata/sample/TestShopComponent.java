package dev.strata.sample;

import com.zaxxer.hikari.HikariDataSource;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.Migrator;
import dev.strata.sample.migrations.StrataMigrationsModule;
import javax.inject.Singleton;

/**
 * A component written in a test, compiled by Dagger with the test sources: the generated {@link
 * StrataMigrationsModule} is all it needs besides a data source.
 */
@Singleton
@Component(modules = {StrataMigrationsModule.class, TestShopComponent.InMemoryDatabase.class})
interface TestShopComponent {

  MigrationRegistry registry();

  Migrator migrator();

  HikariDataSource dataSource();

  /** A pooled in-memory H2 database, named by the test. */
  @Module
  final class InMemoryDatabase {
    private final String name;

    InMemoryDatabase(String name) {
      this.name = name;
    }

    @Provides
    @Singleton
    HikariDataSource dataSource() {
      HikariDataSource pool = new HikariDataSource();
      pool.setJdbcUrl("jdbc:h2:mem:" + name);
      pool.setMinimumIdle(1); // an in-memory database lives while a connection does
      pool.setMaximumPoolSize(3);
      return pool;
    }

    @Provides
    static Migrator migrator(HikariDataSource dataSource, MigrationRegistry registry) {
      return Migrator.builder().dataSource(dataSource).registry(registry).build();
    }
  }
}
