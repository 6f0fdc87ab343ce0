package dev.strata.processor;

import static dev.strata.processor.Message.BAD_ATTRIBUTE;
import static dev.strata.processor.Message.BAD_BACKFILL_PARAMETERS;
import static dev.strata.processor.Message.BAD_BACKFILL_RETURN;
import static dev.strata.processor.Message.BAD_GATE_RETURN;
import static dev.strata.processor.Message.BAD_MODIFIER;
import static dev.strata.processor.Message.BAD_PARAMETERS;
import static dev.strata.processor.Message.BAD_RETURN;
import static dev.strata.processor.Message.BAD_RETURN_AND_PARAMETERS;
import static dev.strata.processor.Message.BAD_THROWS;
import static dev.strata.processor.Message.TYPE_PARAMETERS;
import static javax.lang.model.element.Modifier.ABSTRACT;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks that generated code can call a Strata method directly: {@code void name(P)} for steps,
 * {@code boolean name(P)} for checks, {@code Evidence name(P)} or {@code boolean name(P)} for
 * gates, {@code int name(P, KeyRange)} for backfills, where {@code P} is jOOQ's {@code DSLContext}
 * or Strata's {@code MigrationContext}, reachable and on an instance.
 */
final class MethodValidator {
  private final Types types;
  private final TypeMirror exception;

  MethodValidator(Elements elements, Types types) {
    this.types = types;
    this.exception = elements.getTypeElement("java.lang.Exception").asType();
  }

  /**
   * @param values the annotation's values, as {@link Mirrors#values(AnnotationMirror)} reads them
   */
  Report validate(
      ExecutableElement method,
      MethodKind kind,
      AnnotationMirror annotation,
      Map<String, AnnotationValue> values) {
    Report.Builder report = Report.builder();
    for (String attribute : kind.counts()) {
      int value = Mirrors.as(values.get(attribute), Integer.class).orElse(0);
      if (value < 0) {
        report.errorOn(
            BAD_ATTRIBUTE,
            method,
            annotation,
            attribute,
            attribute,
            value,
            kind.label,
            method.getSimpleName());
      }
    }
    String name = method.getSimpleName().toString();
    List<TypeMirror> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(parameter.asType());
    }
    String parameter = parameterName(kind, parameters);
    if (parameter == null && kind == MethodKind.BACKFILL) {
      report.error(BAD_BACKFILL_PARAMETERS, method, name, simpleNames(parameters));
    } else if (parameter == null) {
      report.error(
          BAD_PARAMETERS, method, kind.label, name, simpleNames(parameters), kind.returnType);
    }
    if (!kind.mayReturn(method.getReturnType())) {
      String returned = simpleName(method.getReturnType());
      if (kind == MethodKind.BACKFILL) {
        report.error(
            BAD_BACKFILL_RETURN,
            method,
            name,
            returned,
            parameter == null ? "MigrationContext" : parameter);
      } else if (kind == MethodKind.GATE) {
        report.error(
            BAD_GATE_RETURN, method, name, returned, parameter == null ? "DSLContext" : parameter);
      } else if (parameter != null) {
        report.error(BAD_RETURN, method, kind.label, name, kind.returnType, returned, parameter);
      } else {
        report.error(
            BAD_RETURN_AND_PARAMETERS, method, kind.label, name, kind.returnType, returned);
      }
    }
    if (!method.getTypeParameters().isEmpty()) {
      report.error(TYPE_PARAMETERS, method, kind.label, name);
    }
    for (Modifier modifier : List.of(PRIVATE, STATIC, ABSTRACT)) {
      if (method.getModifiers().contains(modifier)) {
        report.error(BAD_MODIFIER, method, kind.label, name, modifier);
      }
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (!types.isAssignable(thrown, exception)) {
        report.error(BAD_THROWS, method, kind.label, name, simpleName(thrown));
      }
    }
    return report.build();
  }

  /**
   * The simple name of the context a method of {@code kind} takes, or null when its parameters are
   * not the context alone (a backfill: the context, then the batch's {@code KeyRange}).
   */
  private static String parameterName(MethodKind kind, List<TypeMirror> parameters) {
    if (kind != MethodKind.BACKFILL) {
      return parameters.size() != 1 ? null : parameterName(parameters.get(0));
    }
    return parameters.size() == 2 && Mirrors.isClass(parameters.get(1), Mirrors.KEY_RANGE)
        ? parameterName(parameters.get(0))
        : null;
  }

  /** The simple name of a parameter type a Strata method may take, or null. */
  private static String parameterName(TypeMirror type) {
    if (Mirrors.isClass(type, Mirrors.MIGRATION_CONTEXT)) {
      return "MigrationContext";
    }
    return Mirrors.isClass(type, Mirrors.DSL_CONTEXT) ? "DSLContext" : null;
  }

  private static String simpleNames(List<? extends TypeMirror> types) {
    return types.stream().map(MethodValidator::simpleName).collect(Collectors.joining(", "));
  }

  /** {@code java.lang.String} → {@code String}: users know their types by simple name. */
  private static String simpleName(TypeMirror type) {
    return type.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }
}
