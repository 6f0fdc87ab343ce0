package dev.strata.runtime.spi;

import dev.strata.Dialect;
import dev.strata.Stage;
import dev.strata.runtime.MigrationBackfill;
import dev.strata.runtime.MigrationCheck;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationGate;
import dev.strata.runtime.MigrationStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a generated registry's descriptors from its listing, in version order: {@link #migration}
 * lists a migration of the common shape in one call, {@link #begin} starts any other and the calls
 * after it add to it. Steps, checks, gates and backfills are numbered apart in the order they are
 * listed: the cases of {@link RegistryDispatch#runStep}, {@link RegistryDispatch#testCheck}, {@link
 * RegistryDispatch#evaluateGate} and {@link RegistryDispatch#runBackfill}.
 *
 * <p>Short statements of literals on one builder are what javac compiles fastest: each call has one
 * method to resolve, where nested constructor and {@code List.of} calls have every overload
 * (docs/benchmarks-history.md). Listing creates no migration: they are created on first use, once
 * per registry.
 */
public final class RegistryListing {
  private final RegistryDispatch registry;
  private final Instances instances;
  private final Set<Dialect> allDialects;
  private final List<MigrationDescriptor> all;

  // the migration listed last, until the next begin(..) or build() adds it
  private String version;
  private String description;
  private String className;
  private boolean transactional;
  private String checksum;
  private List<String> dependsOn;
  private List<String> owners;
  private List<String> tags;
  private List<MigrationStep> up;
  private List<MigrationStep> down;
  private List<MigrationCheck> preChecks;
  private List<MigrationCheck> postChecks;
  private String change;
  private Stage stage;
  private List<MigrationGate> gates;
  private String attestation;
  private MigrationBackfill backfill;
  private int steps;
  private int checks;
  private int gateCount;
  private int backfills;

  /**
   * @param registry creates the migrations and calls their methods
   * @param injector builds the migrations that have {@code @Inject} constructors, by class name;
   *     {@code null} when nothing can
   * @param size how many migrations the registry lists
   * @param allDialects every dialect: what the steps of {@link #migration} cover
   */
  public RegistryListing(
      RegistryDispatch registry,
      Function<String, Object> injector,
      int size,
      Set<Dialect> allDialects) {
    this.registry = registry;
    this.instances = new Instances(registry, injector, size);
    this.allDialects = allDialects;
    this.all = new ArrayList<>(size);
  }

  /**
   * A migration with at most one dependency, owner, {@code @Down}, {@code @PreCheck} and
   * {@code @PostCheck}, no tags, and one {@code @Up}; its steps cover every dialect without timeout
   * or retries. {@code null} for what it lacks.
   */
  public void migration(
      String version,
      String description,
      String className,
      boolean transactional,
      String checksum,
      String dependsOn,
      String owner,
      String up,
      String down,
      String preCheck,
      String preCheckDescription,
      String postCheck,
      String postCheckDescription) {
    begin(version, description, className, transactional, checksum);
    if (dependsOn != null) {
      this.dependsOn.add(dependsOn);
    }
    if (owner != null) {
      owners.add(owner);
    }
    up(up, allDialects, 0, 0);
    if (down != null) {
      down(down, allDialects, 0, 0);
    }
    if (preCheck != null) {
      preCheck(preCheck, preCheckDescription);
    }
    if (postCheck != null) {
      postCheck(postCheck, postCheckDescription);
    }
  }

  /**
   * Starts a migration; the calls after it add its dependencies, owners, tags, steps and checks.
   */
  public void begin(
      String version,
      String description,
      String className,
      boolean transactional,
      String checksum) {
    add();
    this.version = version;
    this.description = description;
    this.className = className;
    this.transactional = transactional;
    this.checksum = checksum;
    this.dependsOn = new ArrayList<>();
    this.owners = new ArrayList<>();
    this.tags = new ArrayList<>();
    this.up = new ArrayList<>();
    this.down = new ArrayList<>();
    this.preChecks = new ArrayList<>();
    this.postChecks = new ArrayList<>();
    this.change = null;
    this.stage = null;
    this.gates = new ArrayList<>();
    this.attestation = null;
    this.backfill = null;
  }

  public void dependsOn(String version) {
    dependsOn.add(version);
  }

  public void owner(String owner) {
    owners.add(owner);
  }

  public void tag(String tag) {
    tags.add(tag);
  }

  public void up(String method, Set<Dialect> dialects, int timeoutSeconds, int retries) {
    up.add(new MigrationStep(method, dialects, timeoutSeconds, retries, call(steps++)));
  }

  public void down(String method, Set<Dialect> dialects, int timeoutSeconds, int retries) {
    down.add(new MigrationStep(method, dialects, timeoutSeconds, retries, call(steps++)));
  }

  public void preCheck(String method, String description) {
    preChecks.add(new MigrationCheck(method, description, call(checks++)));
  }

  public void postCheck(String method, String description) {
    postChecks.add(new MigrationCheck(method, description, call(checks++)));
  }

  /** The migration is stage {@code stage} of change {@code name}. */
  public void change(String name, Stage stage) {
    this.change = name;
    this.stage = stage;
  }

  public void gate(String method, String description, int timeoutSeconds) {
    gates.add(new MigrationGate(method, description, timeoutSeconds, call(gateCount++)));
  }

  /** The migration waits for an attestation that {@code what} was confirmed. */
  public void attested(String what) {
    this.attestation = what;
  }

  /** The migration's {@code @Backfill} method, with the annotation's values. */
  public void backfill(
      String method,
      String table,
      String key,
      int batchSize,
      int pauseMillis,
      int targetBatchMillis,
      int timeoutSeconds,
      int retries) {
    this.backfill =
        new MigrationBackfill(
            method,
            table,
            key,
            batchSize,
            pauseMillis,
            targetBatchMillis,
            timeoutSeconds,
            retries,
            call(backfills++));
  }

  /** The migrations listed, in the order they were listed. */
  public List<MigrationDescriptor> build() {
    add();
    return List.copyOf(all);
  }

  /** Step, check, gate or backfill {@code index} of the migration listed last. */
  private Call call(int index) {
    return new Call(registry, instances, all.size(), index);
  }

  /** Adds the migration listed last, if any. */
  private void add() {
    if (version != null) {
      all.add(
          new MigrationDescriptor(
              version,
              description,
              className,
              dependsOn,
              transactional,
              owners,
              tags,
              checksum,
              up,
              down,
              preChecks,
              postChecks,
              change,
              stage,
              gates,
              attestation,
              backfill));
    }
  }
}
