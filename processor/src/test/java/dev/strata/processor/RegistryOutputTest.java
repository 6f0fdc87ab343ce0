package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.strata.processor.Compiler.compile;
import static dev.strata.processor.DiagnosticsTest.source;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.MigrationStep;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of the generated output: deterministic, checksums, classpath dependencies, options.
 */
class RegistryOutputTest {

  private static final JavaFileObject CREATE_USERS =
      source(
          "CreateUsers",
          "@Migration(version = \"1\", owners = \"team-a\")",
          "class CreateUsers {",
          "  @Up void up(DSLContext db) { db.execute(\"create table people(id int)\"); }",
          "  @Down void down(DSLContext db) { db.execute(\"drop table people\"); }",
          "}");
  private static final JavaFileObject ADD_EMAIL =
      source(
          "AddEmail",
          "@Migration(version = \"2\", dependsOn = CreateUsers.class)",
          "class AddEmail {",
          "  @PreCheck(\"people exists\") boolean ready(DSLContext db) { return true; }",
          "  @Up void up(DSLContext db) { db.execute(\"alter table people add email varchar(99)\");"
              + " }",
          "}");

  private static String registrySource(Compilation compilation) {
    try {
      return compilation
          .generatedSourceFile("test.StrataMigrations")
          .orElseThrow()
          .getCharContent(false)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void generatingTwice_givesIdenticalText_whateverTheSourceOrder() {
    String first = registrySource(compile(CREATE_USERS, ADD_EMAIL));
    String second = registrySource(compile(CREATE_USERS, ADD_EMAIL));
    String reversed = registrySource(compile(ADD_EMAIL, CREATE_USERS));

    assertThat(second).isEqualTo(first);
    assertThat(reversed).isEqualTo(first);
    assertThat(first).contains("@Generated(\"dev.strata.processor.StrataProcessor\")");
    assertThat(first).doesNotContain("java.lang.");
  }

  @Test
  void registryOption_namesTheRegistry() {
    Compilation compilation =
        compile(List.of("-Astrata.registry=com.acme.db.AppMigrations"), CREATE_USERS, ADD_EMAIL);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.db.AppMigrations");
    // the migrations are package-private in another package: reached through access helpers
    assertThat(compilation).generatedSourceFile("test.AppMigrationsAccess");
    MigrationRegistry registry =
        new GeneratedClasses(compilation)
            .instantiate("com.acme.db.AppMigrations", MigrationRegistry.class);
    assertThat(registry.migrations().stream().map(MigrationDescriptor::className).toList())
        .containsExactly("test.CreateUsers", "test.AddEmail")
        .inOrder();
  }

  @Test
  void nestedMigration_isReachedThroughItsPackagesHelper() {
    JavaFileObject outer =
        JavaFileObjects.forSourceLines(
            "test.users.Users",
            "package test.users;",
            "",
            "import dev.strata.*;",
            "import org.jooq.DSLContext;",
            "",
            "public class Users {",
            "  @Migration(version = \"1\")",
            "  static class Create {",
            "    @Up void up(DSLContext db) {}",
            "  }",
            "}");

    Compilation compilation = compile(List.of("-Astrata.registry=test.Registry"), outer);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.users.RegistryAccess");
    MigrationDescriptor create =
        new GeneratedClasses(compilation)
            .instantiate("test.Registry", MigrationRegistry.class)
            .migrations()
            .get(0);
    assertThat(create.className()).isEqualTo("test.users.Users.Create");
    assertThat(create.description()).isEqualTo("create");
  }

  /** A migration in {@code pkg} whose every method says which it is: steps throw, checks answer. */
  private static JavaFileObject telling(String pkg, String modifier, String name, String version) {
    return DiagnosticsTest.sourceIn(
        pkg,
        name,
        "@Migration(version = \"" + version + "\")",
        modifier + "class " + name + " {",
        "  @PreCheck(\"no\") " + modifier + "boolean no(DSLContext db) { return false; }",
        "  @PostCheck(\"yes\") " + modifier + "boolean yes(DSLContext db) { return true; }",
        "  @Up "
            + modifier
            + "void up(DSLContext db) { throw new IllegalStateException(\""
            + name
            + ".up\"); }",
        "  @Down "
            + modifier
            + "void down(DSLContext db) { throw new IllegalStateException(\""
            + name
            + ".down\"); }",
        "}");
  }

  @Test
  void packagePrivateMigrations_shareTheirPackagesHelper_andEachCallReachesItsMethod()
      throws Exception {
    Compilation compilation =
        compile(
            List.of("-Astrata.registry=test.Registry"),
            telling("test.a", "", "First", "1"),
            telling("test.b", "public ", "Second", "2"),
            telling("test.a", "", "Third", "3"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            compilation.generatedSourceFiles().stream()
                .map(file -> file.toUri().getPath())
                .filter(path -> path.endsWith("Access.java"))
                .toList())
        .containsExactly("/SOURCE_OUTPUT/test/a/RegistryAccess.java"); // test.b's are public
    List<MigrationDescriptor> migrations =
        new GeneratedClasses(compilation)
            .instantiate("test.Registry", MigrationRegistry.class)
            .migrations();
    for (MigrationDescriptor migration : migrations) {
      String name = migration.className().substring(migration.className().lastIndexOf('.') + 1);
      assertThat(assertThrows(IllegalStateException.class, () -> run(migration.up())))
          .hasMessageThat()
          .isEqualTo(name + ".up");
      assertThat(assertThrows(IllegalStateException.class, () -> run(migration.down())))
          .hasMessageThat()
          .isEqualTo(name + ".down");
      assertThat(migration.preChecks().get(0).condition().test(NoDatabase.CONTEXT)).isFalse();
      assertThat(migration.postChecks().get(0).condition().test(NoDatabase.CONTEXT)).isTrue();
    }
  }

  private static void run(List<MigrationStep> steps) throws Exception {
    steps.get(0).body().run(NoDatabase.CONTEXT);
  }

  @Test
  void recordMigration_compiles() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "record AddUsers() {",
            "  @Up void up(DSLContext db) {}",
            "}");

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            new GeneratedClasses(compilation)
                .instantiate("test.StrataMigrations", MigrationRegistry.class)
                .migrations())
        .hasSize(1);
  }

  @Test
  void migrationNames_clashingWithGeneratedNames_compile() {
    // names of the registry's members, nested classes, constants and imports
    List<String> names =
        List.of(
            "Instance",
            "List",
            "All",
            "Listing",
            "Call",
            "H2_POSTGRES",
            "Set",
            "RegistryListing",
            "RegistryDispatch",
            "Function");
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      sources.add(
          source(
              names.get(i),
              "@Migration(version = \"" + (i + 1) + "\")",
              "class " + names.get(i) + " {",
              "  @Up void up(DSLContext db) { throw new IllegalStateException(\""
                  + names.get(i)
                  + "\"); }",
              "}"));
    }

    Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));

    assertThat(compilation).succeededWithoutWarnings();
    List<MigrationDescriptor> migrations =
        new GeneratedClasses(compilation)
            .instantiate("test.StrataMigrations", MigrationRegistry.class)
            .migrations();
    assertThat(migrations.stream().map(MigrationDescriptor::className).toList())
        .containsExactlyElementsIn(names.stream().map(name -> "test." + name).toList())
        .inOrder();
    for (MigrationDescriptor migration : migrations) { // each step reaches its own class
      assertThat(assertThrows(IllegalStateException.class, () -> run(migration.up())))
          .hasMessageThat()
          .isEqualTo(migration.className().substring("test.".length()));
    }
  }

  private static String checksumOf(String upBody) {
    return checksumOf("@Migration(version = \"1\")", upBody);
  }

  private static String checksumOf(String migration, String upBody) {
    JavaFileObject source =
        source(
            "AddUsers",
            "import dev.strata.runtime.KeyRange;",
            migration,
            "class AddUsers {",
            upBody,
            "  @PreCheck(\"always\") boolean ready(DSLContext db) { return true; }",
            "}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    return new GeneratedClasses(compilation)
        .instantiate("test.StrataMigrations", MigrationRegistry.class)
        .migrations()
        .get(0)
        .checksum();
  }

  @Test
  void checksum_ignoresCommentsAndFormatting_changesWithCode() {
    String original =
        checksumOf("  @Up void up(DSLContext db) { db.execute(\"create table people(id int)\"); }");
    String reformatted =
        checksumOf(
            String.join(
                "\n",
                "  // creates the people table",
                "  @Up",
                "  void up(DSLContext db) {",
                "    /* one statement */ db.execute(\"create table people(id int)\");   ",
                "  }"));
    String edited =
        checksumOf(
            "  @Up void up(DSLContext db) { db.execute(\"create table people(id bigint)\"); }");

    assertThat(original).matches("[0-9a-f]{64}");
    assertThat(reformatted).isEqualTo(original);
    assertThat(edited).isNotEqualTo(original);
  }

  @Test
  void checksum_coversGateMethods() {
    String up = "  @Up void up(DSLContext db) {}\n";
    String open = checksumOf(up + "  @Gate(\"open\") boolean open(DSLContext db) { return true; }");
    String shut =
        checksumOf(up + "  @Gate(\"open\") boolean open(DSLContext db) { return false; }");

    assertThat(shut).isNotEqualTo(open);
    assertThat(checksumOf(up)).isNotEqualTo(open);
  }

  @Test
  void checksum_coversTheBackfillMethod_andKeepsTheOlderKindsFirst() {
    String migration = "@Migration(version = \"1\", transactional = false)";
    String up = "  @Up void up(DSLContext db) {}\n";
    String fill = "  @Backfill(table = \"t\", key = \"id\") int fill(DSLContext db, KeyRange r) {";
    String one = checksumOf(migration, up + fill + " return 1; }");
    String two = checksumOf(migration, up + fill + " return 2; }");
    // declared first, still checksummed after @Up and @PreCheck: older checksums stay
    String first = checksumOf(migration, fill + " return 1; }\n" + up);

    assertThat(two).isNotEqualTo(one);
    assertThat(checksumOf(migration, up)).isNotEqualTo(one);
    assertThat(first).isEqualTo(one);
  }

  @Test
  void checksum_absentWithANote_whenTheCompilerHasNoTrees() {
    Compilation compilation = javac().withProcessors(new WithoutTrees()).compile(CREATE_USERS);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadNoteContaining(
            "[strata:no-checksum] this compiler offers no syntax trees, so"
                + " migration \"CreateUsers\" has no checksum and drift detection is off for it")
        .inFile(CREATE_USERS)
        .onLineContaining("class CreateUsers");
    assertThat(
            new GeneratedClasses(compilation)
                .instantiate("test.StrataMigrations", MigrationRegistry.class)
                .migrations()
                .get(0)
                .checksum())
        .isNull();
  }

  /** Runs the processor with an environment that is not javac's, as Eclipse's compiler would. */
  private static final class WithoutTrees extends AbstractProcessor {
    private final StrataProcessor strata = new StrataProcessor();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      strata.init(
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  (proxy, method, args) -> method.invoke(env, args)));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return strata.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return strata.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return strata.process(annotations, round);
    }
  }

  /** The first compilation's classes, written to {@code dir}: the second one's classpath. */
  private static List<File> classpathWith(Compilation compilation, Path dir) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.startsWith("/CLASS_OUTPUT/")) {
        Path target = dir.resolve(path.substring("/CLASS_OUTPUT/".length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
    List<File> classpath = new ArrayList<>(List.of(dir.toFile()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return classpath;
  }

  private static final JavaFileObject LIBRARY_MIGRATION =
      JavaFileObjects.forSourceLines(
          "lib.CreateAccounts",
          "package lib;",
          "",
          "import dev.strata.*;",
          "import org.jooq.DSLContext;",
          "",
          "@Migration(version = \"3\")",
          "public class CreateAccounts {",
          "  @Up void up(DSLContext db) {}",
          "}");

  /** {@code app.AddOwner}, in a second compilation, depending on the library's migration. */
  private static JavaFileObject addOwner(String... migrationAnnotation) {
    return JavaFileObjects.forSourceLines(
        "app.AddOwner",
        Stream.of(
                Stream.of(
                    "package app;", "", "import dev.strata.*;", "import org.jooq.DSLContext;"),
                Stream.of(migrationAnnotation),
                Stream.of("class AddOwner {", "  @Up void up(DSLContext db) {}", "}"))
            .flatMap(lines -> lines)
            .toList());
  }

  @Test
  void classpathDependency_withHigherVersion_isAnOrderError(@TempDir Path dir) throws IOException {
    List<File> classpath = classpathWith(compile(LIBRARY_MIGRATION), dir);
    JavaFileObject source =
        addOwner(
            "@Migration(", "    version = \"2.9\",", "    dependsOn = lib.CreateAccounts.class)");

    Compilation compilation = Compiler.compileWithClasspath(classpath, source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[strata:dependency-order] \"AddOwner\" (version 2.9) depends on \"lib.CreateAccounts\""
                + " (version 3), whose version is not lower; give \"AddOwner\" a version above 3,"
                + " or remove the dependency")
        .inFile(source)
        .onLineContaining("dependsOn = lib.CreateAccounts.class");
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void classpathDependency_withLowerVersion_isListedByVersion(@TempDir Path dir)
      throws IOException {
    List<File> classpath = classpathWith(compile(LIBRARY_MIGRATION), dir);
    JavaFileObject source =
        addOwner("@Migration(version = \"3.1\", dependsOn = lib.CreateAccounts.class)");

    Compilation compilation = Compiler.compileWithClasspath(classpath, source);

    assertThat(compilation).succeededWithoutWarnings();
    List<MigrationDescriptor> migrations =
        new GeneratedClasses(compilation)
            .instantiate("app.StrataMigrations", MigrationRegistry.class)
            .migrations();
    assertThat(migrations).hasSize(1); // the library's migration stays in the library's registry
    assertThat(migrations.get(0).dependsOn()).containsExactly("3");
  }
}
