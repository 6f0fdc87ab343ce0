package dev.strata.runtime.spi;

import dev.strata.runtime.Evidence;
import dev.strata.runtime.KeyRange;
import dev.strata.runtime.MigrationBackfill;
import dev.strata.runtime.MigrationCheck;
import dev.strata.runtime.MigrationContext;
import dev.strata.runtime.MigrationGate;
import dev.strata.runtime.MigrationStep;

/**
 * Step, check, gate or backfill {@code index} (they are numbered apart) of migration {@code
 * migration}, as a body, a condition, a probe or a filler. One class for all four, and no lambdas
 * in generated code: the runtime calls {@code run} only on bodies, {@code test} only on conditions,
 * {@code evaluate} only on probes and {@code fill} only on fillers.
 */
final class Call
    implements MigrationStep.Body,
        MigrationCheck.Condition,
        MigrationGate.Probe,
        MigrationBackfill.Filler {
  private final RegistryDispatch registry;
  private final Instances instances;
  private final int migration;
  private final int index;

  Call(RegistryDispatch registry, Instances instances, int migration, int index) {
    this.registry = registry;
    this.instances = instances;
    this.migration = migration;
    this.index = index;
  }

  @Override
  public void run(MigrationContext db) throws Exception {
    registry.runStep(index, instances.get(migration), db);
  }

  @Override
  public boolean test(MigrationContext db) throws Exception {
    return registry.testCheck(index, instances.get(migration), db);
  }

  @Override
  public Evidence evaluate(MigrationContext db) throws Exception {
    return registry.evaluateGate(index, instances.get(migration), db);
  }

  @Override
  public int fill(MigrationContext db, KeyRange range) throws Exception {
    return registry.runBackfill(index, instances.get(migration), db, range);
  }
}
