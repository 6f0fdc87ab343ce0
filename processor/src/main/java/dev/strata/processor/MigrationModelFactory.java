package dev.strata.processor;

import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.util.ElementFilter.constructorsIn;
import static javax.lang.model.util.ElementFilter.methodsIn;

import com.palantir.javapoet.ClassName;
import dev.strata.processor.RegistryModel.CheckModel;
import dev.strata.processor.RegistryModel.Construction;
import dev.strata.processor.RegistryModel.MigrationModel;
import dev.strata.processor.RegistryModel.StepModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Turns a valid {@code @Migration} class into its {@link MigrationModel}. */
final class MigrationModelFactory {
  /**
   * Word boundaries in a class name: {@code AddEmailVerified}, {@code CreateURLTable}, {@code
   * V2Users}.
   */
  private static final Pattern WORD_BOUNDARY =
      Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|_+");

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
    List<Keyed> strataMethods = new ArrayList<>();
    boolean reachable = isPublic(type);
    for (ExecutableElement method : methodsIn(type.getEnclosedElements())) {
      String name = method.getSimpleName().toString();
      MethodKind first = null; // MethodKind.of(method), without looking again
      for (MethodKind kind : MethodKind.values()) {
        Optional<AnnotationMirror> annotation = kind.on(method);
        if (annotation.isEmpty()) {
          continue;
        }
        first = first == null ? kind : first;
        strataMethods.add(new Keyed(first, name, method));
        reachable &= method.getModifiers().contains(PUBLIC);
        switch (kind) {
          case UP -> up.add(step(name, annotation.get()));
          case DOWN -> down.add(step(name, annotation.get()));
          case PRE_CHECK -> preChecks.add(check(name, annotation.get()));
          case POST_CHECK -> postChecks.add(check(name, annotation.get()));
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
    String description = Mirrors.valueAs(migration, "description", String.class).orElse("");
    return new MigrationModel(
        type,
        ClassName.get(type),
        Mirrors.valueAs(migration, "version", String.class).orElseThrow(),
        description.isEmpty() ? describe(type.getSimpleName().toString()) : description,
        dependencyVersions(migration),
        Mirrors.valueAs(migration, "transactional", Boolean.class).orElse(true),
        Mirrors.strings(migration, "owners"),
        Mirrors.strings(migration, "tags"),
        checksums.checksum(checksummed),
        construction,
        reachable,
        up,
        down,
        preChecks,
        postChecks);
  }

  /** A Strata method (once per Strata annotation on it) with what the checksum sorts it by. */
  private record Keyed(MethodKind kind, String name, ExecutableElement method) {}

  private static final Comparator<Keyed> BY_KIND_THEN_NAME =
      Comparator.comparing(Keyed::kind).thenComparing(Keyed::name);

  private StepModel step(String method, AnnotationMirror annotation) {
    return new StepModel(
        method,
        options.covered(annotation),
        Mirrors.valueAs(annotation, "timeoutSeconds", Integer.class).orElse(0),
        Mirrors.valueAs(annotation, "retries", Integer.class).orElse(0));
  }

  private static CheckModel check(String method, AnnotationMirror annotation) {
    return new CheckModel(method, Mirrors.valueAs(annotation, "value", String.class).orElse(""));
  }

  /** The versions of the {@code dependsOn} classes, as written in their annotations. */
  private static List<String> dependencyVersions(AnnotationMirror migration) {
    List<String> versions = new ArrayList<>();
    for (var value : Mirrors.values(migration, "dependsOn")) {
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
   * url table}.
   */
  static String describe(String simpleName) {
    return String.join(" ", WORD_BOUNDARY.split(simpleName)).toLowerCase(Locale.ROOT).strip();
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
