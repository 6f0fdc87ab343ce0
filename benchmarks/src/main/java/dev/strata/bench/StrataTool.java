package dev.strata.bench;

import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.Migrator;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * Strata with the registry the processor generated for the workload's migrations written against
 * {@code MigrationContext}: the main Strata tool, the one the goals compare with the JDBC floor. In
 * a cold-start JVM the compiled migrations are on the class path and the registry is found by
 * {@code ServiceLoader}, as in an application; in the long-running harness each workload has its
 * own class loader and the registry is handed to the builder.
 */
public class StrataTool implements Tool {

  private final MigrationRegistry registry; // null: ServiceLoader

  public StrataTool(Workload workload) throws Exception {
    this(workload.strataClasses());
  }

  /** Strata with the migrations compiled into {@code classes}. */
  StrataTool(Path classes) throws Exception {
    if (Boolean.getBoolean("bench.cold")) {
      this.registry = null;
    } else {
      ClassLoader loader =
          new URLClassLoader(
              new URL[] {classes.toUri().toURL()}, StrataTool.class.getClassLoader());
      this.registry =
          Class.forName(Workload.STRATA_REGISTRY, true, loader)
              .asSubclass(MigrationRegistry.class)
              .getConstructor()
              .newInstance();
    }
  }

  @Override
  public String name() {
    return "Strata (MigrationContext)";
  }

  @Override
  public int migrate(DataSource dataSource) {
    Migrator.Builder builder = Migrator.builder().dataSource(dataSource);
    if (registry != null) {
      builder.registry(registry);
    }
    return builder.build().migrate().executed().size();
  }
}
