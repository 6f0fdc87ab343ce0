package dev.strata.processor;

import static javax.lang.model.element.Modifier.ABSTRACT;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.strata.processor.RegistryModel.Construction;
import dev.strata.processor.RegistryModel.MigrationModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.util.Elements;

/**
 * Writes the Dagger module beside the registry ({@code <Registry>Module}) and, for each migration
 * with an {@code @Inject} constructor, a small module in the migration's own package ({@code
 * <Outer>_<Simple>_StrataModule}) that binds it into a qualified {@code Map<String, Object>} by
 * class name. The registry module provides {@code MigrationRegistry} built from {@code Provider}s
 * of that map: one parameter however many migrations there are, instances created only when a step
 * runs, and package-private migrations in any package work because only their own package's module
 * names their type.
 */
final class DaggerModuleGenerator {
  private static final ClassName MODULE = ClassName.get("dagger", "Module");
  private static final ClassName PROVIDES = ClassName.get("dagger", "Provides");
  private static final ClassName BINDS = ClassName.get("dagger", "Binds");
  private static final ClassName INTO_MAP = ClassName.get("dagger.multibindings", "IntoMap");
  private static final ClassName STRING_KEY = ClassName.get("dagger.multibindings", "StringKey");
  private static final ClassName MULTIBINDS = ClassName.get("dagger.multibindings", "Multibinds");

  private final SourceFiles files;
  private final String inject; // "javax.inject" or "jakarta.inject", whichever the classpath has

  DaggerModuleGenerator(SourceFiles files, Elements elements) {
    this.files = files;
    this.inject =
        elements.getTypeElement("javax.inject.Named") != null ? "javax.inject" : "jakarta.inject";
  }

  /** The registry module, then one module per {@code @Inject} migration. */
  List<JavaFile> generate(RegistryModel model) {
    List<MigrationModel> injected =
        model.migrations().stream().filter(m -> m.construction() == Construction.INJECT).toList();
    AnnotationSpec qualifier =
        AnnotationSpec.builder(ClassName.get(inject, "Named"))
            .addMember("value", "$S", "strata:" + model.name().canonicalName())
            .build();
    TypeName map =
        ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);
    TypeName providers =
        ParameterizedTypeName.get(
            ClassName.get(Map.class),
            ClassName.get(String.class),
            ParameterizedTypeName.get(ClassName.get(inject, "Provider"), ClassName.OBJECT));

    TypeSpec.Builder module =
        files
            .mark(TypeSpec.classBuilder(model.module()))
            .addJavadoc(
                "Provides {@link $T} with the migrations that have {@code @Inject}"
                    + " constructors built by\nDagger: add it to your component's modules.\n",
                RegistryGenerator.REGISTRY)
            .addAnnotation(
                injected.isEmpty()
                    ? AnnotationSpec.builder(MODULE).build()
                    : AnnotationSpec.builder(MODULE)
                        .addMember(
                            "includes",
                            "{\n$L\n}",
                            injected.stream()
                                .map(m -> CodeBlock.of("$T.class", m.daggerModule()))
                                .collect(CodeBlock.joining(",\n")))
                        .build())
            .addModifiers(PUBLIC, ABSTRACT)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("injectedMigrations")
                    .addJavadoc(
                        "The migrations Dagger builds, by class name; empty when none has an"
                            + " {@code @Inject} constructor.\n")
                    .addAnnotation(MULTIBINDS)
                    .addAnnotation(qualifier)
                    .addModifiers(ABSTRACT)
                    .returns(map)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("registry")
                    .addAnnotation(PROVIDES)
                    .addModifiers(PUBLIC, STATIC)
                    .returns(RegistryGenerator.REGISTRY)
                    .addParameter(
                        ParameterSpec.builder(providers, "migrations")
                            .addAnnotation(qualifier)
                            .build())
                    .addStatement(
                        "return new $T(className -> migrations.get(className).get())", model.name())
                    .build());
    model.migrations().forEach(m -> module.addOriginatingElement(m.element()));

    List<JavaFile> out = new ArrayList<>();
    out.add(SourceFiles.file(model.name().packageName(), module.build()));
    for (MigrationModel migration : injected) {
      out.add(
          SourceFiles.file(
              migration.type().packageName(),
              files
                  .mark(TypeSpec.classBuilder(migration.daggerModule()))
                  .addJavadoc(
                      "Binds {@code $L} for {@code $L}.\n",
                      migration.type().canonicalName(),
                      model.module().canonicalName())
                  .addAnnotation(MODULE)
                  .addModifiers(PUBLIC, ABSTRACT)
                  .addOriginatingElement(migration.element())
                  .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
                  .addMethod(
                      MethodSpec.methodBuilder("bind")
                          .addAnnotation(BINDS)
                          .addAnnotation(INTO_MAP)
                          .addAnnotation(
                              AnnotationSpec.builder(STRING_KEY)
                                  .addMember("value", "$S", migration.type().canonicalName())
                                  .build())
                          .addAnnotation(qualifier)
                          .addModifiers(ABSTRACT)
                          .returns(Object.class)
                          .addParameter(migration.type(), "migration")
                          .build())
                  .build()));
    }
    return out;
  }
}
