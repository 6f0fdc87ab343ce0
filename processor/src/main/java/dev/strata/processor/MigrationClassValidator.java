package dev.strata.processor;

import static dev.strata.processor.Code.AMBIGUOUS_UP;
import static dev.strata.processor.Code.BAD_VERSION;
import static dev.strata.processor.Code.MISSING_DIALECT;
import static dev.strata.processor.Code.MISSING_UP;
import static dev.strata.processor.Code.NOT_A_CLASS;
import static dev.strata.processor.Code.NOT_INSTANTIABLE;
import static dev.strata.processor.Code.UP_AND_DOWN;
import static javax.lang.model.element.Modifier.ABSTRACT;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;
import static javax.lang.model.util.ElementFilter.constructorsIn;
import static javax.lang.model.util.ElementFilter.methodsIn;

import dev.strata.Version;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Checks one {@code @Migration} class: that generated code can instantiate it, its version, its
 * methods, and that its {@code @Up}/{@code @Down} methods cover each dialect exactly once.
 */
final class MigrationClassValidator {
  private final MethodValidator methods;
  private final Options options;

  MigrationClassValidator(MethodValidator methods, Options options) {
    this.methods = methods;
    this.options = options;
  }

  Report validate(TypeElement type, AnnotationMirror migration) {
    Report.Builder report = Report.builder();
    String name = type.getSimpleName().toString();
    if (!(type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD)
        || type.getModifiers().contains(ABSTRACT)) {
      return report
          .error(
              NOT_A_CLASS,
              type,
              "@Migration must be on a concrete class, but \"%s\" is %s; move it to a class",
              name,
              describe(type))
          .build();
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(STATIC)) {
      return report
          .error(
              NOT_A_CLASS,
              type,
              "@Migration class \"%s\" is an inner class, which needs an outer instance; declare it"
                  + " static",
              name)
          .build();
    }
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS) {
      return report
          .error(
              NOT_A_CLASS,
              type,
              "@Migration class \"%s\" is declared inside a method, where generated code cannot"
                  + " reach it; move it to the top level",
              name)
          .build();
    }
    checkInstantiable(type, report);
    checkVersion(type, migration, report);
    checkMethodsAndDialects(type, report);
    return report.build();
  }

  private void checkInstantiable(TypeElement type, Report.Builder report) {
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getModifiers().contains(PRIVATE)) {
        report.error(
            NOT_INSTANTIABLE,
            type,
            "@Migration class \"%s\" is %s, so generated code cannot instantiate it; make it"
                + " package-private",
            type.getSimpleName(),
            t == type ? "private" : "inside private class \"" + t.getSimpleName() + "\"");
        return;
      }
    }
    ExecutableElement privateNoArg = null;
    for (ExecutableElement c : constructorsIn(type.getEnclosedElements())) {
      if (!c.getModifiers().contains(PRIVATE)
          && (c.getParameters().isEmpty() || MigrationModelFactory.isInject(c))) {
        return;
      }
      if (c.getParameters().isEmpty()) {
        privateNoArg = c;
      }
    }
    // a private no-argument constructor is the culprit itself; otherwise the class lacks one
    if (privateNoArg != null) {
      report.error(
          NOT_INSTANTIABLE,
          privateNoArg,
          "the no-argument constructor of @Migration class \"%s\" is private, so generated code"
              + " cannot call it; make it package-private",
          type.getSimpleName());
    } else {
      report.error(
          NOT_INSTANTIABLE,
          type,
          "@Migration class \"%s\" has no non-private no-argument constructor; add one, or an"
              + " @Inject constructor when Dagger builds it",
          type.getSimpleName());
    }
  }

  private static void checkVersion(
      TypeElement type, AnnotationMirror migration, Report.Builder report) {
    Optional<String> version = Mirrors.valueAs(migration, "version", String.class);
    if (version.isEmpty() || Version.parseOrNull(version.get()) != null) {
      return;
    }
    if (version.get().isEmpty()) {
      report.errorOn(
          BAD_VERSION,
          type,
          migration,
          "version",
          "version is empty; write dot-separated numbers such as \"3\" or \"1.2\"");
    } else {
      report.errorOn(
          BAD_VERSION,
          type,
          migration,
          "version",
          "version \"%s\" is not valid; write dot-separated numbers such as \"3\" or \"1.2\"",
          version.get());
    }
  }

  private void checkMethodsAndDialects(TypeElement type, Report.Builder report) {
    Map<MethodKind, Map<String, ExecutableElement>> covered = new LinkedHashMap<>();
    for (ExecutableElement method : methodsIn(type.getEnclosedElements())) {
      Map<MethodKind, AnnotationMirror> annotations = MethodKind.annotationsOn(method);
      if (annotations.containsKey(MethodKind.UP) && annotations.containsKey(MethodKind.DOWN)) {
        report.errorOnAnnotation(
            UP_AND_DOWN,
            method,
            annotations.get(MethodKind.DOWN),
            "method \"%s\" is both @Up and @Down, so undoing the migration would apply it again;"
                + " give @Down a method of its own that reverts what \"%s\" does, or remove @Down",
            method.getSimpleName(),
            method.getSimpleName());
      }
      for (Map.Entry<MethodKind, AnnotationMirror> found : annotations.entrySet()) {
        MethodKind kind = found.getKey();
        AnnotationMirror annotation = found.getValue();
        Map<String, AnnotationValue> values = Mirrors.values(annotation);
        report.addAll(methods.validate(method, kind, annotation, values));
        if (kind.isStep()) {
          Map<String, ExecutableElement> byDialect =
              covered.computeIfAbsent(kind, k -> new LinkedHashMap<>());
          for (String dialect : options.covered(values)) {
            ExecutableElement earlier = byDialect.putIfAbsent(dialect, method);
            if (earlier != null) {
              report.errorOn(
                  AMBIGUOUS_UP,
                  method,
                  annotation,
                  "dialects",
                  "%s methods \"%s\" and \"%s\" both cover dialect %s; give each dialect one"
                      + " %s method by narrowing their dialects",
                  kind.label,
                  earlier.getSimpleName(),
                  method.getSimpleName(),
                  dialect,
                  kind.label);
              break;
            }
          }
        }
      }
    }
    Map<String, ExecutableElement> ups = covered.getOrDefault(MethodKind.UP, Map.of());
    if (ups.isEmpty()) {
      report.error(
          MISSING_UP,
          type,
          "@Migration class \"%s\" has no @Up method%s; add one: @Up void up(DSLContext db)",
          type.getSimpleName(),
          inheritedUp(type)
              .map(m -> " (\"" + m + "\" does not count: Strata methods are not inherited)")
              .orElse(""));
      return;
    }
    for (String dialect : options.targetDialects()) {
      for (MethodKind kind : List.of(MethodKind.UP, MethodKind.DOWN)) {
        Map<String, ExecutableElement> steps = covered.getOrDefault(kind, Map.of());
        if (!steps.isEmpty() && !steps.containsKey(dialect)) {
          report.error(
              MISSING_DIALECT,
              type,
              "@Migration class \"%s\" has no %s method for dialect %s, which -A%s requires;"
                  + " add %s(dialects = Dialect.%s) or list %s in an existing one",
              type.getSimpleName(),
              kind.label,
              dialect,
              Options.DIALECTS,
              kind.label,
              dialect,
              dialect);
        }
      }
    }
  }

  /** {@code "Base.up"} for an {@code @Up} method of a superclass, which Strata does not call. */
  private static Optional<String> inheritedUp(TypeElement type) {
    for (TypeMirror s = type.getSuperclass();
        s instanceof DeclaredType declared && declared.asElement() instanceof TypeElement parent;
        s = parent.getSuperclass()) {
      for (ExecutableElement method : methodsIn(parent.getEnclosedElements())) {
        if (MethodKind.UP.on(method).isPresent()) {
          return Optional.of(parent.getSimpleName() + "." + method.getSimpleName());
        }
      }
    }
    return Optional.empty();
  }

  private static String describe(TypeElement type) {
    return switch (type.getKind()) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation type";
      default ->
          type.getModifiers().contains(ABSTRACT)
              ? "abstract"
              : "a " + type.getKind().toString().toLowerCase();
    };
  }
}
