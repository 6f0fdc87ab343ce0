package dev.strata.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;

/**
 * Everything the generators need, built from valid migrations only and sorted by version then class
 * name, so the same input always yields the same bytes.
 *
 * @param name the registry class
 * @param migrations in version order
 * @param dagger whether Dagger is on the processor path (then a Dagger module is generated)
 * @param dialects every {@code Dialect} constant: what a step without {@code dialects} covers
 */
record RegistryModel(
    ClassName name, List<MigrationModel> migrations, boolean dagger, List<String> dialects) {

  RegistryModel {
    migrations = List.copyOf(migrations);
    dialects = List.copyOf(dialects);
  }

  /** The Dagger module generated beside the registry: {@code <Registry>Module}. */
  ClassName module() {
    return name.peerClass(name.simpleName() + "Module");
  }

  /** Whether the registry must go through the access helper of {@code migration}'s package. */
  boolean needsAccess(MigrationModel migration) {
    return !migration.reachable() && !migration.type().packageName().equals(name.packageName());
  }

  /**
   * {@code <Registry>Access} in {@code migration}'s package: reaches that package's package-private
   * migrations for the registry.
   */
  ClassName access(MigrationModel migration) {
    return ClassName.get(migration.type().packageName(), name.simpleName() + "Access");
  }

  /**
   * A step or check method of migration number {@code migration} (in version order). The registry
   * numbers steps (each migration's {@code @Up} then {@code @Down} methods) and checks (its
   * {@code @PreCheck} then {@code @PostCheck} methods) in the order it lists them.
   */
  record Call(int migration, MigrationModel model, Method method) {}

  /**
   * A step, check or gate method as the registry calls it.
   *
   * @param jooq whether it takes jOOQ's {@code DSLContext} (it gets {@code db.dsl()}) rather than
   *     {@code MigrationContext}
   * @param wrap whether its {@code boolean} becomes evidence ({@code RegistryDispatch.evidence})
   */
  record Method(String name, boolean jooq, boolean wrap) {
    Method(String name, boolean jooq) {
      this(name, jooq, false);
    }
  }

  /** The steps, by number. */
  List<Call> steps() {
    return calls(MigrationModel::stepMethods);
  }

  /** The checks, by number. */
  List<Call> checks() {
    return calls(MigrationModel::checkMethods);
  }

  /** The gates, by number. */
  List<Call> gates() {
    return calls(MigrationModel::gateMethods);
  }

  /** The backfills, by number: at most one per migration. */
  List<Call> backfills() {
    return calls(MigrationModel::backfillMethods);
  }

  private List<Call> calls(Function<MigrationModel, List<Method>> methods) {
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < migrations.size(); i++) {
      for (Method method : methods.apply(migrations.get(i))) {
        calls.add(new Call(i, migrations.get(i), method));
      }
    }
    return calls;
  }

  /** How generated code builds a migration. */
  enum Construction {
    /** {@code new X()}. */
    NO_ARG,
    /** Only Dagger can build it: its {@code @Inject} constructor takes parameters. */
    INJECT
  }

  /**
   * One migration.
   *
   * @param reachable whether the class, its constructor and its Strata methods are public, so code
   *     in any package may call them without an access helper
   * @param checksum SHA-256 of the methods' syntax trees; {@code null} without trees
   * @param change the {@code @Change} name and stage; {@code null} for a migration of no change
   * @param attested what a person must confirm ({@code @Attested}); {@code null} for no one
   * @param backfill its {@code @Backfill} method; {@code null} for none
   */
  record MigrationModel(
      TypeElement element,
      ClassName type,
      String version,
      String description,
      List<String> dependsOn,
      boolean transactional,
      List<String> owners,
      List<String> tags,
      String checksum,
      Construction construction,
      boolean reachable,
      List<StepModel> up,
      List<StepModel> down,
      List<CheckModel> preChecks,
      List<CheckModel> postChecks,
      ChangeModel change,
      List<GateModel> gates,
      String attested,
      BackfillModel backfill) {

    MigrationModel {
      gates = List.copyOf(gates);
      dependsOn = List.copyOf(dependsOn);
      owners = List.copyOf(owners);
      tags = List.copyOf(tags);
      up = List.copyOf(up);
      down = List.copyOf(down);
      preChecks = List.copyOf(preChecks);
      postChecks = List.copyOf(postChecks);
    }

    /** Its {@code @Up} then its {@code @Down} methods, in the order the registry lists them. */
    List<Method> stepMethods() {
      List<Method> methods = new ArrayList<>();
      up.forEach(step -> methods.add(new Method(step.method(), step.jooq())));
      down.forEach(step -> methods.add(new Method(step.method(), step.jooq())));
      return methods;
    }

    /** Its {@code @PreCheck} then its {@code @PostCheck} methods, in the registry's order. */
    List<Method> checkMethods() {
      List<Method> methods = new ArrayList<>();
      preChecks.forEach(check -> methods.add(new Method(check.method(), check.jooq())));
      postChecks.forEach(check -> methods.add(new Method(check.method(), check.jooq())));
      return methods;
    }

    /** Its {@code @Gate} methods, in source order: the order the registry lists them. */
    List<Method> gateMethods() {
      List<Method> methods = new ArrayList<>();
      gates.forEach(gate -> methods.add(new Method(gate.method(), gate.jooq(), gate.wrap())));
      return methods;
    }

    /** Its {@code @Backfill} method, if it has one. */
    List<Method> backfillMethods() {
      return backfill == null ? List.of() : List.of(new Method(backfill.method(), backfill.jooq()));
    }

    /** {@code <Outer>_<Simple>_StrataModule}: binds an {@code @Inject} migration into Dagger. */
    ClassName daggerModule() {
      return ClassName.get(
          type.packageName(), String.join("_", type.simpleNames()) + "_StrataModule");
    }
  }

  /**
   * An {@code @Up} or {@code @Down} method.
   *
   * @param dialects the dialect constants it covers, never empty ("all" is spelled out)
   * @param jooq whether it takes {@code DSLContext} rather than {@code MigrationContext}
   */
  record StepModel(
      String method, List<String> dialects, int timeoutSeconds, int retries, boolean jooq) {
    StepModel {
      dialects = List.copyOf(dialects);
    }
  }

  /**
   * A {@code @PreCheck} or {@code @PostCheck} method.
   *
   * @param jooq whether it takes {@code DSLContext} rather than {@code MigrationContext}
   */
  record CheckModel(String method, String description, boolean jooq) {}

  /**
   * A {@code @Change}.
   *
   * @param stage the {@code Stage} constant's name
   */
  record ChangeModel(String name, String stage) {}

  /**
   * A {@code @Gate} method.
   *
   * @param jooq whether it takes {@code DSLContext} rather than {@code MigrationContext}
   * @param wrap whether it returns {@code boolean} rather than {@code Evidence}
   */
  record GateModel(
      String method, String description, int timeoutSeconds, boolean jooq, boolean wrap) {}

  /**
   * A {@code @Backfill} method, with the annotation's values.
   *
   * @param jooq whether it takes {@code DSLContext} rather than {@code MigrationContext}
   */
  record BackfillModel(
      String method,
      String table,
      String key,
      int batchSize,
      int pauseMillis,
      int targetBatchMillis,
      int timeoutSeconds,
      int retries,
      boolean jooq) {}
}
