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
 * a {@code switch} in the registry (and in access helpers): steps, checks and gates.
 */
enum CallKind {
  STEP("runStep", TypeName.VOID, "Runs step"),
  CHECK("testCheck", TypeName.BOOLEAN, "Tests check"),
  GATE("evaluateGate", ClassName.get("dev.strata.runtime", "Evidence"), "Evaluates gate");

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
    };
  }

  /** {@code <returns> <method>(int index, Object migration, MigrationContext db)}. */
  MethodSpec signature(Names names, Modifier... modifiers) {
    return MethodSpec.methodBuilder(method)
        .addJavadoc(
            "$L {@code $N} on {@code $N}: a direct call of its method.\n",
            what,
            names.index(),
            names.migration())
        .addModifiers(modifiers)
        .returns(returns)
        .addParameter(TypeName.INT, names.index())
        .addParameter(Object.class, names.migration())
        .addParameter(RegistryGenerator.MIGRATION_CONTEXT, names.db())
        .addException(Exception.class)
        .build();
  }

  /**
   * The case that calls the method on the migration: with {@code db}, or with jOOQ's own context,
   * {@code db.dsl()}, for a method that takes {@code DSLContext}; a gate's {@code boolean} becomes
   * {@code RegistryDispatch.evidence(..)}.
   */
  Line direct(Call call, Names names) {
    String argument = names.db() + (call.method().jooq() ? ".dsl()" : "");
    String invoke = ") " + names.migration() + ")." + call.method().name() + "(" + argument + ")";
    return switch (this) {
      case STEP -> new Line("((", call.model().type(), invoke + "; return;");
      case CHECK -> new Line("return ((", call.model().type(), invoke + ";");
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
    String call = "." + method + "(" + index + ", " + names.migration() + ", " + names.db() + ");";
    return this == STEP
        ? new Line("", access, call + " return;")
        : new Line("return ", access, call);
  }
}
