package dev.strata.processor;

import static dev.strata.processor.Message.BAD_DIALECTS_OPTION;
import static dev.strata.processor.Message.BAD_REGISTRY_OPTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The processor options, read once.
 *
 * @param registry the {@code -Astrata.registry} class name; {@code null} for the default
 * @param targetDialects the {@code -Astrata.dialects} that every migration must cover
 * @param dialects every {@code Dialect} constant, in declaration order
 * @param report errors in the options
 */
record Options(String registry, List<String> targetDialects, List<String> dialects, Report report) {
  static final String REGISTRY = "strata.registry";
  static final String DIALECTS = "strata.dialects";

  static Options read(Map<String, String> options, Elements elements) {
    Report.Builder report = Report.builder();
    String registry = options.get(REGISTRY);
    if (registry != null && !SourceVersion.isName(registry.strip())) {
      report.error(BAD_REGISTRY_OPTION, null, registry);
      registry = null;
    }
    List<String> dialects = dialectConstants(elements);
    List<String> targets = new ArrayList<>();
    String written = options.get(DIALECTS);
    if (written != null && !written.isBlank()) {
      for (String name : written.split(",")) {
        String dialect = name.strip();
        if (!dialects.contains(dialect)) {
          report.error(BAD_DIALECTS_OPTION, null, dialect, String.join(", ", dialects));
        } else if (!targets.contains(dialect)) {
          targets.add(dialect);
        }
      }
    }
    return new Options(
        registry == null ? null : registry.strip(), targets, dialects, report.build());
  }

  /**
   * The dialects an {@code @Up} or {@code @Down} covers; none written means every dialect.
   *
   * @param step its values, as {@link Mirrors#values(AnnotationMirror)} reads them
   */
  List<String> covered(Map<String, AnnotationValue> step) {
    List<String> written = Mirrors.enumConstants(step.get("dialects"));
    return written.isEmpty() ? dialects : written;
  }

  private static List<String> dialectConstants(Elements elements) {
    TypeElement dialect = elements.getTypeElement(Mirrors.DIALECT);
    if (dialect == null) {
      return List.of();
    }
    return dialect.getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString())
        .toList();
  }
}
