package dev.strata.runtime.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Generated;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code ForwardingDSLContext} — every method of jOOQ's {@link DSLContext}, forwarded — in
 * step with the jOOQ on the class path. The class is generated from javac's view of the interface
 * (the same model an annotation processor sees) and checked in, so the runtime needs no build-time
 * generator and no reflection. After a jOOQ upgrade, regenerate it with
 * {@code mvn -pl runtime -am test -Dtest=ForwardingDSLContextTest -Dsurefire.failIfNoSpecifiedTests=false -Dstrata.regenerate=true}.
 */
class ForwardingDSLContextTest {

  private static final Path SOURCE =
      Path.of("src/main/java/dev/strata/runtime/internal/ForwardingDSLContext.java");

  @Test
  void checkedInSourceMatchesTheJooqOnTheClassPath() throws IOException {
    String generated = generate();
    if (Boolean.getBoolean("strata.regenerate")) {
      Files.writeString(SOURCE, generated, UTF_8);
    }
    assertEquals(generated, Files.readString(SOURCE, UTF_8), SOURCE + " is stale: regenerate it"
        + " (see this test's javadoc)");
  }

  @Test
  void forwardsEveryMethodOfTheInterface() {
    long methods = java.util.Arrays.stream(DSLContext.class.getMethods())
        .filter(m -> !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
        .count();
    long forwarded = java.util.Arrays.stream(ForwardingDSLContext.class.getDeclaredMethods())
        .filter(m -> !m.getName().equals("delegate") && !m.isSynthetic())
        .count();
    assertTrue(forwarded >= 900, "only " + forwarded + " methods forwarded");
    assertEquals(methods, forwarded);
  }

  /** Compiles an empty class with a processor that writes the forwarding class from javac's model. */
  private static String generate() {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Generator generator = new Generator();
    SimpleJavaFileObject empty = new SimpleJavaFileObject(URI.create("string:///Empty.java"),
        SimpleJavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return "class Empty {}";
      }
    };
    var task = javac.getTask(null, null, null,
        List.of("-classpath", System.getProperty("java.class.path"), "-proc:only"), null,
        List.of(empty));
    task.setProcessors(List.of(generator));
    assertTrue(task.call(), "javac failed");
    return generator.source;
  }

  @SupportedAnnotationTypes("*")
  private static final class Generator extends AbstractProcessor {
    String source;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (source != null) {
        return false;
      }
      TypeElement dslContext = processingEnv.getElementUtils().getTypeElement(DSLContext.class.getName());
      DeclaredType type = (DeclaredType) dslContext.asType();
      TypeSpec.Builder forwarding = TypeSpec.classBuilder("ForwardingDSLContext")
          .addJavadoc("A {@link DSLContext} that hands every call to {@link #delegate()}.\n\n"
              + "<p>Generated from jOOQ's {@code DSLContext} by {@code ForwardingDSLContextTest}"
              + " (runtime tests), which fails when\nthis file no longer matches the jOOQ on the"
              + " class path; do not edit it by hand.\n")
          .addAnnotation(AnnotationSpec.builder(Generated.class)
              .addMember("value", "$S", ForwardingDSLContextTest.class.getName()).build())
          .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "{$S, $S}", "deprecation", "removal").build())
          .addModifiers(Modifier.ABSTRACT)
          .addSuperinterface(DSLContext.class)
          .addMethod(MethodSpec.methodBuilder("delegate")
              .addJavadoc("The context each call goes to.\n")
              .addModifiers(Modifier.ABSTRACT)
              .returns(DSLContext.class)
              .build());
      for (ExecutableElement method : methods(dslContext)) {
        MethodSpec.Builder override = MethodSpec.overriding(method, type, processingEnv.getTypeUtils());
        String arguments = method.getParameters().stream()
            .map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", "));
        TypeMirror returned = processingEnv.getTypeUtils().asMemberOf(type, method) instanceof
            javax.lang.model.type.ExecutableType e ? e.getReturnType() : method.getReturnType();
        // explicit type arguments: some overloads are ambiguous to inference when forwarded
        String typeArguments = method.getTypeParameters().isEmpty() ? ""
            : method.getTypeParameters().stream().map(t -> t.getSimpleName().toString())
                .collect(Collectors.joining(", ", "<", ">"));
        CodeBlock call = CodeBlock.of("delegate().$L$N($L)", typeArguments, method.getSimpleName(), arguments);
        override.addStatement(returned.getKind() == javax.lang.model.type.TypeKind.VOID
            ? CodeBlock.of("$L", call) : CodeBlock.of("return $L", call));
        forwarding.addMethod(override.build());
      }
      source = JavaFile.builder(ClassName.get(ForwardingDSLContextTest.class).packageName(),
              forwarding.build())
          .skipJavaLangImports(true)
          .indent("  ")
          .build()
          .toString();
      return false;
    }

    /** The interface's instance methods and its super-interfaces', each once, in declaration order. */
    private List<ExecutableElement> methods(TypeElement root) {
      List<ExecutableElement> all = new ArrayList<>();
      collect(root, root, all);
      return all;
    }

    private void collect(TypeElement root, TypeElement type, List<ExecutableElement> all) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (method.getModifiers().contains(Modifier.STATIC)
            || all.stream().anyMatch(m -> m.getSimpleName().equals(method.getSimpleName())
                && processingEnv.getElementUtils().overrides(m, method, root))) {
          continue;
        }
        all.add(method);
      }
      for (TypeMirror parent : type.getInterfaces()) {
        collect(root, (TypeElement) processingEnv.getTypeUtils().asElement(parent), all);
      }
    }
  }
}
