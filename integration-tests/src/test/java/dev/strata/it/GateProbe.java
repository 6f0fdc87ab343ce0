package dev.strata.it;

import dev.strata.runtime.Evidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The gate of {@link Scenarios#gated()}: it leaves a trace of each evaluation outside the database
 * (a gate runs read-only), so that {@link GatedProcessTest} can tell which process asked it and
 * whether two ever asked at once. {@code -Dstrata.it.gateLog=FILE} appends {@code start PID} and
 * {@code end PID} around each evaluation; {@code -Dstrata.it.gateOk=true} lets the migration
 * through; {@link Pause} step {@code gate} stops it mid-evaluation.
 */
public final class GateProbe {

  private GateProbe() {}

  public static Evidence evaluate(int version) throws IOException, InterruptedException {
    String log = System.getProperty("strata.it.gateLog");
    long pid = ProcessHandle.current().pid();
    append(log, "start " + pid);
    Pause.at("gate", version);
    // a little time inside the gate, so that a second evaluation, were the lock not held, overlaps
    Thread.sleep(50);
    append(log, "end " + pid);
    return Boolean.getBoolean("strata.it.gateOk")
        ? Evidence.ok("the test lets it through")
        : Evidence.notYet("the test holds it");
  }

  private static void append(String log, String line) throws IOException {
    if (log != null) {
      // one short write with O_APPEND: lines of several processes never mix
      Files.writeString(
          Path.of(log), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }
}
