package dev.strata.it;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;

/**
 * One migrating process of {@link ProcessRaceTest} and {@link CrashTest}: waits for the agreed
 * start time, migrates with the registries ServiceLoader finds on its class path, and reports on
 * stdout.
 */
public final class MigrateMain {

  private MigrateMain() {}

  public static void main(String[] args) throws InterruptedException {
    String url = args[0];
    long startAt = Long.parseLong(args[1]);
    Migrator migrator = Migrator.builder().url(url).build();
    Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
    try {
      MigrationReport report = migrator.migrate();
      System.out.println("APPLIED " + report.executed().size());
    } catch (MigrationException e) {
      System.out.println("FAILED " + e.reason() + ": " + e.getMessage());
      System.exit(1);
    }
  }
}
