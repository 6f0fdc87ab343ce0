package dev.strata.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations as mirrors. Never through {@code Element.getAnnotation(..)}: that proxy throws
 * {@code MirroredTypesException} for {@code Class} values and hides unresolved types.
 */
final class Mirrors {
  static final String MIGRATION = "dev.strata.Migration";
  static final String UP = "dev.strata.Up";
  static final String DOWN = "dev.strata.Down";
  static final String PRE_CHECK = "dev.strata.PreCheck";
  static final String POST_CHECK = "dev.strata.PostCheck";
  static final String GATE = "dev.strata.Gate";
  static final String BACKFILL = "dev.strata.Backfill";
  static final String CHANGE = "dev.strata.Change";
  static final String ATTESTED = "dev.strata.Attested";
  static final String EVIDENCE = "dev.strata.runtime.Evidence";
  static final String KEY_RANGE = "dev.strata.runtime.KeyRange";
  static final String DIALECT = "dev.strata.Dialect";
  static final String DSL_CONTEXT = "org.jooq.DSLContext";
  static final String MIGRATION_CONTEXT = "dev.strata.runtime.MigrationContext";
  static final List<String> INJECT = List.of("javax.inject.Inject", "jakarta.inject.Inject");

  private Mirrors() {}

  static Optional<AnnotationMirror> find(Element element, String annotationName) {
    // called several times for every method of every migration: a loop, not a stream
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(annotationName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  static boolean has(Element element, String annotationName) {
    return find(element, annotationName).isPresent();
  }

  /** The value of {@code name}, written or defaulted; {@code null} if the annotation has none. */
  static AnnotationValue value(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        annotation.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    for (Element member : annotation.getAnnotationType().asElement().getEnclosedElements()) {
      if (member instanceof ExecutableElement method
          && method.getSimpleName().contentEquals(name)) {
        return method.getDefaultValue();
      }
    }
    return null;
  }

  /**
   * Every value of {@code annotation} by name, written or defaulted: for reading several, as each
   * {@link #value} builds javac's map of written values and list of members again.
   */
  static Map<String, AnnotationValue> values(AnnotationMirror annotation) {
    Map<String, AnnotationValue> values = new HashMap<>();
    for (Element member : annotation.getAnnotationType().asElement().getEnclosedElements()) {
      if (member instanceof ExecutableElement method && method.getDefaultValue() != null) {
        values.put(method.getSimpleName().toString(), method.getDefaultValue());
      }
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        annotation.getElementValues().entrySet()) {
      values.put(e.getKey().getSimpleName().toString(), e.getValue());
    }
    return values;
  }

  /** The value of {@code name} as the given type, or empty when missing or of another type. */
  static <T> Optional<T> valueAs(AnnotationMirror annotation, String name, Class<T> type) {
    return as(value(annotation, name), type);
  }

  /** {@code value} as the given type, or empty when it is {@code null} or of another type. */
  static <T> Optional<T> as(AnnotationValue value, Class<T> type) {
    return value != null && type.isInstance(value.getValue())
        ? Optional.of(type.cast(value.getValue()))
        : Optional.empty();
  }

  /**
   * The elements of an array value ({@code null}: none); a single value written without braces is a
   * one-element list. This, {@link #strings} and {@link #enumConstants} run for every migration and
   * method: loops, not streams, which the cold JVM of a javac run interprets at many times the
   * cost.
   */
  static List<AnnotationValue> elements(AnnotationValue value) {
    if (value == null) {
      return List.of();
    }
    if (value.getValue() instanceof List<?> list) {
      List<AnnotationValue> values = new ArrayList<>(list.size());
      for (Object element : list) {
        if (element instanceof AnnotationValue v) {
          values.add(v);
        }
      }
      return values;
    }
    return List.of(value);
  }

  static List<String> strings(AnnotationValue array) {
    List<String> strings = new ArrayList<>();
    for (AnnotationValue value : elements(array)) {
      if (value.getValue() instanceof String string) {
        strings.add(string);
      }
    }
    return strings;
  }

  /** The enum constants of an array value, by name. */
  static List<String> enumConstants(AnnotationValue array) {
    List<String> constants = new ArrayList<>();
    for (AnnotationValue value : elements(array)) {
      if (value.getValue() instanceof VariableElement constant) {
        constants.add(constant.getSimpleName().toString());
      }
    }
    return constants;
  }

  /** The class of a {@code Class<?>} value; {@code null} if unresolved or not a class. */
  static TypeElement classValue(AnnotationValue value) {
    return value.getValue() instanceof DeclaredType type
            && type.getKind() == TypeKind.DECLARED
            && type.asElement() instanceof TypeElement element
        ? element
        : null;
  }

  /**
   * Whether an annotation refers to a type javac could not resolve yet (perhaps one another
   * processor generates in this round): javac gives an error type or the string {@code "<error>"}.
   */
  static boolean hasUnresolvedValues(AnnotationMirror annotation) {
    for (AnnotationValue value : annotation.getElementValues().values()) {
      if (isUnresolved(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code value} refers to a type javac could not resolve (javac reports those itself).
   * Read through {@code getValue()}, not a visitor: this runs for every value of every migration.
   */
  static boolean isUnresolved(AnnotationValue value) {
    Object v = value.getValue();
    if (v instanceof TypeMirror type) {
      return type.getKind() == TypeKind.ERROR;
    }
    if (v instanceof List<?> values) {
      for (Object element : values) {
        if (element instanceof AnnotationValue e && isUnresolved(e)) {
          return true;
        }
      }
      return false;
    }
    return "<error>".equals(v);
  }

  static String qualifiedName(DeclaredType type) {
    return ((TypeElement) type.asElement()).getQualifiedName().toString();
  }

  /** Whether {@code type} is the class {@code name}; false for error types and primitives. */
  static boolean isClass(TypeMirror type, String name) {
    return type.getKind() == TypeKind.DECLARED && qualifiedName((DeclaredType) type).equals(name);
  }

  /**
   * Whether javac has not resolved something the migration needs yet (perhaps another processor
   * generates it this round): a value of its {@code @Migration} or {@code @Change}, or a type in a
   * Strata method or constructor.
   */
  static boolean unresolved(TypeElement type, AnnotationMirror migration) {
    Optional<AnnotationMirror> change = find(type, CHANGE);
    if (hasUnresolvedValues(migration) || change.isPresent() && hasUnresolvedValues(change.get())) {
      return true;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement executable
          && (isError(executable.getReturnType()) || hasErrorParameter(executable))
          && (member.getKind() == ElementKind.CONSTRUCTOR || MethodKind.of(member).isPresent())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasErrorParameter(ExecutableElement executable) {
    for (VariableElement parameter : executable.getParameters()) {
      if (isError(parameter.asType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isError(TypeMirror type) {
    return type.getKind() == TypeKind.ERROR;
  }
}
