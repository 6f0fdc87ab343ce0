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
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.strata.processor.RegistryModel.CheckModel;
import dev.strata.processor.RegistryModel.Construction;
import dev.strata.processor.RegistryModel.MigrationModel;
import dev.strata.processor.RegistryModel.StepModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes the registry: a class listing every migration as literals, whose steps call the migration
 * methods directly (DESIGN §4).
 *
 * <p>Generic calls carry explicit type arguments ({@code List.<MigrationStep>of(..)}): javac
 * attributes an argument that is an inferred generic call twice (speculatively, then for real),
 * lambdas inside it included, so explicit ones let 1,000 migrations compile markedly faster.
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

  private static final TypeName DESCRIPTORS =
      ParameterizedTypeName.get(ClassName.get(List.class), DESCRIPTOR);

  private final SourceFiles files;

  RegistryGenerator(SourceFiles files) {
    this.files = files;
  }

  JavaFile generate(RegistryModel model) {
    ClassName instance = model.name().nestedClass("Instance");
    List<MigrationModel> migrations = model.migrations();
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
            .addStatement("$T all = new $T<>($L)", DESCRIPTORS, ArrayList.class, migrations.size());
    for (int start = 0; start < migrations.size(); start += CHUNK) {
      String chunk = "migrations" + start / CHUNK;
      constructor.addStatement("$N(all)", chunk);
      registry.addMethod(
          chunk(
              model,
              instance,
              chunk,
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
    registry.addType(instanceType(instance));
    return SourceFiles.file(model.name().packageName(), registry.build());
  }

  private MethodSpec chunk(
      RegistryModel model, ClassName instanceType, String name, List<MigrationModel> migrations) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name).addModifiers(PRIVATE).addParameter(DESCRIPTORS, "all");
    NameAllocator names = new NameAllocator();
    names.newName("all");
    names.newName("db");
    for (MigrationModel migration : migrations) {
      String instance =
          names.newName(decapitalize(String.join("", migration.type().simpleNames())));
      Call call = new Call(migration, model.needsAccess(migration), instance);
      TypeName instanceOf = call.needsAccess ? ClassName.OBJECT : migration.type();
      method.addStatement(
          "$T $N = new $T($L)",
          ParameterizedTypeName.get(instanceType, instanceOf),
          instance,
          ParameterizedTypeName.get(instanceType, instanceOf),
          factory(call));
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
          .addCode("$L,\n", list(STEP, migration.up().stream().map(s -> step(s, call)).toList()))
          .addCode("$L,\n", list(STEP, migration.down().stream().map(s -> step(s, call)).toList()))
          .addCode(
              "$L,\n",
              list(CHECK, migration.preChecks().stream().map(c -> check(c, call)).toList()))
          .addCode(
              "$L));\n$<$<",
              list(CHECK, migration.postChecks().stream().map(c -> check(c, call)).toList()));
    }
    return method.build();
  }

  /** How one migration's instance is referenced from the registry. */
  private record Call(MigrationModel migration, boolean needsAccess, String instance) {

    /** A direct call of {@code method} on the instance, or through the access helper. */
    CodeBlock invoke(String method) {
      return needsAccess
          ? CodeBlock.of("$T.$N($N.get(), db)", migration.access(), method, instance)
          : CodeBlock.of("$N.get().$N(db)", instance, method);
    }
  }

  private static CodeBlock factory(Call call) {
    MigrationModel migration = call.migration();
    if (migration.construction() == Construction.INJECT) {
      return call.needsAccess()
          ? CodeBlock.of("() -> inject($S)", migration.type().canonicalName())
          : CodeBlock.of(
              "() -> ($T) inject($S)", migration.type(), migration.type().canonicalName());
    }
    return call.needsAccess()
        ? CodeBlock.of("$T::$N", migration.access(), AccessGenerator.NEW_MIGRATION)
        : CodeBlock.of("$T::new", migration.type());
  }

  private static CodeBlock step(StepModel step, Call call) {
    CodeBlock dialects =
        step.dialects().stream()
            .map(d -> CodeBlock.of("$T.$N", DIALECT, d))
            .collect(CodeBlock.joining(", "));
    return CodeBlock.of(
        "new $T($S, $T.<$T>of($L), $L, $L, db -> $L)",
        STEP,
        step.method(),
        Set.class,
        DIALECT,
        dialects,
        step.timeoutSeconds(),
        step.retries(),
        call.invoke(step.method()));
  }

  private static CodeBlock check(CheckModel check, Call call) {
    return CodeBlock.of(
        "new $T($S, $S, db -> $L)",
        CHECK,
        check.method(),
        check.description(),
        call.invoke(check.method()));
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

  /** Creates a migration on first use, so that listing the registry runs no user code. */
  private static TypeSpec instanceType(ClassName name) {
    TypeVariableName t = TypeVariableName.get("T");
    return TypeSpec.classBuilder(name)
        .addJavadoc(
            "Creates a migration on first use, once per registry, so that listing the\n"
                + "registry runs no user code.\n")
        .addModifiers(PRIVATE, STATIC, FINAL)
        .addTypeVariable(t)
        .addField(
            ParameterizedTypeName.get(ClassName.get(Supplier.class), t), "factory", PRIVATE, FINAL)
        .addField(t, "instance", PRIVATE)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(
                    ParameterizedTypeName.get(ClassName.get(Supplier.class), t), "factory")
                .addStatement("this.factory = factory")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("get")
                .addModifiers(javax.lang.model.element.Modifier.SYNCHRONIZED)
                .returns(t)
                .beginControlFlow("if (instance == null)")
                .addStatement("instance = factory.get()")
                .endControlFlow()
                .addStatement("return instance")
                .build())
        .build();
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
