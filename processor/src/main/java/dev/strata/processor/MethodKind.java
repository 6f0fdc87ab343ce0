package dev.strata.processor;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** The four method annotations of a migration, with the signature each demands. */
enum MethodKind {
  UP(Mirrors.UP, "@Up", "void"),
  DOWN(Mirrors.DOWN, "@Down", "void"),
  PRE_CHECK(Mirrors.PRE_CHECK, "@PreCheck", "boolean"),
  POST_CHECK(Mirrors.POST_CHECK, "@PostCheck", "boolean");

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
    for (MethodKind kind : values()) {
      if (kind.on(element).isPresent()) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  boolean isStep() {
    return this == UP || this == DOWN;
  }
}
