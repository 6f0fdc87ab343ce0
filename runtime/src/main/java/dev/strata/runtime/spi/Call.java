package dev.strata.runtime.spi;

import dev.strata.runtime.Evidence;
import dev.strata.runtime.MigrationCheck;
import dev.strata.runtime.MigrationContext;
import dev.strata.runtime.MigrationGate;
import dev.strata.runtime.MigrationStep;

/**
 * Step, check or gate {@code index} (they are numbered apart) of migration {@code migration}, as a
 * body, a condition or a probe. One class for all three, and no lambdas in generated code: the
 * runtime calls {@code run} only on bodies, {@code test} only on conditions and {@code evaluate}
 * only on probes.
 */
final class Call implements MigrationStep.Body, MigrationCheck.Condition, MigrationGate.Probe {
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
}
