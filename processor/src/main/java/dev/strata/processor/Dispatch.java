package dev.strata.processor;

import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@code switch} over numbered cases, one line each, as a method of the given signature.
 * The JVM caps a method at 64 KB of bytecode, so more than {@link #CASES} cases go to methods
 * {@code name0}, {@code name1}… of up to {@link #CASES} each, behind one that picks the method by
 * {@code index / CASES}.
 */
final class Dispatch {
  /** Cases per method: a case is at most about 15 bytes of bytecode. */
  static final int CASES = 1000;

  private Dispatch() {}

  /**
   * The statements of a case, on one line, ending in {@code return} or {@code throw}: text, and
   * types (imported, or qualified where their simple name is taken) between. Thousands of cases as
   * text and a {@code $T} for each type cost JavaPoet a fraction of what format strings with
   * several arguments each do.
   *
   * @param parts {@code String}s and {@code ClassName}s, in order
   */
  record Line(List<Object> parts) {
    Line {
      parts = List.copyOf(parts);
    }

    /** {@code before}, {@code type}, {@code after}: the common case. */
    Line(String before, ClassName type, String after) {
      this(List.of(before, type, after));
    }

    static Line of(Object... parts) {
      return new Line(List.of(parts));
    }
  }

  /**
   * Adds the switch to {@code type}.
   *
   * @param signature name, modifiers, javadoc, return type and parameters; the first parameter is
   *     the {@code int} switched on
   * @param cases by number
   */
  static void add(TypeSpec.Builder type, MethodSpec signature, SortedMap<Integer, Line> cases) {
    String index = signature.parameters().get(0).name();
    if (cases.isEmpty() || cases.lastKey() < CASES) {
      type.addMethod(method(signature.toBuilder(), index, index, cases));
      return;
    }
    Map<Integer, SortedMap<Integer, Line>> parts = new TreeMap<>();
    cases.forEach((n, line) -> parts.computeIfAbsent(n / CASES, p -> new TreeMap<>()).put(n, line));
    String arguments =
        signature.parameters().stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
    boolean returns = !signature.returnType().equals(TypeName.VOID);
    List<Modifier> statics = signature.modifiers().contains(STATIC) ? List.of(STATIC) : List.of();
    SortedMap<Integer, Line> top = new TreeMap<>();
    parts.forEach(
        (part, partCases) -> {
          String name = signature.name() + part;
          String call = name + "(" + arguments + ");";
          top.put(part, Line.of(returns ? "return " + call : call + " return;"));
          MethodSpec.Builder method =
              MethodSpec.methodBuilder(name)
                  .addModifiers(PRIVATE)
                  .addModifiers(statics)
                  .returns(signature.returnType())
                  .addParameters(signature.parameters())
                  .addExceptions(signature.exceptions());
          type.addMethod(method(method, index, index, partCases));
        });
    type.addMethod(method(signature.toBuilder(), index + " / " + CASES, index, top));
  }

  private static MethodSpec method(
      MethodSpec.Builder method, String selector, String index, SortedMap<Integer, Line> cases) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch ($L)", selector);
    StringBuilder text = new StringBuilder(); // up to the next type
    cases.forEach(
        (n, line) -> {
          text.append("case ").append(n).append(": ");
          for (Object part : line.parts()) {
            if (part instanceof ClassName type) {
              body.add("$L$T", text.toString(), type);
              text.setLength(0);
            } else {
              text.append(part);
            }
          }
          text.append('\n');
        });
    body.add("$L", text.toString());
    body.addStatement("default: throw new $T($N)", AssertionError.class, index);
    return method.addCode(body.endControlFlow().build()).build();
  }
}
