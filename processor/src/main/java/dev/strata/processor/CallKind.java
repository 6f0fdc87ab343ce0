package dev.strata.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.strata.processor.Dispatch.Line;
import dev.strata.processor.RegistryGenerator.Names;
import dev.strata.processor.RegistryModel.Call;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The dispatch methods of {@code RegistryDispatch} that call a migration's methods by number, each
 * a {@code switch} in the registry (and in access helpers): steps, checks, gates and backfills.
 */
enum CallKind {
  STEP("runStep", TypeName.VOID, "Runs step"),
  CHECK("testCheck", TypeName.BOOLEAN, "Tests check"),
  GATE("evaluateGate", ClassName.get("dev.strata.runtime", "Evidence"), "Evaluates gate"),
  /** Also takes the batch's {@code KeyRange}. */
  BACKFILL("runBackfill", TypeName.INT, "Runs backfill");

  final String method;
  private final TypeName returns;
  private final String what;

  CallKind(String method, TypeName returns, String what) {
    this.method = method;
    this.returns = returns;
    this.what = what;
  }

  /** The calls of this kind in {@code model}, by number. */
  List<Call> of(RegistryModel model) {
    return switch (this) {
      case STEP -> model.steps();
      case CHECK -> model.checks();
      case GATE -> model.gates();
      case BACKFILL -> model.backfills();
    };
  }

  /**
   * Whether a registry without calls of this kind leaves the method to {@code RegistryDispatch}'s
   * default: kinds newer than registries generated before them.
   */
  boolean optional() {
    return this == GATE || this == BACKFILL;
  }

  /**
   * {@code <returns> <method>(int index, Object migration, MigrationContext db)}, and {@code
   * KeyRange range} for a backfill.
   */
  MethodSpec signature(Names names, Modifier... modifiers) {
    MethodSpec.Builder signature =
        MethodSpec.methodBuilder(method)
            .addJavadoc(
                "$L {@code $N} on {@code $N}: a direct call of its method.\n",
                what,
                names.index(),
                names.migration())
            .addModifiers(modifiers)
            .returns(returns)
            .addParameter(TypeName.INT, names.index())
            .addParameter(Object.class, names.migration())
            .addParameter(RegistryGenerator.MIGRATION_CONTEXT, names.db());
    if (this == BACKFILL) {
      signature.addParameter(RegistryGenerator.KEY_RANGE, names.range());
    }
    return signature.addException(Exception.class).build();
  }

  /**
   * The case that calls the method on the migration: with {@code db}, or with jOOQ's own context,
   * {@code db.dsl()}, for a method that takes {@code DSLContext}; a gate's {@code boolean} becomes
   * {@code RegistryDispatch.evidence(..)}.
   */
  Line direct(Call call, Names names) {
    String argument = names.db() + (call.method().jooq() ? ".dsl()" : "") + range(names);
    String invoke = ") " + names.migration() + ")." + call.method().name() + "(" + argument + ")";
    return switch (this) {
      case STEP -> new Line("((", call.model().type(), invoke + "; return;");
      case CHECK, BACKFILL -> new Line("return ((", call.model().type(), invoke + ";");
      case GATE ->
          call.method().wrap()
              ? Line.of(
                  "return ",
                  RegistryGenerator.DISPATCH,
                  ".evidence(((",
                  call.model().type(),
                  invoke + ");")
              : new Line("return ((", call.model().type(), invoke + ";");
    };
  }

  /** The case that passes call {@code index} to the access helper {@code access}. */
  Line forward(ClassName access, int index, Names names) {
    String call =
        "."
            + method
            + "("
            + index
            + ", "
            + names.migration()
            + ", "
            + names.db()
            + range(names)
            + ");";
    return this == STEP
        ? new Line("", access, call + " return;")
        : new Line("return ", access, call);
  }

  /** {@code ", range"} for a backfill, whose methods also take the batch's keys. */
  private String range(Names names) {
    return this == BACKFILL ? ", " + names.range() : "";
  }
}
