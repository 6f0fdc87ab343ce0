package dev.strata.processor;

import static dev.strata.processor.Message.CHANGE_WITHOUT_MIGRATION;
import static dev.strata.processor.Message.EMPTY_CHANGE_NAME;
import static dev.strata.processor.Message.INVALID_CHANGE_NAME;
import static dev.strata.processor.Message.MISSING_EXPAND;
import static dev.strata.processor.Message.ORPHAN_ATTESTED;
import static dev.strata.processor.Message.STAGE_ORDER;
import static dev.strata.processor.Message.STAGE_ORDER_BEFORE;
import static dev.strata.processor.Message.UNGATED_CONTRACT;
import static javax.lang.model.util.ElementFilter.methodsIn;

import dev.strata.Stage;
import dev.strata.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks the stages of changes ({@code @Change}): each class's change name and its evidence for a
 * contract, and across the migrations of this compilation and of the classpath, that every change
 * with later stages has an expand and that its stages apply in order.
 */
final class ChangeValidator {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private ChangeValidator() {}

  /**
   * A migration that is a stage of a change.
   *
   * @param compiled whether this compilation compiles it (else it is on the classpath)
   */
  record Staged(
      TypeElement type,
      AnnotationMirror migration,
      AnnotationMirror change,
      String name,
      Stage stage,
      Version version,
      boolean compiled) {

    /** {@code type} as a stage, if it is a migration with a valid version, change and stage. */
    static Optional<Staged> of(TypeElement type, boolean compiled) {
      Optional<AnnotationMirror> migration = Mirrors.find(type, Mirrors.MIGRATION);
      Optional<AnnotationMirror> change = Mirrors.find(type, Mirrors.CHANGE);
      if (migration.isEmpty() || change.isEmpty()) {
        return Optional.empty();
      }
      Version version =
          Mirrors.valueAs(migration.get(), "version", String.class)
              .map(Version::parseOrNull)
              .orElse(null);
      String name = Mirrors.valueAs(change.get(), "name", String.class).orElse("");
      Stage stage = stageOf(change.get());
      if (version == null || stage == null || !NAME.matcher(name).matches()) {
        return Optional.empty(); // reported on its class, or a broken class file
      }
      return Optional.of(
          new Staged(type, migration.get(), change.get(), name, stage, version, compiled));
    }

    String simpleName() {
      return type.getSimpleName().toString();
    }
  }

  private static Stage stageOf(AnnotationMirror change) {
    AnnotationValue stage = Mirrors.value(change, "stage");
    if (stage == null || !(stage.getValue() instanceof VariableElement constant)) {
      return null; // unresolved: javac reports it
    }
    try {
      return Stage.valueOf(constant.getSimpleName().toString());
    } catch (IllegalArgumentException e) { // a newer Stage than this processor knows
      return null;
    }
  }

  /** The checks of one {@code @Migration} class: its change name, and a contract's evidence. */
  static void checkClass(TypeElement type, Report.Builder report) {
    Optional<AnnotationMirror> found = Mirrors.find(type, Mirrors.CHANGE);
    if (found.isEmpty()) {
      return;
    }
    AnnotationMirror change = found.get();
    String name = Mirrors.valueAs(change, "name", String.class).orElse(null);
    if (name == null) {
      return; // unresolved or missing: javac reports it
    }
    if (name.isEmpty()) {
      report.errorOn(EMPTY_CHANGE_NAME, type, change, "name");
    } else if (!NAME.matcher(name).matches()) {
      report.errorOn(INVALID_CHANGE_NAME, type, change, "name", name, Message.changeName(name));
    } else if (stageOf(change) == Stage.CONTRACT
        && !Mirrors.has(type, Mirrors.ATTESTED)
        && !hasGate(type)) {
      report.warningOn(UNGATED_CONTRACT, type, change, "stage", type.getSimpleName(), name);
    }
  }

  private static boolean hasGate(TypeElement type) {
    for (ExecutableElement method : methodsIn(type.getEnclosedElements())) {
      if (MethodKind.GATE.on(method).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** {@code @Change} and {@code @Attested} on classes without {@code @Migration} do nothing. */
  static Report orphans(Iterable<? extends Element> changes, Iterable<? extends Element> attested) {
    Report.Builder report = Report.builder();
    orphans(changes, Mirrors.CHANGE, CHANGE_WITHOUT_MIGRATION, report);
    orphans(attested, Mirrors.ATTESTED, ORPHAN_ATTESTED, report);
    return report.build();
  }

  private static void orphans(
      Iterable<? extends Element> types,
      String annotation,
      Message message,
      Report.Builder report) {
    for (Element type : types) {
      if (!Mirrors.has(type, Mirrors.MIGRATION)) {
        report.errorOnAnnotation(
            message, type, Mirrors.find(type, annotation).orElseThrow(), type.getSimpleName());
      }
    }
  }

  /**
   * Checks each change across the migrations of this compilation and those of the classpath.
   * Problems among classpath migrations alone were reported when they were compiled.
   */
  static Report validate(List<Staged> migrations) {
    Report.Builder report = Report.builder();
    Map<String, List<Staged>> byChange = new TreeMap<>();
    for (Staged migration : migrations) {
      byChange.computeIfAbsent(migration.name(), n -> new ArrayList<>()).add(migration);
    }
    for (List<Staged> change : byChange.values()) {
      change.sort(
          Comparator.comparing(Staged::version)
              .thenComparing(s -> s.type().getQualifiedName().toString()));
      checkOrder(change, report);
      checkExpand(change, report);
    }
    return report.build();
  }

  /**
   * Each later stage compiled here is checked against the highest version of the earlier stages; an
   * earlier stage compiled here against the lowest version of the later stages on the classpath
   * (those compiled here were checked the first way).
   */
  private static void checkOrder(List<Staged> change, Report.Builder report) {
    for (Staged later : change) {
      Staged earlier = null;
      for (Staged other : change) {
        if (other.stage().compareTo(later.stage()) < 0
            && (earlier == null || other.version().compareTo(earlier.version()) > 0)) {
          earlier = other;
        }
      }
      if (later.compiled()
          && earlier != null
          && earlier.version().compareTo(later.version()) >= 0) {
        outOfOrder(STAGE_ORDER, later, earlier, report);
      }
    }
    for (Staged earlier : change) {
      Staged later = null;
      for (Staged other : change) {
        if (!other.compiled()
            && other.stage().compareTo(earlier.stage()) > 0
            && (later == null || other.version().compareTo(later.version()) < 0)) {
          later = other;
        }
      }
      if (earlier.compiled()
          && later != null
          && earlier.version().compareTo(later.version()) >= 0) {
        outOfOrder(STAGE_ORDER_BEFORE, earlier, later, report);
      }
    }
  }

  /** {@code culprit}, compiled here, is out of order with {@code other}: on its version. */
  private static void outOfOrder(
      Message message, Staged culprit, Staged other, Report.Builder report) {
    report.errorOn(
        message,
        culprit.type(),
        culprit.migration(),
        "version",
        culprit.simpleName(),
        culprit.version(),
        culprit.stage(),
        culprit.name(),
        other.type().getQualifiedName(),
        other.stage(),
        other.version());
  }

  /** Once per change, on its lowest version compiled here. */
  private static void checkExpand(List<Staged> change, Report.Builder report) {
    TreeSet<Stage> stages = new TreeSet<>();
    change.forEach(s -> stages.add(s.stage()));
    Optional<Staged> first = change.stream().filter(Staged::compiled).findFirst();
    if (stages.contains(Stage.EXPAND) || first.isEmpty()) {
      return;
    }
    List<String> names = stages.stream().map(Stage::name).toList();
    String listed =
        names.size() == 1
            ? "stage " + names.get(0)
            : "stages "
                + String.join(", ", names.subList(0, names.size() - 1))
                + " and "
                + names.get(names.size() - 1);
    report.errorOn(
        MISSING_EXPAND,
        first.get().type(),
        first.get().change(),
        "name",
        first.get().name(),
        listed,
        change.get(0).version());
  }
}
