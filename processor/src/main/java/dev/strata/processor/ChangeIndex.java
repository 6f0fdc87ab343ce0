package dev.strata.processor;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.strata.processor.RegistryModel.MigrationModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Lets a later compilation find this one's change migrations on its classpath, so that a change
 * whose expand is in a library and whose contract is in the application is checked as one.
 *
 * <p>A registry whose migrations include stages of a change gets a class in package {@value
 * #PACKAGE}, named after the registry, whose constant {@value #FIELD} lists those migrations' class
 * names. javac lists a package's classes across every jar and directory of the classpath ({@link
 * PackageElement#getEnclosedElements()}), where {@code Filer.getResource} finds only the first
 * resource of a name; and it reads {@code @Migration} and {@code @Change} (CLASS retention) from
 * the listed class files. No classpath scanning at run time: this runs in javac only.
 */
final class ChangeIndex {
  static final String PACKAGE = "dev.strata.changes";
  static final String FIELD = "MIGRATIONS";

  private ChangeIndex() {}

  /**
   * {@code com.acme.db.StrataMigrations} → {@code dev.strata.changes.com_acme_db_StrataMigrations}.
   */
  static ClassName name(ClassName registry) {
    return ClassName.get(
        PACKAGE, registry.reflectionName().replace("_", "__").replace('.', '_').replace('$', '_'));
  }

  /** The index class of {@code registry}, or none when no migration of it is a stage. */
  static List<TypeSpec> generate(RegistryModel registry, SourceFiles files) {
    List<String> names = new ArrayList<>();
    TypeSpec.Builder index = files.mark(TypeSpec.classBuilder(name(registry.name())));
    for (MigrationModel migration : registry.migrations()) {
      if (migration.change() != null) {
        names.add(migration.element().getQualifiedName().toString());
        index.addOriginatingElement(migration.element());
      }
    }
    if (names.isEmpty()) {
      return List.of();
    }
    return List.of(
        index
            .addJavadoc(
                "The migrations of {@code $L} that are stages of a change: what the Strata"
                    + " processor\nreads when a later compilation has them on its classpath.\n",
                registry.name().canonicalName())
            .addModifiers(PUBLIC, FINAL)
            .addField(
                FieldSpec.builder(String.class, FIELD, PUBLIC, STATIC, FINAL)
                    .initializer("$S", String.join(",", names))
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
            .build());
  }

  /**
   * The change migrations that the index classes on the classpath list, but for those of {@code
   * own} (an earlier compilation of this registry, whose output is on the classpath).
   */
  static List<TypeElement> read(Elements elements, ClassName own) {
    PackageElement pkg = elements.getPackageElement(PACKAGE);
    List<TypeElement> migrations = new ArrayList<>();
    if (pkg == null) {
      return migrations;
    }
    String ownName = name(own).canonicalName();
    for (TypeElement index : ElementFilter.typesIn(pkg.getEnclosedElements())) {
      if (index.getQualifiedName().contentEquals(ownName)) {
        continue;
      }
      for (VariableElement field : ElementFilter.fieldsIn(index.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(FIELD)
            && field.getConstantValue() instanceof String list) {
          for (String name : list.split(",")) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) { // a class gone from the classpath: nothing to check
              migrations.add(type);
            }
          }
        }
      }
    }
    return migrations;
  }
}
