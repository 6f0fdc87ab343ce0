package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.DiagnosticsTest.assertOnlyError;
import static dev.strata.processor.DiagnosticsTest.sourceIn;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change split over modules: a library, compiled first (into a directory, or a jar), holds some
 * stages, and the application compiled against it holds others. The application's processor finds
 * the library's stages through the index class ({@link ChangeIndex}) on its classpath.
 */
class LibraryChangeTest {
  @TempDir Path temp;

  /** Migration {@code name} of change {@code users-full-name} in package {@code pkg}. */
  private static JavaFileObject stage(String pkg, String name, String version, String stage) {
    return sourceIn(
        pkg,
        name,
        "@Migration(version = \"" + version + "\")",
        "@Change(name = \"users-full-name\", stage = Stage." + stage + ")",
        stage.equals("CONTRACT") ? "@Attested(\"a DBA confirmed it\")" : "",
        "public final class " + name + " {",
        "  @Up public void up(DSLContext db) {}",
        "}");
  }

  private static final JavaFileObject LIBRARY_EXPAND =
      stage("com.acme.users", "AddFullName", "12", "EXPAND");

  /**
   * Compiles {@code sources} against {@code libraries} with the processor, and writes the class
   * files under {@code dir}.
   */
  private Path library(String dir, List<Path> libraries, JavaFileObject... sources)
      throws IOException {
    Compilation compilation = compile(libraries, sources);
    assertThat(compilation).succeededWithoutWarnings();
    Path out = temp.resolve(dir);
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = out.resolve(file.toUri().getPath().substring("/CLASS_OUTPUT/".length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
    return out;
  }

  /** {@code dir}'s files as a jar beside it. */
  private Path jar(Path dir) throws IOException {
    Path jar = temp.resolve(dir.getFileName() + ".jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        var paths = Files.walk(dir)) {
      for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(dir.relativize(path).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(path));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static Compilation compile(List<Path> libraries, JavaFileObject... sources) {
    List<File> classpath = new ArrayList<>();
    libraries.forEach(library -> classpath.add(library.toFile()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return Compiler.compileWithClasspath(classpath, sources);
  }

  @Test
  void aLibrarysExpand_completesTheApplicationsChange() throws IOException {
    Path users = library("users", List.of(), LIBRARY_EXPAND);

    Compilation compilation =
        compile(List.of(users), stage("com.acme.app", "DropFirstName", "15", "CONTRACT"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void withoutTheLibrary_theExpandIsMissing() {
    JavaFileObject contract = stage("com.acme.app", "DropFirstName", "15", "CONTRACT");

    Compilation compilation = compile(List.of(), contract);

    assertOnlyError(
        compilation,
        contract,
        "[strata:missing-expand] change \"users-full-name\" has stage CONTRACT",
        "stage = Stage.CONTRACT");
  }

  @Test
  void stageOrder_againstALibrarysExpand() throws IOException {
    Path users = library("users", List.of(), LIBRARY_EXPAND);
    JavaFileObject contract = stage("com.acme.app", "DropFirstName", "11", "CONTRACT");

    Compilation compilation = compile(List.of(users), contract);

    assertOnlyError(
        compilation,
        contract,
        "[strata:stage-order] \"DropFirstName\" (version 11) is stage CONTRACT of change"
            + " \"users-full-name\", but \"com.acme.users.AddFullName\" is at the earlier stage"
            + " EXPAND with version 12, which is not lower, so the stages would apply out of"
            + " order; give \"DropFirstName\" a version above 12",
        "version = \"11\"");
  }

  @Test
  void stageOrder_anEarlierStageBelowALibrarysLaterOne() throws IOException {
    Path users =
        library(
            "users",
            List.of(),
            LIBRARY_EXPAND,
            stage("com.acme.users", "DropFirstName", "20", "CONTRACT"));
    JavaFileObject expand = stage("com.acme.app", "AddFullNameIndex", "21", "EXPAND");

    Compilation compilation = compile(List.of(users), expand);

    assertOnlyError(
        compilation,
        expand,
        "[strata:stage-order] \"AddFullNameIndex\" (version 21) is stage EXPAND of change"
            + " \"users-full-name\", but \"com.acme.users.DropFirstName\" is at the later stage"
            + " CONTRACT with version 20, which is not higher, so the stages would apply out of"
            + " order; give \"AddFullNameIndex\" a version below 20",
        "version = \"21\"");
  }

  /**
   * Two libraries, one a directory and one a jar (compiled against the first), each with its index
   * class in the same package: both are read, not only the first on the classpath.
   */
  @Test
  void everyLibraryOnTheClasspath_isRead() throws IOException {
    Path users = library("users", List.of(), LIBRARY_EXPAND);
    Path billing =
        jar(
            library(
                "billing",
                List.of(users),
                stage("com.acme.billing", "BackfillFullName", "13", "BACKFILL")));
    JavaFileObject constrain = stage("com.acme.app", "FullNameNotNull", "12.5", "CONSTRAIN");

    Compilation compilation = compile(List.of(users, billing), constrain);

    assertOnlyError(
        compilation,
        constrain,
        "\"FullNameNotNull\" (version 12.5) is stage CONSTRAIN of change \"users-full-name\","
            + " but \"com.acme.billing.BackfillFullName\" is at the earlier stage BACKFILL with"
            + " version 13",
        "version = \"12.5\"");
  }

  @Test
  void theIndex_listsTheRegistrysChangeMigrations_andNoOther() throws IOException {
    Compilation compilation =
        Compiler.compile(
            LIBRARY_EXPAND,
            sourceIn(
                "com.acme.users",
                "CreateUsers",
                "@Migration(version = \"1\")",
                "public final class CreateUsers {",
                "  @Up public void up(DSLContext db) {}",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            compilation
                .generatedSourceFile("dev.strata.changes.com_acme_users_StrataMigrations")
                .orElseThrow()
                .getCharContent(true)
                .toString())
        .contains("public static final String MIGRATIONS = \"com.acme.users.AddFullName\";");
  }
}
