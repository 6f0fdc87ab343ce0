package dev.strata.processor;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** The four method annotations of a migration, with the signature each demands. */
enum MethodKind {
  UP(Mirrors.UP, "@Up", "void"),
  DOWN(Mirrors.DOWN, "@Down", "void"),
  PRE_CHECK(Mirrors.PRE_CHECK, "@PreCheck", "boolean"),
  POST_CHECK(Mirrors.POST_CHECK, "@PostCheck", "boolean");

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
}
