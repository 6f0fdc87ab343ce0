package dev.strata.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.strata.processor.Compiler.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per diagnostic code (docs/compile-time-checks.md): the code, the key phrase, the line,
 * nothing else.
 */
class DiagnosticsTest {

  /** A source in package {@code test} that imports the Strata annotations and DSLContext. */
  static JavaFileObject source(String simpleName, String... body) {
    return sourceIn("test", simpleName, body);
  }

  /** A source in package {@code pkg} that imports the Strata annotations and DSLContext. */
  static JavaFileObject sourceIn(String pkg, String simpleName, String... body) {
    return JavaFileObjects.forSourceLines(
        pkg + "." + simpleName,
        Stream.concat(
                Stream.of(
                    "package " + pkg + ";",
                    "",
                    "import dev.strata.*;",
                    "import org.jooq.DSLContext;",
                    ""),
                Stream.of(body))
            .toList());
  }

  static void assertOnlyError(
      Compilation compilation, JavaFileObject source, String message, String line) {
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void notAClass() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "interface AddUsers {",
            "  @Up default void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:not-a-class] @Migration must be on a concrete class, but \"AddUsers\" is an"
            + " interface; move it to a class",
        "interface AddUsers");
  }

  @Test
  void notAClass_innerClass() {
    JavaFileObject source =
        source(
            "Outer",
            "class Outer {",
            "  @Migration(version = \"1\")",
            "  class AddUsers {",
            "    @Up void up(DSLContext db) {}",
            "  }",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:not-a-class] @Migration class \"AddUsers\" is an inner class",
        "class AddUsers");
  }

  @Test
  void notAClass_abstractClass() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "abstract class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:not-a-class] @Migration must be on a concrete class, but \"AddUsers\" is abstract",
        "abstract class AddUsers");
  }

  @Test
  void notInstantiable() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  AddUsers(String schema) {}",
            "  @Up void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:not-instantiable] @Migration class \"AddUsers\" has no non-private no-argument"
            + " constructor; add one",
        "class AddUsers");
  }

  @Test
  void notInstantiable_privateConstructor() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  private AddUsers() {}",
            "  @Up void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:not-instantiable] the no-argument constructor of @Migration class \"AddUsers\" is"
            + " private, so generated code cannot call it; make it package-private",
        "private AddUsers()");
  }

  @Test
  void notInstantiable_privateClass() {
    JavaFileObject source =
        source(
            "Outer",
            "class Outer {",
            "  @Migration(version = \"1\")",
            "  private static class AddUsers {",
            "    @Up void up(DSLContext db) {}",
            "  }",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:not-instantiable] @Migration class \"AddUsers\" is private",
        "class AddUsers");
  }

  @Test
  void badVersion() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(",
            "    description = \"add users\",",
            "    version = \"1.a\")",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-version] version \"1.a\" is not valid; write dot-separated numbers",
        "version = \"1.a\"");
  }

  @Test
  void badVersion_empty() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"\")",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source), source, "[strata:bad-version] version is empty", "version = \"\"");
  }

  @Test
  void duplicateVersion_reportedOnBoth() {
    JavaFileObject first =
        source(
            "CreateUsers",
            "@Migration(version = \"2\")",
            "class CreateUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");
    JavaFileObject second =
        source(
            "AddEmail",
            "@Migration(version = \"2.0\")",
            "class AddEmail {",
            "  @Up void up(DSLContext db) {}",
            "}");

    Compilation compilation = compile(first, second);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[strata:duplicate-version] version \"2\" is also declared by"
                + " test.AddEmail; give one of them another version")
        .inFile(first)
        .onLineContaining("version = \"2\"");
    assertThat(compilation)
        .hadErrorContaining(
            "[strata:duplicate-version] version \"2.0\" is also declared by" + " test.CreateUsers")
        .inFile(second)
        .onLineContaining("version = \"2.0\"");
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void missingUp() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Down void down(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:missing-up] @Migration class \"AddUsers\" has no @Up method; add one",
        "class AddUsers");
  }

  @Test
  void missingUp_inheritedUpDoesNotCount() {
    JavaFileObject base =
        source("Base", "abstract class Base {", "  @Up void up(DSLContext db) {}", "}");
    JavaFileObject source =
        source("AddUsers", "@Migration(version = \"1\")", "class AddUsers extends Base {", "}");

    Compilation compilation = compile(base, source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[strata:missing-up] @Migration class \"AddUsers\" has no @Up method (\"Base.up\" does"
                + " not count: Strata methods are not inherited)")
        .inFile(source)
        .onLineContaining("class AddUsers");
    assertThat(compilation)
        .hadErrorContaining(
            "[strata:orphan-method] @Up method \"up\" is in \"Base\", which has no @Migration")
        .inFile(base)
        .onLineContaining("@Up void up");
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void ambiguousUp() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "  @Up(dialects = Dialect.H2) void upH2(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:ambiguous-up] @Up methods \"up\" and \"upH2\" both cover dialect H2",
        "@Up(dialects = Dialect.H2)");
  }

  @Test
  void ambiguousUp_twoDownsOnOneDialect() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "  @Down(dialects = Dialect.POSTGRES) void down(DSLContext db) {}",
            "  @Down(timeoutSeconds = 5) void downAll(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:ambiguous-up] @Down methods \"down\" and \"downAll\" both cover dialect POSTGRES",
        "@Down(timeoutSeconds = 5)");
  }

  @Test
  void upAndDown_onOneMethod() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Up",
            "  @Down(dialects = Dialect.H2)",
            "  void apply(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:up-and-down] method \"apply\" is both @Up and @Down, so undoing the migration"
            + " would apply it again; give @Down a method of its own that reverts what \"apply\""
            + " does, or remove @Down",
        "@Down(dialects = Dialect.H2)");
  }

  @Test
  void badSignature() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Up void up(String sql) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-signature] @Up method \"up\" must take one parameter, org.jooq.DSLContext or"
            + " dev.strata.runtime.MigrationContext, but takes (String); declare it as void"
            + " up(MigrationContext db) for plain SQL or void up(DSLContext db) for jOOQ's DSL",
        "void up(String sql)");
  }

  @Test
  void badSignature_checkTakesBothContexts() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "  @PostCheck(\"done\")",
            "  boolean done(DSLContext db, dev.strata.runtime.MigrationContext context) {",
            "    return true;",
            "  }",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-signature] @PostCheck method \"done\" must take one parameter,"
            + " org.jooq.DSLContext or dev.strata.runtime.MigrationContext, but takes (DSLContext,"
            + " MigrationContext); declare it as boolean done(MigrationContext db) for plain SQL or"
            + " boolean done(DSLContext db) for jOOQ's DSL",
        "boolean done(");
  }

  @Test
  void badSignature_migrationContextStepReturnsBoolean_keepsItsParameterInTheFix() {
    JavaFileObject source =
        source(
            "AddUsers",
            "import dev.strata.runtime.MigrationContext;",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Up boolean up(MigrationContext db) { return true; }",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-signature] @Up method \"up\" must return void, but returns boolean; declare"
            + " it as void up(MigrationContext db)",
        "boolean up(");
  }

  @Test
  void badSignature_checkReturnsVoid() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "  @PreCheck(\"ready\") void ready(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-signature] @PreCheck method \"ready\" must return boolean, but returns void",
        "void ready(DSLContext db)");
  }

  @Test
  void badSignature_static() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Up static void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-signature] @Up method \"up\" must not be static",
        "static void up");
  }

  @Test
  void badAttribute() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Up(",
            "      dialects = Dialect.H2,",
            "      retries = -1)",
            "  void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:bad-attribute] retries = -1 on @Up method \"up\" is negative; write 0 for none",
        "retries = -1");
  }

  @Test
  void orphanMethod() {
    JavaFileObject source =
        source("Helpers", "class Helpers {", "  @Up void up(DSLContext db) {}", "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:orphan-method] @Up method \"up\" is in \"Helpers\", which has no @Migration",
        "@Up void up");
  }

  @Test
  void unknownDependency() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(",
            "    version = \"2\",",
            "    dependsOn = String.class)",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:unknown-dependency] dependsOn names \"java.lang.String\", which is not a"
            + " @Migration",
        "dependsOn = String.class");
  }

  /** Found by the reliability corpus: a primitive or array class crashed the processor. */
  @ParameterizedTest
  @ValueSource(strings = {"int.class", "void.class", "String[].class"})
  void unknownDependency_notAClass(String dependency) {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(",
            "    version = \"2\",",
            "    dependsOn = " + dependency + ")",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:unknown-dependency] dependsOn names \""
            + dependency.replace(".class", "").replace("String", "java.lang.String")
            + "\", which is not a class, let alone a @Migration; remove it",
        "dependsOn = " + dependency);
  }

  @Test
  void unknownDependency_reportedOnTheEntry() {
    JavaFileObject createUsers =
        source(
            "CreateUsers",
            "@Migration(version = \"1\")",
            "class CreateUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(",
            "    version = \"2\",",
            "    dependsOn = {",
            "        CreateUsers.class,",
            "        Object.class})",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(createUsers, source),
        source,
        "[strata:unknown-dependency] dependsOn names \"java.lang.Object\"",
        "Object.class");
  }

  @Test
  void selfDependency() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(",
            "    version = \"2\",",
            "    dependsOn = AddUsers.class)",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(source),
        source,
        "[strata:self-dependency] migration \"AddUsers\" depends on itself",
        "dependsOn = AddUsers.class");
  }

  @Test
  void dependencyOrder() {
    JavaFileObject createUsers =
        source(
            "CreateUsers",
            "@Migration(version = \"3\")",
            "class CreateUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");
    JavaFileObject addEmail =
        source(
            "AddEmail",
            "@Migration(",
            "    version = \"2\",",
            "    dependsOn = CreateUsers.class)",
            "class AddEmail {",
            "  @Up void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(createUsers, addEmail),
        addEmail,
        "[strata:dependency-order] \"AddEmail\" (version 2) depends on \"test.CreateUsers\""
            + " (version 3), whose version is not lower",
        "dependsOn = CreateUsers.class");
  }

  @Test
  void dependencyCycle_reportedOnceWithPath() {
    JavaFileObject a =
        source(
            "A",
            "@Migration(version = \"1\", dependsOn = C.class)",
            "class A {",
            "  @Up void up(DSLContext db) {}",
            "}");
    JavaFileObject b =
        source(
            "B",
            "@Migration(version = \"2\", dependsOn = A.class)",
            "class B {",
            "  @Up void up(DSLContext db) {}",
            "}");
    JavaFileObject c =
        source(
            "C",
            "@Migration(version = \"3\", dependsOn = B.class)",
            "class C {",
            "  @Up void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(a, b, c),
        a,
        "[strata:dependency-cycle] migrations depend on each other in a cycle: test.A -> test.C"
            + " -> test.B -> test.A",
        "dependsOn = C.class");
  }

  @Test
  void dependencyCycle_doesNotHideOrderErrorsOutsideIt() {
    JavaFileObject a =
        source(
            "A",
            "@Migration(version = \"1\", dependsOn = B.class)",
            "class A {",
            "  @Up void up(DSLContext db) {}",
            "}");
    JavaFileObject b =
        source(
            "B",
            "@Migration(version = \"2\", dependsOn = A.class)",
            "class B {",
            "  @Up void up(DSLContext db) {}",
            "}");
    JavaFileObject c =
        source(
            "C",
            "@Migration(version = \"5\", dependsOn = {A.class, D.class})",
            "class C {",
            "  @Up void up(DSLContext db) {}",
            "}");
    JavaFileObject d =
        source(
            "D",
            "@Migration(version = \"6\")",
            "class D {",
            "  @Up void up(DSLContext db) {}",
            "}");

    Compilation compilation = compile(a, b, c, d);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[strata:dependency-cycle] migrations depend on each other in a cycle:"
                + " test.A -> test.B -> test.A")
        .inFile(a)
        .onLineContaining("dependsOn = B.class");
    assertThat(compilation)
        .hadErrorContaining("[strata:dependency-order] \"C\" (version 5) depends on \"test.D\"")
        .inFile(c)
        .onLineContaining("dependsOn = {A.class, D.class}");
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void missingDialect() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Up(dialects = Dialect.H2) void up(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(List.of("-Astrata.dialects=H2,POSTGRES"), source),
        source,
        "[strata:missing-dialect] @Migration class \"AddUsers\" has no @Up method for dialect"
            + " POSTGRES, which -Astrata.dialects requires",
        "class AddUsers");
  }

  @Test
  void missingDialect_down() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "  @Down(dialects = Dialect.POSTGRES) void down(DSLContext db) {}",
            "}");

    assertOnlyError(
        compile(List.of("-Astrata.dialects=H2,POSTGRES"), source),
        source,
        "[strata:missing-dialect] @Migration class \"AddUsers\" has no @Down method for dialect H2",
        "class AddUsers");
  }

  @Test
  void badOption_unknownDialect() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");

    Compilation compilation = compile(List.of("-Astrata.dialects=H2,MYSQL"), source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[strata:bad-option] -Astrata.dialects names unknown dialect \"MYSQL\"; write a"
                + " comma-separated list of H2, POSTGRES");
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void badOption_registryName() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"1\")",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");

    Compilation compilation = compile(List.of("-Astrata.registry=com.acme.1Registry"), source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[strata:bad-option] -Astrata.registry=com.acme.1Registry is not a valid class name");
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void unresolved_reportedOnceBesideJavacsOwnError() {
    JavaFileObject source =
        source(
            "AddUsers",
            "@Migration(version = \"2\", dependsOn = CreateUser.class)",
            "class AddUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(source)
        .onLineContaining("dependsOn = CreateUser.class");
    assertThat(compilation)
        .hadErrorContaining(
            "[strata:unresolved] migration \"test.AddUsers\" refers to types that never resolved")
        .inFile(source)
        .onLineContaining("class AddUsers");
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void lateMigration_fromAnotherProcessorAfterTheRegistry() {
    JavaFileObject source =
        source(
            "CreateUsers",
            "@Migration(version = \"1\")",
            "class CreateUsers {",
            "  @Up void up(DSLContext db) {}",
            "}");

    Compilation compilation =
        javac()
            .withProcessors(new StrataProcessor(), new GeneratesMigrationInRoundOne())
            .compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[strata:late-migration] migration \"Late\" was generated by another annotation"
                + " processor after Strata wrote this compilation's registry");
    assertThat(compilation).hadWarningCount(0);
  }

  /** Another processor that writes a migration in the first round, seen by Strata in the second. */
  @SupportedAnnotationTypes("*")
  private static final class GeneratesMigrationInRoundOne extends AbstractProcessor {
    private boolean done;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("test.Late").openWriter()) {
          writer.write(
              "package test; @dev.strata.Migration(version = \"9\") class Late {"
                  + " @dev.strata.Up void up(org.jooq.DSLContext db) {} }");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  /** What an IDE compiles while someone types: javac's own errors, never a Strata stack trace. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "@Migration(version = \"2\", dependsOn = Missing.class) class AddUsers { @Up void"
            + " up(DSLContext db) {} }",
        "@Migration(version = \"2\") class AddUsers { @Up void up(DSLContex db) {} }",
        "@Migration(version = 2) class AddUsers { @Up void up(DSLContext db) {} }",
        "@Migration class AddUsers { @Up void up(DSLContext db) {} }",
        "@Migration(version = \"2\") class AddUsers { @Up(dialects = Dialect.MYSQL) void"
            + " up(DSLContext db) {} }",
        "@Migration(version = \"2\") class AddUsers { @Up void up(DSLContext db) { db.nothing(); }"
            + " }",
        "@Migration(version = \"2\") class AddUsers extends Missing { @Up void up(DSLContext db) {}"
            + " }",
        "@Migration(version = \"2\") class AddUsers { @Inject AddUsers(Missing m) {} @Up void"
            + " up(DSLContext db) {} }",
        "@Migration(version = \"2\") class AddUsers { @Up Missing up(DSLContext db) { return null;"
            + " } }",
      })
  void halfTypedSource_givesDiagnosticsNotStackTraces(String code) {
    JavaFileObject source = source("AddUsers", code);

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(Locale.ROOT);
      assertWithMessage(message).that(message).doesNotContain("[strata:internal]");
      assertWithMessage(message).that(message).doesNotContain("Exception");
    }
  }
}
