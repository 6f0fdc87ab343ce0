package dev.strata.processor;

import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.util.ElementFilter.constructorsIn;
import static javax.lang.model.util.ElementFilter.methodsIn;

import com.palantir.javapoet.ClassName;
import dev.strata.processor.RegistryModel.BackfillModel;
import dev.strata.processor.RegistryModel.ChangeModel;
import dev.strata.processor.RegistryModel.CheckModel;
import dev.strata.processor.RegistryModel.Construction;
import dev.strata.processor.RegistryModel.GateModel;
import dev.strata.processor.RegistryModel.MigrationModel;
import dev.strata.processor.RegistryModel.StepModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/** Turns a valid {@code @Migration} class into its {@link MigrationModel}. */
final class MigrationModelFactory {
  private final Options options;
  private final Checksums checksums;

  MigrationModelFactory(Options options, Checksums checksums) {
    this.options = options;
    this.checksums = checksums;
  }

  MigrationModel create(TypeElement type, AnnotationMirror migration) {
    List<StepModel> up = new ArrayList<>();
    List<StepModel> down = new ArrayList<>();
    List<CheckModel> preChecks = new ArrayList<>();
    List<CheckModel> postChecks = new ArrayList<>();
    List<GateModel> gates = new ArrayList<>();
    BackfillModel backfill = null;
    List<Keyed> strataMethods = new ArrayList<>();
    boolean reachable = isPublic(type);
    for (ExecutableElement method : methodsIn(type.getEnclosedElements())) {
      String name = method.getSimpleName().toString();
      MethodKind first = null; // MethodKind.of(method), without looking again
      for (Map.Entry<MethodKind, AnnotationMirror> found :
          MethodKind.annotationsOn(method).entrySet()) {
        MethodKind kind = found.getKey();
        first = first == null ? kind : first;
        strataMethods.add(new Keyed(first, name, method));
        reachable &= method.getModifiers().contains(PUBLIC);
        Map<String, AnnotationValue> values = Mirrors.values(found.getValue());
        boolean jooq = takesJooq(method);
        switch (kind) {
          case UP -> up.add(step(name, values, jooq));
          case DOWN -> down.add(step(name, values, jooq));
          case PRE_CHECK -> preChecks.add(check(name, values, jooq));
          case POST_CHECK -> postChecks.add(check(name, values, jooq));
          case GATE ->
              gates.add(
                  new GateModel(
                      name,
                      Mirrors.as(values.get("value"), String.class).orElse(""),
                      Mirrors.as(values.get("timeoutSeconds"), Integer.class).orElse(0),
                      jooq,
                      method.getReturnType().getKind() == TypeKind.BOOLEAN));
          case BACKFILL -> backfill = backfill(name, values, jooq);
        }
      }
    }
    Construction construction = construction(type);
    if (construction == Construction.NO_ARG) {
      boolean publicNoArg = false;
      for (ExecutableElement c : constructorsIn(type.getEnclosedElements())) {
        publicNoArg |= c.getParameters().isEmpty() && c.getModifiers().contains(PUBLIC);
      }
      reachable &= publicNoArg;
    }
    // by kind, then name: reordering methods in the file is not a code change
    strataMethods.sort(BY_KIND_THEN_NAME);
    List<ExecutableElement> checksummed = new ArrayList<>(strataMethods.size());
    for (Keyed method : strataMethods) {
      checksummed.add(method.method());
    }
    Map<String, AnnotationValue> values = Mirrors.values(migration);
    String description = Mirrors.as(values.get("description"), String.class).orElse("");
    return new MigrationModel(
        type,
        ClassName.get(type),
        Mirrors.as(values.get("version"), String.class).orElseThrow(),
        description.isEmpty() ? describe(type.getSimpleName().toString()) : description,
        dependencyVersions(values.get("dependsOn")),
        Mirrors.as(values.get("transactional"), Boolean.class).orElse(true),
        Mirrors.strings(values.get("owners")),
        Mirrors.strings(values.get("tags")),
        checksums.checksum(checksummed),
        construction,
        reachable,
        up,
        down,
        preChecks,
        postChecks,
        change(type),
        gates,
        Mirrors.find(type, Mirrors.ATTESTED)
            .flatMap(attested -> Mirrors.valueAs(attested, "value", String.class))
            .orElse(null),
        backfill);
  }

  private static BackfillModel backfill(
      String method, Map<String, AnnotationValue> values, boolean jooq) {
    return new BackfillModel(
        method,
        Mirrors.as(values.get("table"), String.class).orElse(""),
        Mirrors.as(values.get("key"), String.class).orElse(""),
        count(values, "batchSize"),
        count(values, "pauseMillis"),
        count(values, "targetBatchMillis"),
        count(values, "timeoutSeconds"),
        count(values, "retries"),
        jooq);
  }

  private static int count(Map<String, AnnotationValue> values, String attribute) {
    return Mirrors.as(values.get(attribute), Integer.class).orElse(0);
  }

  /** The class's {@code @Change}, if it has one. */
  static ChangeModel change(TypeElement type) {
    Optional<AnnotationMirror> change = Mirrors.find(type, Mirrors.CHANGE);
    if (change.isEmpty()) {
      return null;
    }
    AnnotationValue stage = Mirrors.value(change.get(), "stage");
    return new ChangeModel(
        Mirrors.valueAs(change.get(), "name", String.class).orElse(""),
        stage != null && stage.getValue() instanceof VariableElement constant
            ? constant.getSimpleName().toString()
            : null);
  }

  /** A Strata method (once per Strata annotation on it) with what the checksum sorts it by. */
  private record Keyed(MethodKind kind, String name, ExecutableElement method) {}

  private static final Comparator<Keyed> BY_KIND_THEN_NAME =
      Comparator.comparing(Keyed::kind).thenComparing(Keyed::name);

  private StepModel step(String method, Map<String, AnnotationValue> values, boolean jooq) {
    return new StepModel(
        method,
        options.covered(values),
        Mirrors.as(values.get("timeoutSeconds"), Integer.class).orElse(0),
        Mirrors.as(values.get("retries"), Integer.class).orElse(0),
        jooq);
  }

  private static CheckModel check(
      String method, Map<String, AnnotationValue> values, boolean jooq) {
    return new CheckModel(method, Mirrors.as(values.get("value"), String.class).orElse(""), jooq);
  }

  /** Whether a valid method's first parameter, its context, is jOOQ's {@code DSLContext}. */
  private static boolean takesJooq(ExecutableElement method) {
    return !method.getParameters().isEmpty()
        && Mirrors.isClass(method.getParameters().get(0).asType(), Mirrors.DSL_CONTEXT);
  }

  /** The versions of the {@code dependsOn} classes, as written in their annotations. */
  private static List<String> dependencyVersions(AnnotationValue dependsOn) {
    List<String> versions = new ArrayList<>();
    for (AnnotationValue value : Mirrors.elements(dependsOn)) {
      TypeElement dependency = Mirrors.classValue(value);
      if (dependency == null) {
        continue; // not a class: GraphValidator reports it
      }
      Optional<AnnotationMirror> annotation = Mirrors.find(dependency, Mirrors.MIGRATION);
      if (annotation.isPresent()) {
        Mirrors.valueAs(annotation.get(), "version", String.class).ifPresent(versions::add);
      }
    }
    return versions;
  }

  static Construction construction(TypeElement type) {
    boolean noArg = false;
    boolean injectWithParameters = false;
    for (ExecutableElement c : constructorsIn(type.getEnclosedElements())) {
      noArg |= c.getParameters().isEmpty() && !c.getModifiers().contains(PRIVATE);
      injectWithParameters |= !c.getParameters().isEmpty() && isInject(c);
    }
    return injectWithParameters || !noArg ? Construction.INJECT : Construction.NO_ARG;
  }

  static boolean isInject(ExecutableElement constructor) {
    for (String inject : Mirrors.INJECT) {
      if (Mirrors.has(constructor, inject)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code AddEmailVerified} → {@code add email verified}; {@code CreateURLTable} → {@code create
   * url table}; {@code V2Users} → {@code v2 users}; underscores separate words. A loop, not a
   * regular expression: it runs for every migration, on a JVM that interprets it.
   */
  static String describe(String simpleName) {
    StringBuilder words = new StringBuilder(simpleName.length() + 4);
    for (int i = 0; i < simpleName.length(); i++) {
      char c = simpleName.charAt(i);
      if (c == '_') {
        while (i + 1 < simpleName.length() && simpleName.charAt(i + 1) == '_') {
          i++;
        }
        words.append(' ');
        continue;
      }
      if (i > 0 && isUpper(c)) {
        char previous = simpleName.charAt(i - 1);
        boolean acronymEnds =
            isUpper(previous) && i + 1 < simpleName.length() && isLower(simpleName.charAt(i + 1));
        if (isLower(previous) || isDigit(previous) || acronymEnds) {
          words.append(' ');
        }
      }
      words.append(c);
    }
    return words.toString().toLowerCase(Locale.ROOT).strip();
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Public, and so is every enclosing class. */
  private static boolean isPublic(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (!t.getModifiers().contains(PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
