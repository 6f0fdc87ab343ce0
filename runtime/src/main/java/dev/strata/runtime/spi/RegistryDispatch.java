package dev.strata.runtime.spi;

import dev.strata.runtime.Evidence;
import dev.strata.runtime.KeyRange;
import dev.strata.runtime.MigrationContext;
import java.util.function.Function;

/**
 * Implemented by a generated registry: one {@code switch} each that creates its migrations and
 * calls their methods directly, by the numbers {@link RegistryListing} gives them.
 */
public interface RegistryDispatch {

  /**
   * Creates migration {@code index}, in listing order.
   *
   * @param injector builds a migration whose {@code @Inject} constructor takes parameters, by class
   *     name; it throws when the registry was built without one
   */
  Object newInstance(int index, Function<String, Object> injector);

  /** Runs step {@code index} on {@code migration}, which {@link #newInstance} created. */
  void runStep(int index, Object migration, MigrationContext db) throws Exception;

  /** Tests check {@code index} on {@code migration}, which {@link #newInstance} created. */
  boolean testCheck(int index, Object migration, MigrationContext db) throws Exception;

  /**
   * Evaluates gate {@code index} on {@code migration}, which {@link #newInstance} created. A
   * registry whose migrations have no gates need not implement it.
   */
  default Evidence evaluateGate(int index, Object migration, MigrationContext db) throws Exception {
    throw new AssertionError(index);
  }

  /**
   * Runs backfill {@code index} for the batch {@code range} on {@code migration}, which {@link
   * #newInstance} created, and returns the rows it changed. A registry whose migrations have no
   * backfills need not implement it.
   */
  default int runBackfill(int index, Object migration, MigrationContext db, KeyRange range)
      throws Exception {
    throw new AssertionError(index);
  }

  /** The evidence of a gate that returns {@code boolean}. */
  static Evidence evidence(boolean passed) {
    return passed
        ? Evidence.ok("the gate returned true")
        : Evidence.notYet("the gate returned false");
  }
}
