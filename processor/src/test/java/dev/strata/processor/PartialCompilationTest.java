package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compilations into one real output directory, as a build makes them: a compilation of only some of
 * the migrations that an earlier one compiled is warned of ({@code partial-compilation}), since the
 * registry it writes leaves the others out. In-memory compilations (the other tests) have no
 * earlier output to read.
 */
class PartialCompilationTest {
  private static final String CREATE_USERS =
      """
      package test.db;

      import dev.strata.*;
      import org.jooq.DSLContext;

      @Migration(version = "1")
      final class CreateUsers {
        @Up void up(DSLContext db) {}
      }
      """;

  private static final String ADD_EMAIL =
      """
      package test.db;

      import dev.strata.*;
      import org.jooq.DSLContext;

      @Migration(version = "2")
      final class AddEmail {
        @Up void up(DSLContext db) {}
      }
      """;

  private static final String ADD_INVOICES =
      """
      package test.db.billing;

      import dev.strata.*;
      import org.jooq.DSLContext;

      @Migration(version = "3")
      public final class AddInvoices {
        @Up public void up(DSLContext db) {}
      }
      """;

  @TempDir Path src;
  @TempDir Path out;

  @Test
  void recompilingOneMigration_warnsOnItOfTheOthersLeftOut() throws IOException {
    assertEquals(List.of(), compile(CREATE_USERS, ADD_EMAIL));
    assertEquals(
        "test.db.CreateUsers\ntest.db.AddEmail\n",
        Files.readString(out.resolve("META-INF/strata/test.db.StrataMigrations.migrations")));

    List<Diagnostic<? extends JavaFileObject>> warnings = compile(ADD_EMAIL);

    assertEquals(1, warnings.size(), warnings.toString());
    Diagnostic<? extends JavaFileObject> warning = warnings.get(0);
    assertEquals(Diagnostic.Kind.WARNING, warning.getKind());
    assertEquals(
        "[strata:partial-compilation] the registry lists only the migrations of this compilation,"
            + " and 1 migration that an earlier compilation into this output listed is not in it:"
            + " test.db.CreateUsers. A new database would not get it. This happens when a build"
            + " recompiles only the changed sources (an IDE's own incremental build can); rebuild"
            + " the module, or let the IDE delegate builds to Maven or Gradle. If you deleted or"
            + " renamed it, a clean build removes the old class files",
        warning.getMessage(Locale.ROOT));
    assertTrue(warning.getSource().getName().endsWith("AddEmail.java"), warning.toString());
    assertEquals(7, warning.getLineNumber()); // final class AddEmail {
    assertEquals(
        "test.db.AddEmail\n",
        Files.readString(out.resolve("META-INF/strata/test.db.StrataMigrations.migrations")));
  }

  @Test
  void compilingEveryMigrationAgain_warnsOfNothing() throws IOException {
    compile(CREATE_USERS, ADD_EMAIL);

    assertEquals(List.of(), compile(CREATE_USERS, ADD_EMAIL));
  }

  @Test
  void aMigrationWhoseClassIsGone_isNotMissed() throws IOException {
    compile(CREATE_USERS, ADD_EMAIL);
    Files.delete(out.resolve("test/db/CreateUsers.class")); // deleted and cleaned

    assertEquals(List.of(), compile(ADD_EMAIL));
  }

  @Test
  void aRegistryInAnotherPackage_stillFindsTheEarlierOneThroughTheServiceFile() throws IOException {
    compile(CREATE_USERS, ADD_INVOICES); // registry test.db.StrataMigrations

    List<Diagnostic<? extends JavaFileObject>> warnings = compile(ADD_INVOICES);

    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(
        warnings.get(0).getMessage(Locale.ROOT).contains("is not in it: test.db.CreateUsers."),
        warnings.toString());
  }

  /**
   * Compiles {@code sources} with Strata's processor into {@link #out}, which is also on the class
   * path (as a build puts its output directory), and returns the warnings; fails on an error.
   */
  private List<Diagnostic<? extends JavaFileObject>> compile(String... sources) throws IOException {
    List<File> files = new ArrayList<>();
    for (String source : sources) {
      String pkg = source.substring("package ".length(), source.indexOf(';'));
      String name = source.replaceFirst("(?s).*class (\\w+).*", "$1");
      Path file = src.resolve(pkg.replace('.', '/')).resolve(name + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source);
      files.add(file.toFile());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              fileManager,
              diagnostics,
              List.of(
                  "-d",
                  out.toString(),
                  "-classpath",
                  out + File.pathSeparator + System.getProperty("java.class.path"),
                  "-implicit:none"),
              null,
              fileManager.getJavaFileObjectsFromFiles(files));
      task.setProcessors(List.of(new StrataProcessor()));
      boolean ok = task.call();
      assertTrue(ok, diagnostics.getDiagnostics().toString());
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .toList();
  }
}
