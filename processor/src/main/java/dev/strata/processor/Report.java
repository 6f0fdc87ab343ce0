package dev.strata.processor;

import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.NOTE;
import static javax.tools.Diagnostic.Kind.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * What a validator found, not yet printed: validators return a report and the processor prints it,
 * so a check is testable and a subject with errors is skipped while the others go on.
 */
record Report(List<Item> items) {

  Report {
    items = List.copyOf(items);
  }

  /**
   * One diagnostic, placed as precisely as the source allows: on {@code value} when given, else on
   * {@code annotation}, else on {@code element}.
   */
  record Item(
      Code code,
      Diagnostic.Kind kind,
      String message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {}

  boolean isClean() {
    for (Item item : items) {
      if (item.kind() == ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * Prints every item but the warnings suppressed with {@code @SuppressWarnings("strata:<code>")}
   * on their element or an element enclosing it.
   */
  void printTo(Messager messager) {
    for (Item item : items) {
      if (item.kind() == WARNING && suppressed(item.element(), item.code())) {
        continue;
      } else if (item.value() != null) {
        messager.printMessage(
            item.kind(), item.message(), item.element(), item.annotation(), item.value());
      } else if (item.annotation() != null) {
        messager.printMessage(item.kind(), item.message(), item.element(), item.annotation());
      } else if (item.element() != null) {
        messager.printMessage(item.kind(), item.message(), item.element());
      } else {
        messager.printMessage(item.kind(), item.message());
      }
    }
  }

  private static boolean suppressed(Element element, Code code) {
    String key = "strata:" + code.id();
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      Optional<AnnotationMirror> suppress = Mirrors.find(e, SuppressWarnings.class.getName());
      if (suppress.isPresent()
          && Mirrors.strings(Mirrors.value(suppress.get(), "value")).contains(key)) {
        return true;
      }
    }
    return false;
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder {
    private final List<Item> items = new ArrayList<>();

    /** An error on {@code element} itself. */
    Builder error(Message message, Element element, Object... args) {
      return add(ERROR, message, element, null, null, args);
    }

    /** An error on {@code annotation} of {@code element}, such as a misplaced {@code @Up}. */
    Builder errorOnAnnotation(
        Message message, Element element, AnnotationMirror annotation, Object... args) {
      return add(ERROR, message, element, annotation, null, args);
    }

    /**
     * An error on the attribute {@code valueName} of {@code annotation} if the source writes it,
     * else on the annotation (defaulted values have no position of their own).
     */
    Builder errorOn(
        Message message,
        Element element,
        AnnotationMirror annotation,
        String valueName,
        Object... args) {
      return add(ERROR, message, element, annotation, written(annotation, valueName), args);
    }

    /** An error on one value of an annotation, such as one class of a {@code dependsOn} array. */
    Builder errorOn(
        Message message,
        Element element,
        AnnotationMirror annotation,
        AnnotationValue value,
        Object... args) {
      return add(ERROR, message, element, annotation, value, args);
    }

    /** A warning on {@code element}: the build goes on, but probably not as meant. */
    Builder warning(Message message, Element element, Object... args) {
      return add(WARNING, message, element, null, null, args);
    }

    /** A warning on the attribute {@code valueName} of {@code annotation}, as {@link #errorOn}. */
    Builder warningOn(
        Message message,
        Element element,
        AnnotationMirror annotation,
        String valueName,
        Object... args) {
      return add(WARNING, message, element, annotation, written(annotation, valueName), args);
    }

    /** A note on {@code element}: information, not a problem. */
    Builder note(Message message, Element element, Object... args) {
      return add(NOTE, message, element, null, null, args);
    }

    private Builder add(
        Diagnostic.Kind kind,
        Message message,
        Element element,
        AnnotationMirror annotation,
        AnnotationValue value,
        Object... args) {
      Code code = message.code();
      if (kind != code.kind()) { // a processor bug: the code decides what kind it is
        throw new IllegalStateException(code.id() + " is a " + code.kind() + ", not a " + kind);
      }
      items.add(new Item(code, kind, message.format(args), element, annotation, value));
      return this;
    }

    Builder addAll(Report report) {
      items.addAll(report.items());
      return this;
    }

    Report build() {
      return new Report(items);
    }

    private static AnnotationValue written(AnnotationMirror annotation, String name) {
      if (annotation == null || name == null) {
        return null;
      }
      return annotation.getElementValues().entrySet().stream() // explicit values only
          .filter(e -> e.getKey().getSimpleName().contentEquals(name))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(null);
    }
  }
}
