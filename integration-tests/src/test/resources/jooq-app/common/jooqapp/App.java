package jooqapp;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;

/** A user's application: migrates the database its argument names and prints the status. */
public class App {
  public static void main(String[] args) {
    Migrator migrator = Migrator.builder().url(args[0]).build();
    MigrationReport report = migrator.migrate();
    System.out.println("Applied " + report.executed().size() + "; now at " + report.finalVersion());
    for (MigrationInfo row : migrator.status()) {
      System.out.println(row.version() + " " + row.state());
    }
  }
}
