package dev.strata.processor;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.strata.processor.Dispatch.Line;
import dev.strata.processor.RegistryGenerator.Names;
import dev.strata.processor.RegistryModel.Call;
import dev.strata.processor.RegistryModel.Construction;
import dev.strata.processor.RegistryModel.MigrationModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes {@code <Registry>Access} in each package whose migrations the registry cannot reach
 * (package-private, in another package): public static methods that create those migrations and
 * call their methods, by the registry's numbers, so the registry reaches them without reflection.
 * Instances travel as {@code Object} because the registry cannot name a package-private class. One
 * helper per package, not per migration: each is a compilation unit more for javac.
 */
final class AccessGenerator {
  private final SourceFiles files;

  AccessGenerator(SourceFiles files) {
    this.files = files;
  }

  /** One helper per package that needs one, by package name. */
  List<JavaFile> generate(RegistryModel model) {
    Map<ClassName, Cases> helpers = new TreeMap<>();
    List<MigrationModel> migrations = model.migrations();
    for (int i = 0; i < migrations.size(); i++) {
      MigrationModel migration = migrations.get(i);
      if (model.needsAccess(migration)) {
        Cases cases = helpers.computeIfAbsent(model.access(migration), name -> new Cases());
        cases.migrations.add(migration);
        if (migration.construction() == Construction.NO_ARG) { // the registry injects the others
          cases.instances.put(i, RegistryGenerator.newMigration(migration));
        }
      }
    }
    for (CallKind kind : CallKind.values()) {
      addCalls(model, kind, helpers);
    }

    List<JavaFile> out = new ArrayList<>();
    helpers.forEach(
        (name, cases) -> {
          TypeSpec.Builder access =
              files
                  .mark(TypeSpec.classBuilder(name))
                  .addJavadoc(
                      "Lets {@code $L} reach the package-private migrations of {@code $L}.\n",
                      model.name().canonicalName(),
                      name.packageName())
                  .addModifiers(PUBLIC, FINAL)
                  .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
          cases.migrations.forEach(m -> access.addOriginatingElement(m.element()));
          if (!cases.instances.isEmpty()) {
            Dispatch.add(
                access,
                RegistryGenerator.newInstance(Names.PLAIN, PUBLIC, STATIC),
                cases.instances);
          }
          cases.calls.forEach(
              (kind, calls) -> {
                if (!calls.isEmpty()) {
                  Dispatch.add(access, kind.signature(Names.PLAIN, PUBLIC, STATIC), calls);
                }
              });
          out.add(SourceFiles.file(name.packageName(), access.build()));
        });
    return out;
  }

  private static void addCalls(RegistryModel model, CallKind kind, Map<ClassName, Cases> helpers) {
    List<Call> calls = kind.of(model);
    for (int i = 0; i < calls.size(); i++) {
      Call call = calls.get(i);
      if (model.needsAccess(call.model())) {
        helpers
            .get(model.access(call.model()))
            .calls
            .computeIfAbsent(kind, k -> new TreeMap<>())
            .put(i, kind.direct(call, Names.PLAIN));
      }
    }
  }

  /** What one helper dispatches, by the registry's numbers. */
  private static final class Cases {
    final List<MigrationModel> migrations = new ArrayList<>();
    final SortedMap<Integer, Line> instances = new TreeMap<>();
    final Map<CallKind, SortedMap<Integer, Line>> calls = new EnumMap<>(CallKind.class);
  }
}
