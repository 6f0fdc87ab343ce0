package dev.strata.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.strata.processor.StrataProcessor;
import dev.strata.runtime.MigrationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Migrations of one test scenario, written as Java sources and compiled at test time by javac with
 * the real {@link StrataProcessor}; the registry it generates is loaded the way the runtime loads
 * any registry, through {@link ServiceLoader}.
 */
final class Scenario {

  private static final Map<String, Scenario> COMPILED = new ConcurrentHashMap<>();

  private final Map<String, String> sources = new LinkedHashMap<>();
  private final String packageName;

  private Path classes;
  private URLClassLoader loader;
  private MigrationRegistry registry;

  private Scenario(String packageName) {
    this.packageName = packageName;
  }

  /** A scenario whose migration classes live in {@code packageName}. */
  static Scenario in(String packageName) {
    return new Scenario(packageName);
  }

  /**
   * Adds a migration class: {@code annotation} is what goes inside {@code @Migration(...)}, {@code
   * body} the class body (methods take {@code DSLContext db} or {@code MigrationContext db}; {@code
   * DSL}, {@code SQLDataType} and {@code Dialect} are imported).
   */
  Scenario migration(String className, String annotation, String body) {
    return annotated(className, "@Migration(" + annotation + ")", body);
  }

  /**
   * Adds a migration class whose annotations are written out whole: {@code @Migration(...)} and any
   * others, such as {@code @Change} or {@code @Attested}.
   */
  Scenario annotated(String className, String annotations, String body) {
    sources.put(
        packageName + "." + className,
        """
        package %s;

        import dev.strata.*;
        import dev.strata.runtime.MigrationContext;
        import org.jooq.DSLContext;
        import org.jooq.impl.DSL;
        import org.jooq.impl.SQLDataType;

        %s
        final class %s {
        %s
        }
        """
            .formatted(packageName, annotations, className, body));
    return this;
  }

  /** The generated registry, compiled once per distinct set of sources. */
  MigrationRegistry registry() {
    if (registry == null) {
      Scenario compiled = COMPILED.computeIfAbsent(key(), k -> compile());
      this.classes = compiled.classes;
      this.loader = compiled.loader;
      this.registry = compiled.registry;
    }
    return registry;
  }

  /** The directory of the compiled migrations, the registry and its service file. */
  Path classesDirectory() {
    registry();
    return classes;
  }

  /** The class loader that holds the generated registry and its service file. */
  ClassLoader classLoader() {
    registry();
    return loader;
  }

  private String key() {
    return sources.entrySet().stream()
        .map(e -> e.getKey() + "\n" + e.getValue())
        .collect(Collectors.joining("\n\u0000"));
  }

  private Scenario compile() {
    try {
      Path out = Files.createTempDirectory("strata-scenario-");
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      List<JavaFileObject> units = new ArrayList<>();
      sources.forEach((name, text) -> units.add(new Source(name, text)));
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, UTF_8)) {
        JavaCompiler.CompilationTask task =
            javac.getTask(
                null,
                files,
                diagnostics,
                List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path")),
                null,
                units);
        task.setProcessors(List.of(new StrataProcessor())); // a fresh processor per compilation
        if (!task.call()) {
          throw new AssertionError(
              "scenario " + packageName + " does not compile:\n" + diagnostics.getDiagnostics());
        }
      }
      Scenario compiled = new Scenario(packageName);
      compiled.sources.putAll(sources);
      compiled.classes = out;
      compiled.loader =
          new URLClassLoader(new URL[] {out.toUri().toURL()}, Scenario.class.getClassLoader());
      for (MigrationRegistry found : ServiceLoader.load(MigrationRegistry.class, compiled.loader)) {
        if (found.getClass().getClassLoader() == compiled.loader) {
          if (compiled.registry != null) {
            throw new AssertionError("scenario " + packageName + " generated two registries");
          }
          compiled.registry = found;
        }
      }
      if (compiled.registry == null) {
        throw new AssertionError(
            "scenario "
                + packageName
                + " generated no registry listed in"
                + " META-INF/services; diagnostics: "
                + diagnostics.getDiagnostics());
      }
      return compiled;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A source held in memory, named by its class. */
  static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String className, String text) {
      super(
          URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension),
          Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
