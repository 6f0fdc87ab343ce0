package dev.strata.processor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The method annotations of a migration, with the signature each demands. The order is the order of
 * the checksum's methods (a new kind goes last, so that older checksums stay as they were).
 */
enum MethodKind {
  UP(Mirrors.UP, "@Up", "void"),
  DOWN(Mirrors.DOWN, "@Down", "void"),
  PRE_CHECK(Mirrors.PRE_CHECK, "@PreCheck", "boolean"),
  POST_CHECK(Mirrors.POST_CHECK, "@PostCheck", "boolean"),
  /** Returns {@code Evidence}, or {@code boolean}, which the registry wraps in one. */
  GATE(Mirrors.GATE, "@Gate", "Evidence"),
  /** Takes the batch's {@code KeyRange} after the context, and returns the rows it changed. */
  BACKFILL(Mirrors.BACKFILL, "@Backfill", "int");

  private static final MethodKind[] KINDS = values(); // values() copies the array each call

  final String annotationName;
  final String label;
  final String returnType;

  MethodKind(String annotationName, String label, String returnType) {
    this.annotationName = annotationName;
    this.label = label;
    this.returnType = returnType;
  }

  Optional<AnnotationMirror> on(Element element) {
    return Mirrors.find(element, annotationName);
  }

  /** The first Strata method annotation on {@code element}, if any. */
  static Optional<MethodKind> of(Element element) {
    Map<MethodKind, AnnotationMirror> found = annotationsOn(element);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.keySet().iterator().next());
  }

  /**
   * The Strata method annotations on {@code element}, in the order of the kinds. One pass over its
   * annotations, each name read once: this runs for every method of every migration.
   */
  static Map<MethodKind, AnnotationMirror> annotationsOn(Element element) {
    Map<MethodKind, AnnotationMirror> found = new EnumMap<>(MethodKind.class);
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      for (MethodKind kind : KINDS) {
        if (kind.annotationName.equals(name)) {
          found.putIfAbsent(kind, mirror);
        }
      }
    }
    return found;
  }

  boolean isStep() {
    return this == UP || this == DOWN;
  }

  /** The attributes that must not be negative. */
  List<String> counts() {
    return switch (this) {
      case UP, DOWN -> List.of("timeoutSeconds", "retries");
      case GATE -> List.of("timeoutSeconds");
      case BACKFILL -> List.of("pauseMillis", "targetBatchMillis", "timeoutSeconds", "retries");
      case PRE_CHECK, POST_CHECK -> List.of();
    };
  }

  /** Whether a method of this kind may return {@code type}. */
  boolean mayReturn(TypeMirror type) {
    return this == GATE
        ? type.getKind() == TypeKind.BOOLEAN || Mirrors.isClass(type, Mirrors.EVIDENCE)
        : type.toString().equals(returnType);
  }
}
