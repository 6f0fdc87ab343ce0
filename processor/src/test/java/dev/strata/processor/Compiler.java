package dev.strata.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.util.List;
import javax.tools.JavaFileObject;

/** The one way tests compile: a new processor per compilation (a processor inits only once). */
final class Compiler {
  private Compiler() {}

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** Compiles against {@code classpath} instead of the test's own classpath. */
  static Compilation compileWithClasspath(Iterable<File> classpath, JavaFileObject... sources) {
    return javac().withProcessors(new StrataProcessor()).withClasspath(classpath).compile(sources);
  }

  /** Compiles with registries split into parts of {@code partSize} migrations. */
  static Compilation compileInParts(int partSize, JavaFileObject... sources) {
    return javac().withProcessors(new StrataProcessor(partSize)).compile(sources);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new StrataProcessor()).withOptions(options).compile(sources);
  }
}
