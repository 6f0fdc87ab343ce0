package dev.strata.processor;

import static dev.strata.processor.Message.AMBIGUOUS_UP;
import static dev.strata.processor.Message.BACKFILL_IN_TRANSACTION;
import static dev.strata.processor.Message.BACKFILL_WITH_ROLE;
import static dev.strata.processor.Message.BAD_BATCH_SIZE;
import static dev.strata.processor.Message.BLANK_BACKFILL_KEY;
import static dev.strata.processor.Message.BLANK_BACKFILL_TABLE;
import static dev.strata.processor.Message.EMPTY_VERSION;
import static dev.strata.processor.Message.INHERITED_UP_ONLY;
import static dev.strata.processor.Message.INNER_CLASS;
import static dev.strata.processor.Message.INSIDE_PRIVATE_CLASS;
import static dev.strata.processor.Message.INVALID_VERSION;
import static dev.strata.processor.Message.LOCAL_CLASS;
import static dev.strata.processor.Message.MISSING_DIALECT;
import static dev.strata.processor.Message.MISSING_UP;
import static dev.strata.processor.Message.NOT_CONCRETE;
import static dev.strata.processor.Message.NO_CONSTRUCTOR;
import static dev.strata.processor.Message.PRIVATE_CLASS;
import static dev.strata.processor.Message.PRIVATE_CONSTRUCTOR;
import static dev.strata.processor.Message.TWO_BACKFILLS;
import static dev.strata.processor.Message.UP_AND_DOWN;
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
import javax.lang.model.element.Name;
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
      return report.error(NOT_CONCRETE, type, name, Message.kindOf(type)).build();
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(STATIC)) {
      return report.error(INNER_CLASS, type, name).build();
    }
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS) {
      return report.error(LOCAL_CLASS, type, name).build();
    }
    checkInstantiable(type, report);
    checkVersion(type, migration, report);
    ChangeValidator.checkClass(type, report);
    checkMethodsAndDialects(type, report);
    checkBackfills(type, migration, report);
    return report.build();
  }

  private void checkInstantiable(TypeElement type, Report.Builder report) {
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getModifiers().contains(PRIVATE)) {
        if (t == type) {
          report.error(PRIVATE_CLASS, type, type.getSimpleName());
        } else {
          report.error(INSIDE_PRIVATE_CLASS, type, type.getSimpleName(), t.getSimpleName());
        }
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
      report.error(PRIVATE_CONSTRUCTOR, privateNoArg, type.getSimpleName());
    } else {
      report.error(NO_CONSTRUCTOR, type, type.getSimpleName());
    }
  }

  private static void checkVersion(
      TypeElement type, AnnotationMirror migration, Report.Builder report) {
    Optional<String> version = Mirrors.valueAs(migration, "version", String.class);
    if (version.isEmpty() || Version.parseOrNull(version.get()) != null) {
      return;
    }
    if (version.get().isEmpty()) {
      report.errorOn(EMPTY_VERSION, type, migration, "version");
    } else {
      report.errorOn(INVALID_VERSION, type, migration, "version", version.get());
    }
  }

  private void checkMethodsAndDialects(TypeElement type, Report.Builder report) {
    Map<MethodKind, Map<String, ExecutableElement>> covered = new LinkedHashMap<>();
    boolean hasBackfill = false;
    for (ExecutableElement method : methodsIn(type.getEnclosedElements())) {
      Map<MethodKind, AnnotationMirror> annotations = MethodKind.annotationsOn(method);
      hasBackfill |= annotations.containsKey(MethodKind.BACKFILL);
      if (annotations.containsKey(MethodKind.UP) && annotations.containsKey(MethodKind.DOWN)) {
        report.errorOnAnnotation(
            UP_AND_DOWN, method, annotations.get(MethodKind.DOWN), method.getSimpleName());
      }
      for (Map.Entry<MethodKind, AnnotationMirror> found : annotations.entrySet()) {
        MethodKind kind = found.getKey();
        AnnotationMirror annotation = found.getValue();
        if (kind != MethodKind.BACKFILL && annotations.containsKey(MethodKind.BACKFILL)) {
          // one error for the two roles, not one per signature that cannot fit both
          report.errorOnAnnotation(
              BACKFILL_WITH_ROLE, method, annotation, method.getSimpleName(), kind.label);
          continue;
        }
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
                  kind.label,
                  earlier.getSimpleName(),
                  method.getSimpleName(),
                  dialect);
              break;
            }
          }
        }
      }
    }
    Map<String, ExecutableElement> ups = covered.getOrDefault(MethodKind.UP, Map.of());
    if (ups.isEmpty() && !hasBackfill) { // a backfill's batches are its work
      Optional<String> inherited = inheritedUp(type);
      if (inherited.isPresent()) {
        report.error(INHERITED_UP_ONLY, type, type.getSimpleName(), inherited.get());
      } else {
        report.error(MISSING_UP, type, type.getSimpleName());
      }
      return;
    }
    for (String dialect : options.targetDialects()) {
      for (MethodKind kind : List.of(MethodKind.UP, MethodKind.DOWN)) {
        Map<String, ExecutableElement> steps = covered.getOrDefault(kind, Map.of());
        if (!steps.isEmpty() && !steps.containsKey(dialect)) {
          report.error(MISSING_DIALECT, type, type.getSimpleName(), kind.label, dialect);
        }
      }
    }
  }

  /**
   * At most one {@code @Backfill}, in a migration that is not transactional (each batch commits on
   * its own), with a table, a key column and batches of at least one key.
   */
  private static void checkBackfills(
      TypeElement type, AnnotationMirror migration, Report.Builder report) {
    ExecutableElement first = null;
    for (ExecutableElement method : methodsIn(type.getEnclosedElements())) {
      Optional<AnnotationMirror> found = MethodKind.BACKFILL.on(method);
      if (found.isEmpty()) {
        continue;
      }
      AnnotationMirror backfill = found.get();
      Name name = method.getSimpleName();
      if (first != null) {
        report.errorOnAnnotation(
            TWO_BACKFILLS, method, backfill, type.getSimpleName(), first.getSimpleName(), name);
      } else {
        first = method;
        if (Mirrors.valueAs(migration, "transactional", Boolean.class).orElse(true)) {
          report.errorOnAnnotation(
              BACKFILL_IN_TRANSACTION,
              method,
              backfill,
              name,
              type.getSimpleName(),
              Mirrors.valueAs(migration, "version", String.class).orElse(""));
        }
      }
      Map<String, AnnotationValue> values = Mirrors.values(backfill);
      if (Mirrors.as(values.get("table"), String.class).orElse("").isBlank()) {
        report.errorOn(BLANK_BACKFILL_TABLE, method, backfill, "table", name);
      }
      if (Mirrors.as(values.get("key"), String.class).orElse("").isBlank()) {
        report.errorOn(BLANK_BACKFILL_KEY, method, backfill, "key", name);
      }
      int batchSize = Mirrors.as(values.get("batchSize"), Integer.class).orElse(1);
      if (batchSize < 1) {
        report.errorOn(BAD_BATCH_SIZE, method, backfill, "batchSize", batchSize, name);
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
}
