package dev.strata.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.strata.processor.StrataProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Writes the workload as Strata migration classes and compiles them with the real processor. */
final class StrataSources {

  /**
   * The one parameter of every {@code @Up}: both run the statements with {@code db.execute(sql)}.
   */
  enum Form {
    /** Strata's {@code MigrationContext}: the statements go to JDBC, jOOQ is never loaded. */
    MIGRATION_CONTEXT("dev.strata.runtime.MigrationContext"),
    /** jOOQ's own {@code DSLContext}: the statements go through jOOQ. */
    DSL_CONTEXT("org.jooq.DSLContext");

    final String type;

    Form(String type) {
      this.type = type;
    }

    String simpleName() {
      return type.substring(type.lastIndexOf('.') + 1);
    }
  }

  private StrataSources() {}

  /**
   * The workload's {@code size} migrations as Java classes of {@code form}, written below {@code
   * sources} and compiled with the real Strata processor into {@code strataClasses}.
   */
  static void compile(int size, Form form, Path sources, Path strataClasses) throws IOException {
    Path dir = sources.resolve(Workload.STRATA_PACKAGE.replace('.', '/'));
    Files.createDirectories(dir);
    Files.createDirectories(strataClasses);
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      String name = Workload.className(i);
      StringBuilder body = new StringBuilder();
      for (String sql : Workload.statements(i)) {
        body.append("    db.execute(\"").append(sql.replace("\"", "\\\"")).append("\");\n");
      }
      Path file = dir.resolve(name + ".java");
      Files.writeString(
          file,
          """
          package %s;

          import dev.strata.Migration;
          import dev.strata.Up;
          import %s;

          @Migration(version = "%d", description = "create t_%d")
          final class %s {
            @Up
            void up(%s db) {
          %s  }
          }
          """
              .formatted(Workload.STRATA_PACKAGE, form.type, i, i, name, form.simpleName(), body),
          UTF_8);
      files.add(file);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, null, UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              fileManager,
              diagnostics,
              List.of(
                  "-d",
                  strataClasses.toString(),
                  "-classpath",
                  System.getProperty("java.class.path"),
                  "-Astrata.registry=" + Workload.STRATA_REGISTRY,
                  "-implicit:none"),
              null,
              fileManager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new StrataProcessor()));
      if (!task.call()) {
        throw new IllegalStateException(
            "the Strata migrations do not compile: " + diagnostics.getDiagnostics());
      }
    }
    if (!Files.exists(
        strataClasses.resolve("META-INF/services/dev.strata.runtime.MigrationRegistry"))) {
      throw new IllegalStateException(
          "the processor wrote no META-INF/services entry for the registry");
    }
  }
}
