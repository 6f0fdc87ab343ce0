package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.Stage;
import dev.strata.runtime.Evidence;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationGate;
import dev.strata.runtime.MigrationStep;
import java.util.List;
import java.util.Set;

/**
 * Hand-built migrations with gates, as the processor would generate them: migration {@code v}
 * creates table {@code t<v>} (dots as underscores), so a test sees from the schema what ran.
 */
final class Gated {

  private Gated() {}

  static final Set<Dialect> BOTH = Set.of(Dialect.H2, Dialect.POSTGRES);

  static String table(String version) {
    return "t" + version.replace('.', '_');
  }

  static MigrationStep creates(String version) {
    return new MigrationStep(
        "up", BOTH, 0, 0, db -> db.execute("create table " + table(version) + " (id int)"));
  }

  static MigrationStep drops(String version) {
    return new MigrationStep("down", BOTH, 0, 0, db -> db.execute("drop table " + table(version)));
  }

  static MigrationGate gate(String method, int timeoutSeconds, MigrationGate.Probe probe) {
    return new MigrationGate(method, "evidence of " + method, timeoutSeconds, probe);
  }

  static MigrationGate ok(String method) {
    return gate(method, 0, db -> Evidence.ok("all clear"));
  }

  static MigrationGate notYet(String method) {
    return gate(method, 0, db -> Evidence.notYet("42 reads in the window"));
  }

  /** A migration of {@code change} at {@code stage} (both null for none). */
  static MigrationDescriptor migration(
      String version,
      String change,
      Stage stage,
      List<String> dependsOn,
      String attestation,
      boolean transactional,
      List<MigrationStep> up,
      List<MigrationGate> gates) {
    return new MigrationDescriptor(
        version,
        "migration " + version,
        "app.V" + version.replace('.', '_'),
        dependsOn,
        transactional,
        List.of("team-a"),
        List.of(),
        "sum" + version,
        up,
        List.of(drops(version)),
        List.of(),
        List.of(),
        change,
        stage,
        gates,
        attestation,
        null);
  }

  static MigrationDescriptor plain(String version) {
    return migration(
        version, null, null, List.of(), null, true, List.of(creates(version)), List.of());
  }

  static MigrationDescriptor gated(String version, MigrationGate... gates) {
    return migration(
        version, null, null, List.of(), null, true, List.of(creates(version)), List.of(gates));
  }

  static MigrationDescriptor staged(
      String version, String change, Stage stage, MigrationGate... gates) {
    return migration(
        version, change, stage, List.of(), null, true, List.of(creates(version)), List.of(gates));
  }

  static MigrationDescriptor attested(String version, MigrationGate... gates) {
    return migration(
        version,
        null,
        null,
        List.of(),
        "a DBA confirmed nothing reads it",
        true,
        List.of(creates(version)),
        List.of(gates));
  }

  static MigrationDescriptor dependent(String version, String... dependsOn) {
    return migration(
        version, null, null, List.of(dependsOn), null, true, List.of(creates(version)), List.of());
  }
}
