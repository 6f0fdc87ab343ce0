package dev.strata.processor;

import static dev.strata.processor.Code.BAD_ATTRIBUTE;
import static dev.strata.processor.Code.BAD_SIGNATURE;
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
 * {@code boolean name(P)} for checks, where {@code P} is jOOQ's {@code DSLContext} or Strata's
 * {@code MigrationContext}, reachable and on an instance.
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
    if (kind.isStep()) {
      for (String attribute : List.of("timeoutSeconds", "retries")) {
        int value = Mirrors.as(values.get(attribute), Integer.class).orElse(0);
        if (value < 0) {
          report.errorOn(
              BAD_ATTRIBUTE,
              method,
              annotation,
              attribute,
              "%s = %d on %s method \"%s\" is negative; write 0 for none, or a positive number",
              attribute,
              value,
              kind.label,
              method.getSimpleName());
        }
      }
    }
    String name = method.getSimpleName().toString();
    List<TypeMirror> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(parameter.asType());
    }
    String parameter = parameters.size() != 1 ? null : parameterName(parameters.get(0));
    if (parameter == null) {
      report.error(
          BAD_SIGNATURE,
          method,
          "%s method \"%s\" must take one parameter, %s or %s, but takes (%s); %s",
          kind.label,
          name,
          Mirrors.DSL_CONTEXT,
          Mirrors.MIGRATION_CONTEXT,
          simpleNames(parameters),
          fix(kind, name, null));
    }
    if (!method.getReturnType().toString().equals(kind.returnType)) {
      report.error(
          BAD_SIGNATURE,
          method,
          "%s method \"%s\" must return %s, but returns %s; %s",
          kind.label,
          name,
          kind.returnType,
          simpleName(method.getReturnType()),
          fix(kind, name, parameter));
    }
    if (!method.getTypeParameters().isEmpty()) {
      report.error(
          BAD_SIGNATURE,
          method,
          "%s method \"%s\" must not declare type parameters; remove them",
          kind.label,
          name);
    }
    for (Modifier modifier : List.of(PRIVATE, STATIC, ABSTRACT)) {
      if (method.getModifiers().contains(modifier)) {
        report.error(
            BAD_SIGNATURE,
            method,
            "%s method \"%s\" must not be %s, so the generated registry can call it on the"
                + " migration; remove \"%s\"",
            kind.label,
            name,
            modifier,
            modifier);
      }
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (!types.isAssignable(thrown, exception)) {
        report.error(
            BAD_SIGNATURE,
            method,
            "%s method \"%s\" must not throw %s; throw an Exception instead",
            kind.label,
            name,
            simpleName(thrown));
      }
    }
    return report.build();
  }

  /** The simple name of a parameter type a Strata method may take, or null. */
  private static String parameterName(TypeMirror type) {
    if (Mirrors.isClass(type, Mirrors.MIGRATION_CONTEXT)) {
      return "MigrationContext";
    }
    return Mirrors.isClass(type, Mirrors.DSL_CONTEXT) ? "DSLContext" : null;
  }

  /**
   * Written only for an error: formatting it for every method was a share of validating.
   *
   * @param parameter the method's valid parameter type, or null to offer both
   */
  private static String fix(MethodKind kind, String name, String parameter) {
    String declaration = kind.returnType + " " + name + "(";
    return parameter != null
        ? "declare it as " + declaration + parameter + " db)"
        : "declare it as "
            + declaration
            + "MigrationContext db) for plain SQL or "
            + declaration
            + "DSLContext db) for jOOQ's DSL";
  }

  private static String simpleNames(List<? extends TypeMirror> types) {
    return types.stream().map(MethodValidator::simpleName).collect(Collectors.joining(", "));
  }

  /** {@code java.lang.String} → {@code String}: users know their types by simple name. */
  private static String simpleName(TypeMirror type) {
    return type.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }
}
