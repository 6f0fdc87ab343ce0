package dev.strata.it;

import dev.strata.runtime.HeldMigration;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One migrating process of {@link ProcessRaceTest}, {@link CrashTest} and {@link ProcessKillTest}:
 * waits for the agreed start time (and, with {@code -Dstrata.it.barrier=FILE}, says {@code READY}
 * and waits until that file exists), migrates with the registries ServiceLoader finds on its class
 * path, and reports on stdout: {@code APPLIED n} per migrate (then {@code HELD v} per migration it
 * held, and {@code BACKFILLING v} when it did not wait for another process's backfill of v), {@code
 * UNDONE n} per undo, {@code FAILED reason: message} and exit code 1 on a failure.
 *
 * <p>Options: {@code -Dstrata.it.target=V} migrates up to V only; {@code -Dstrata.it.rounds=K} with
 * {@code -Dstrata.it.undoTo=V} runs K rounds of undo to V then migrate; {@code
 * -Dstrata.it.lockTimeout=S} waits up to S seconds for the lock.
 */
public final class MigrateMain {

  private MigrateMain() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    long startAt = Long.parseLong(args[1]);
    Migrator.Builder builder = Migrator.builder().url(url);
    String lockTimeout = System.getProperty("strata.it.lockTimeout");
    if (lockTimeout != null) {
      builder.lockTimeout(Duration.ofSeconds(Long.parseLong(lockTimeout)));
    }
    Migrator migrator = builder.build();
    Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
    String barrier = System.getProperty("strata.it.barrier");
    if (barrier != null) {
      System.out.println("READY");
      System.out.flush();
      while (!Files.exists(Path.of(barrier))) {
        Thread.sleep(5);
      }
    }
    String target = System.getProperty("strata.it.target");
    String undoTo = System.getProperty("strata.it.undoTo");
    try {
      for (int round = Integer.getInteger("strata.it.rounds", 1); round > 0; round--) {
        if (undoTo != null) {
          System.out.println("UNDONE " + migrator.undo(undoTo).executed().size());
        }
        MigrationReport report = target == null ? migrator.migrate() : migrator.migrate(target);
        System.out.println("APPLIED " + report.executed().size());
        for (HeldMigration held : report.held()) {
          System.out.println("HELD " + held.version());
        }
        if (report.backfillElsewhere() != null) {
          System.out.println("BACKFILLING " + report.backfillElsewhere().version());
        }
      }
    } catch (MigrationException e) {
      System.out.println("FAILED " + e.reason() + ": " + e.getMessage());
      System.out.flush();
      System.exit(1);
    }
  }
}
