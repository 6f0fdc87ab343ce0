package dev.strata.bench;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Flyway reading the workload's SQL files from the file system, with its default settings. */
public final class FlywayTool implements Tool {

  private final Workload workload;

  public FlywayTool(Workload workload) {
    this.workload = workload;
  }

  @Override
  public String name() {
    return "Flyway";
  }

  @Override
  public int migrate(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("filesystem:" + workload.flywayDirectory())
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
