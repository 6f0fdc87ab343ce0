package dev.strata.processor;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.strata.processor.RegistryModel.CheckModel;
import dev.strata.processor.RegistryModel.Construction;
import dev.strata.processor.RegistryModel.MigrationModel;
import dev.strata.processor.RegistryModel.StepModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the registry: a class listing every migration as literals, whose steps call the migration
 * methods directly (DESIGN §4).
 *
 * <p>Steps and checks are not lambdas but numbered {@code Call}s, and one {@code switch} per
 * chunk of calls makes the direct calls. A lambda costs javac an attribution and a desugared
 * method each, and the JVM a class spun at run time on first use; 1,000 migrations are thousands
 * of them, which made javac several times slower with the processor than without, and made every
 * cold start of an application pay for spinning them (docs/benchmarks.md).
 *
 * <p>Generic calls carry explicit type arguments ({@code List.<MigrationStep>of(..)}): javac
 * attributes an argument that is an inferred generic call twice (speculatively, then for real), so
 * explicit ones let 1,000 migrations compile faster.
 */
final class RegistryGenerator {
  static final ClassName REGISTRY = ClassName.get("dev.strata.runtime", "MigrationRegistry");
  static final ClassName DESCRIPTOR = ClassName.get("dev.strata.runtime", "MigrationDescriptor");
  static final ClassName STEP = ClassName.get("dev.strata.runtime", "MigrationStep");
  static final ClassName CHECK = ClassName.get("dev.strata.runtime", "MigrationCheck");
  static final ClassName DIALECT = ClassName.get("dev.strata", "Dialect");
  static final TypeName INJECTOR =
      ParameterizedTypeName.get(
          ClassName.get(Function.class), ClassName.get(String.class), ClassName.OBJECT);

  /** Migrations per private method: the JVM caps a method at 64 KB of bytecode. */
  static final int CHUNK = 50;

  /** Cases per {@code switch} method, for the same cap. */
  static final int CASES = 500;

  private static final ClassName DSL_CONTEXT = ClassName.get("org.jooq", "DSLContext");

  private static final TypeName DESCRIPTORS =
      ParameterizedTypeName.get(ClassName.get(List.class), DESCRIPTOR);

  private final SourceFiles files;

  RegistryGenerator(SourceFiles files) {
    this.files = files;
  }

  JavaFile generate(RegistryModel model) {
    ClassName call = model.name().nestedClass("Call");
    List<MigrationModel> migrations = model.migrations();
    Calls calls = new Calls(model);
    TypeSpec.Builder registry =
        files
            .mark(TypeSpec.classBuilder(model.name()))
            .addJavadoc(
                "The migrations of this compilation, in version order; found by the runtime"
                    + " through\n{@code META-INF/services/$L}.\n",
                REGISTRY.canonicalName())
            .addModifiers(PUBLIC, FINAL)
            .addSuperinterface(REGISTRY)
            .addField(FieldSpec.builder(INJECTOR, "injector", PRIVATE, FINAL).build())
            .addField(
                FieldSpec.builder(Object[].class, "instances", PRIVATE, FINAL)
                    .addJavadoc("The migrations, each created on first use of one of its steps.\n")
                    .build())
            .addField(FieldSpec.builder(DESCRIPTORS, "migrations", PRIVATE, FINAL).build());
    migrations.forEach(m -> registry.addOriginatingElement(m.element()));

    registry.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "For {@link java.util.ServiceLoader}. Migrations with {@code @Inject}"
                    + " constructors need\n{@link #$L(Function)} instead.\n",
                model.name().simpleName())
            .addModifiers(PUBLIC)
            .addStatement("this(null)")
            .build());
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "@param injector builds the migrations that have {@code @Inject} constructors, by"
                    + " class name;\n"
                    + "    {@code null} when nothing can (see {@code $L})\n",
                model.module().canonicalName())
            .addModifiers(PUBLIC)
            .addParameter(INJECTOR, "injector")
            .addStatement("this.injector = injector")
            .addStatement("this.instances = new $T[$L]", Object.class, migrations.size())
            .addStatement("$T all = new $T<>($L)", DESCRIPTORS, ArrayList.class, migrations.size());
    for (int start = 0; start < migrations.size(); start += CHUNK) {
      String chunk = "migrations" + start / CHUNK;
      constructor.addStatement("$N(all)", chunk);
      registry.addMethod(
          chunk(
              call,
              calls,
              chunk,
              start,
              migrations.subList(start, Math.min(start + CHUNK, migrations.size()))));
    }
    constructor.addStatement("this.migrations = $T.copyOf(all)", List.class);
    registry.addMethod(constructor.build());

    registry.addMethod(
        MethodSpec.methodBuilder("migrations")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(DESCRIPTORS)
            .addStatement("return migrations")
            .build());
    if (migrations.stream().anyMatch(m -> m.construction() == Construction.INJECT)) {
      registry.addMethod(injectMethod(model));
    }
    addDispatch(
        registry,
        "call",
        TypeName.BOOLEAN,
        "Runs step or check {@code index}: a direct call of the migration's method.",
        calls.cases,
        true);
    addDispatch(
        registry,
        "newInstance",
        ClassName.OBJECT,
        "Creates migration {@code index}.",
        migrations.stream().map(m -> factory(model, m)).toList(),
        false);
    registry.addMethod(instanceMethod());
    registry.addType(callType(model.name(), call));
    return SourceFiles.file(model.name().packageName(), registry.build());
  }

  private MethodSpec chunk(
      ClassName call, Calls calls, String name, int first, List<MigrationModel> migrations) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name).addModifiers(PRIVATE).addParameter(DESCRIPTORS, "all");
    for (int i = 0; i < migrations.size(); i++) {
      MigrationModel migration = migrations.get(i);
      int index = first + i;
      method
          .addCode("all.add(new $T(\n$>$>", DESCRIPTOR)
          .addCode(
              "$S,\n$S,\n$S,\n",
              migration.version(),
              migration.description(),
              migration.type().canonicalName())
          .addCode(
              "$L,\n$L,\n$L,\n$L,\n",
              strings(migration.dependsOn()),
              migration.transactional(),
              strings(migration.owners()),
              strings(migration.tags()))
          .addCode(
              "$L,\n",
              migration.checksum() == null
                  ? CodeBlock.of("null")
                  : CodeBlock.of("$S", migration.checksum()))
          // numbered in this order: up, down, pre-checks, post-checks
          .addCode("$L,\n", steps(migration.up(), migration, index, call, calls))
          .addCode("$L,\n", steps(migration.down(), migration, index, call, calls))
          .addCode("$L,\n", checks(migration.preChecks(), migration, index, call, calls))
          .addCode("$L));\n$<$<", checks(migration.postChecks(), migration, index, call, calls));
    }
    return method.build();
  }

  /** The numbered calls of the registry: the {@code case}s of its {@code call} dispatch. */
  private static final class Calls {
    private final RegistryModel model;
    final List<CodeBlock> cases = new ArrayList<>();

    Calls(RegistryModel model) {
      this.model = model;
    }

    /** Adds a call of {@code method} on migration {@code index}; returns its number. */
    int add(int index, MigrationModel migration, String method, boolean check) {
      CodeBlock invoke;
      if (model.needsAccess(migration)) {
        invoke = CodeBlock.of("$T.$N(instance($L), db)", migration.access(), method, index);
      } else {
        invoke = CodeBlock.of("(($T) instance($L)).$N(db)", migration.type(), index, method);
      }
      cases.add(check ? CodeBlock.of("return $L;\n", invoke) : CodeBlock.of("$L;\nreturn true;\n", invoke));
      return cases.size() - 1;
    }
  }

  private static CodeBlock factory(RegistryModel model, MigrationModel migration) {
    boolean needsAccess = model.needsAccess(migration);
    if (migration.construction() == Construction.INJECT) {
      return CodeBlock.of("return inject($S);\n", migration.type().canonicalName());
    }
    return needsAccess
        ? CodeBlock.of("return $T.$N();\n", migration.access(), AccessGenerator.NEW_MIGRATION)
        : CodeBlock.of("return new $T();\n", migration.type());
  }

  /**
   * {@code name(int index…)}: a {@code switch} over {@code cases}, split into methods of {@link
   * #CASES} cases each behind one that picks the method.
   */
  private static void addDispatch(
      TypeSpec.Builder registry,
      String name,
      TypeName returns,
      String javadoc,
      List<CodeBlock> cases,
      boolean withDb) {
    MethodSpec.Builder top =
        MethodSpec.methodBuilder(name)
            .addJavadoc(javadoc + "\n")
            .addModifiers(PRIVATE)
            .returns(returns)
            .addParameter(TypeName.INT, "index");
    if (withDb) {
      top.addParameter(DSL_CONTEXT, "db").addException(Exception.class);
    }
    top.beginControlFlow("switch (index / $L)", CASES);
    for (int start = 0; start < cases.size(); start += CASES) {
      String part = name + start / CASES;
      top.addStatement(withDb ? "case $L: return $N(index, db)" : "case $L: return $N(index)", start / CASES, part);
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(part)
              .addModifiers(PRIVATE)
              .returns(returns)
              .addParameter(TypeName.INT, "index");
      if (withDb) {
        method.addParameter(DSL_CONTEXT, "db").addException(Exception.class);
      }
      method.beginControlFlow("switch (index)");
      for (int i = start; i < Math.min(start + CASES, cases.size()); i++) {
        method.addCode("case $L:\n$>$L$<", i, cases.get(i));
      }
      method.addStatement("default: throw new $T(index)", AssertionError.class);
      method.endControlFlow();
      registry.addMethod(method.build());
    }
    top.addStatement("default: throw new $T(index)", AssertionError.class);
    top.endControlFlow();
    registry.addMethod(top.build());
  }

  /** Creates a migration on first use, once per registry, so that listing the registry runs no user code. */
  private static MethodSpec instanceMethod() {
    return MethodSpec.methodBuilder("instance")
        .addJavadoc(
            "Migration {@code index}, created on first use, once per registry, so that listing"
                + " the\nregistry runs no user code.\n")
        .addModifiers(PRIVATE, javax.lang.model.element.Modifier.SYNCHRONIZED)
        .returns(Object.class)
        .addParameter(TypeName.INT, "index")
        .addStatement("$T instance = instances[index]", Object.class)
        .beginControlFlow("if (instance == null)")
        .addStatement("instance = newInstance(index)")
        .addStatement("instances[index] = instance")
        .endControlFlow()
        .addStatement("return instance")
        .build();
  }

  /** A step's body or a check's condition: call number {@code index} of the registry. */
  private static TypeSpec callType(ClassName registry, ClassName call) {
    return TypeSpec.classBuilder(call)
        .addJavadoc("A step's body or a check's condition: call {@code index} of the registry.\n")
        .addModifiers(PRIVATE, STATIC, FINAL)
        .addSuperinterface(STEP.nestedClass("Body"))
        .addSuperinterface(CHECK.nestedClass("Condition"))
        .addField(registry, "registry", PRIVATE, FINAL)
        .addField(TypeName.INT, "index", PRIVATE, FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(registry, "registry")
                .addParameter(TypeName.INT, "index")
                .addStatement("this.registry = registry")
                .addStatement("this.index = index")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("run")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .addParameter(DSL_CONTEXT, "db")
                .addException(Exception.class)
                .addStatement("registry.call(index, db)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("test")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(DSL_CONTEXT, "db")
                .addException(Exception.class)
                .addStatement("return registry.call(index, db)")
                .build())
        .build();
  }

  /** The {@code List.of(…)} of a migration's steps, each given the next call number. */
  private static CodeBlock steps(
      List<StepModel> steps, MigrationModel migration, int index, ClassName call, Calls calls) {
    return list(
        STEP,
        steps.stream()
            .map(s -> step(s, call, calls.add(index, migration, s.method(), false)))
            .toList());
  }

  /** The {@code List.of(…)} of a migration's checks, each given the next call number. */
  private static CodeBlock checks(
      List<CheckModel> checks, MigrationModel migration, int index, ClassName call, Calls calls) {
    return list(
        CHECK,
        checks.stream()
            .map(c -> check(c, call, calls.add(index, migration, c.method(), true)))
            .toList());
  }

  private static CodeBlock step(StepModel step, ClassName call, int index) {
    CodeBlock dialects =
        step.dialects().stream()
            .map(d -> CodeBlock.of("$T.$N", DIALECT, d))
            .collect(CodeBlock.joining(", "));
    return CodeBlock.of(
        "new $T($S, $T.<$T>of($L), $L, $L, new $T(this, $L))",
        STEP,
        step.method(),
        Set.class,
        DIALECT,
        dialects,
        step.timeoutSeconds(),
        step.retries(),
        call,
        index);
  }

  private static CodeBlock check(CheckModel check, ClassName call, int index) {
    return CodeBlock.of(
        "new $T($S, $S, new $T(this, $L))", CHECK, check.method(), check.description(), call, index);
  }

  private static CodeBlock strings(List<String> values) {
    return CodeBlock.of(
        "$T.<$T>of($L)",
        List.class,
        String.class,
        values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ")));
  }

  /** {@code List.<T>of()} or {@code List.<T>of(} one element per line {@code )}. */
  private static CodeBlock list(ClassName type, List<CodeBlock> elements) {
    return elements.isEmpty()
        ? CodeBlock.of("$T.<$T>of()", List.class, type)
        : CodeBlock.of("$T.<$T>of(\n$>$L$<)", List.class, type, CodeBlock.join(elements, ",\n"));
  }

  private static MethodSpec injectMethod(RegistryModel model) {
    return MethodSpec.methodBuilder("inject")
        .addModifiers(PRIVATE)
        .addParameter(String.class, "className")
        .returns(Object.class)
        .beginControlFlow("if (injector == null)")
        .addStatement(
            "throw new $T(className + $S)",
            IllegalStateException.class,
            " has an @Inject constructor with parameters, so only Dagger can build it; build the"
                + " Migrator with the MigrationRegistry that the generated Dagger module "
                + model.module().canonicalName()
                + " provides")
        .endControlFlow()
        .addStatement("return injector.apply(className)")
        .build();
  }
}
