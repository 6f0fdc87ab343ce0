package dev.strata.processor;

import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;

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
   * Adds the switch to {@code type}.
   *
   * @param signature name, modifiers, javadoc, return type and parameters; the first parameter is
   *     the {@code int} switched on
   * @param cases each a statement (or statements) on one line, ending in {@code return} or {@code
   *     throw}, by number
   */
  static void add(TypeSpec.Builder type, MethodSpec signature, SortedMap<Integer, CodeBlock> cases) {
    String index = signature.parameters().get(0).name();
    if (cases.isEmpty() || cases.lastKey() < CASES) {
      type.addMethod(method(signature.toBuilder(), index, index, cases));
      return;
    }
    Map<Integer, SortedMap<Integer, CodeBlock>> parts = new TreeMap<>();
    cases.forEach((n, code) -> parts.computeIfAbsent(n / CASES, p -> new TreeMap<>()).put(n, code));
    String arguments =
        signature.parameters().stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
    boolean returns = !signature.returnType().equals(TypeName.VOID);
    SortedMap<Integer, CodeBlock> top = new TreeMap<>();
    parts.forEach(
        (part, partCases) -> {
          String name = signature.name() + part;
          top.put(
              part,
              returns
                  ? CodeBlock.of("return $N($L);\n", name, arguments)
                  : CodeBlock.of("$N($L); return;\n", name, arguments));
          MethodSpec.Builder method =
              MethodSpec.methodBuilder(name)
                  .addModifiers(PRIVATE)
                  .addModifiers(signature.modifiers().contains(STATIC) ? List.of(STATIC) : List.of())
                  .returns(signature.returnType())
                  .addParameters(signature.parameters())
                  .addExceptions(signature.exceptions());
          type.addMethod(method(method, index, index, partCases));
        });
    type.addMethod(method(signature.toBuilder(), index + " / " + CASES, index, top));
  }

  private static MethodSpec method(
      MethodSpec.Builder method,
      String selector,
      String index,
      SortedMap<Integer, CodeBlock> cases) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch ($L)", selector);
    cases.forEach((n, code) -> body.add("case $L: $L", n, code));
    body.addStatement("default: throw new $T($N)", AssertionError.class, index);
    return method.addCode(body.endControlFlow().build()).build();
  }
}
