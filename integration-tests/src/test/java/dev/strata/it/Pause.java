package dev.strata.it;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a migrating process of {@link ProcessKillTest} stops so that the test can kill it there or
 * let it go on. Migrations compiled by {@link Scenario} call it; {@code -Dstrata.it.pause=STEP:V}
 * (STEP {@code up} or {@code postcheck}) names the step of version V that pauses: it prints {@code
 * PAUSED STEP V}, then waits until the file {@code -Dstrata.it.latch} exists (or, without one, for
 * ten minutes: until it is killed).
 */
public final class Pause {

  private Pause() {}

  public static void at(String step, int version) throws InterruptedException {
    if (!(step + ":" + version).equals(System.getProperty("strata.it.pause"))) {
      return;
    }
    System.out.println("PAUSED " + step + " " + version);
    System.out.flush();
    String latch = System.getProperty("strata.it.latch");
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (System.nanoTime() < deadline && (latch == null || !Files.exists(Path.of(latch)))) {
      Thread.sleep(10);
    }
  }
}
