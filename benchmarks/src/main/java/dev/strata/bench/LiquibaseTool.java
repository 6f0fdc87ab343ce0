package dev.strata.bench;

import java.sql.Connection;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase reading the workload's formatted-SQL changelog, with its default settings (each
 * changeset in its own transaction); its console output goes to its logger instead.
 */
public final class LiquibaseTool implements Tool {

  private final Workload workload;

  public LiquibaseTool(Workload workload) {
    this.workload = workload;
  }

  @Override
  public String name() {
    return "Liquibase";
  }

  @Override
  @SuppressWarnings("deprecation") // Liquibase.update: the embedding API its own guide shows
  public int migrate(DataSource dataSource) throws Exception {
    Connection connection = dataSource.getConnection();
    Database database =
        DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
    // its progress goes to its logger (silenced like every tool's), not to System.out
    Scope.child(
        Scope.Attr.ui,
        new LoggerUIService(),
        () -> {
          try (Liquibase liquibase =
              new Liquibase(
                  Workload.LIQUIBASE_CHANGELOG,
                  new DirectoryResourceAccessor(workload.liquibaseDirectory()),
                  database)) {
            liquibase.update(new Contexts(), new LabelExpression());
          }
        });
    return -1; // asking first would cost Liquibase a second pass; the tables are checked instead
  }
}
