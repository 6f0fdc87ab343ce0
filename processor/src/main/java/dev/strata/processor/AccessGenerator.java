package dev.strata.processor;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.strata.processor.RegistryModel.CheckModel;
import dev.strata.processor.RegistryModel.Construction;
import dev.strata.processor.RegistryModel.MigrationModel;
import dev.strata.processor.RegistryModel.StepModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes {@code <Outer>_<Simple>_StrataAccess} in a migration's own package: public static methods
 * that create the migration and call its package-private methods, so a registry in another package
 * can reach them without reflection. The instance travels as {@code Object} because the registry
 * cannot name a package-private class.
 */
final class AccessGenerator {
  static final String NEW_MIGRATION = "newMigration";
  private static final ClassName DSL_CONTEXT = ClassName.get("org.jooq", "DSLContext");

  private final SourceFiles files;

  AccessGenerator(SourceFiles files) {
    this.files = files;
  }

  JavaFile generate(RegistryModel model, MigrationModel migration) {
    ClassName name = migration.access();
    TypeSpec.Builder access =
        files
            .mark(TypeSpec.classBuilder(name))
            .addJavadoc(
                "Lets {@code $L} reach the migration {@code $L}.\n",
                model.name().canonicalName(),
                migration.type().canonicalName())
            .addModifiers(PUBLIC, FINAL)
            .addOriginatingElement(migration.element())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    if (migration.construction() == Construction.NO_ARG) {
      access.addMethod(
          MethodSpec.methodBuilder(NEW_MIGRATION)
              .addModifiers(PUBLIC, STATIC)
              .returns(Object.class)
              .addStatement("return new $T()", migration.type())
              .build());
    }
    // a method may carry both @Up and @Down: one forwarder per method name
    Map<String, TypeName> methods = new LinkedHashMap<>();
    for (StepModel step : migration.up()) {
      methods.put(step.method(), TypeName.VOID);
    }
    for (StepModel step : migration.down()) {
      methods.put(step.method(), TypeName.VOID);
    }
    for (CheckModel check : migration.preChecks()) {
      methods.put(check.method(), TypeName.BOOLEAN);
    }
    for (CheckModel check : migration.postChecks()) {
      methods.put(check.method(), TypeName.BOOLEAN);
    }
    methods.forEach(
        (method, returns) ->
            access.addMethod(
                MethodSpec.methodBuilder(method)
                    .addModifiers(PUBLIC, STATIC)
                    .returns(returns)
                    .addParameter(Object.class, "migration")
                    .addParameter(DSL_CONTEXT, "db")
                    .addException(Exception.class)
                    .addStatement(
                        returns == TypeName.VOID
                            ? "(($T) migration).$N(db)"
                            : "return (($T) migration).$N(db)",
                        migration.type(),
                        method)
                    .build()));
    return SourceFiles.file(name.packageName(), access.build());
  }
}
