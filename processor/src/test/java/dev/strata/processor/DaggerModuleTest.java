package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dagger.internal.codegen.ComponentProcessor;
import dev.strata.Dialect;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated Dagger module, compiled with Dagger's own processor into a real component. */
class DaggerModuleTest {

  /** Package-private, in another package than the module, built by Dagger. */
  private static final JavaFileObject ADD_AUDIT =
      JavaFileObjects.forSourceLines(
          "test.jobs.AddAudit",
          "package test.jobs;",
          "",
          "import dev.strata.*;",
          "import java.util.List;",
          "import javax.inject.Inject;",
          "import javax.inject.Named;",
          "import org.jooq.DSLContext;",
          "",
          "@Migration(version = \"2\")",
          "class AddAudit {",
          "  private final List<String> log;",
          "",
          "  @Inject",
          "  AddAudit(@Named(\"log\") List<String> log) {",
          "    this.log = log;",
          "    log.add(\"created\");",
          "  }",
          "",
          "  @Up void up(DSLContext db) { log.add(\"up\"); }",
          "}");

  private static final JavaFileObject CREATE_USERS =
      JavaFileObjects.forSourceLines(
          "test.CreateUsers",
          "package test;",
          "",
          "import dev.strata.*;",
          "import org.jooq.DSLContext;",
          "",
          "@Migration(version = \"1\")",
          "public class CreateUsers {",
          "  @Up public void up(DSLContext db) {}",
          "}");
  private static final JavaFileObject APP =
      JavaFileObjects.forSourceLines(
          "app.AppComponent",
          "package app;",
          "",
          "import dagger.Component;",
          "import dagger.Module;",
          "import dagger.Provides;",
          "import dev.strata.runtime.MigrationRegistry;",
          "import java.util.ArrayList;",
          "import java.util.List;",
          "import javax.inject.Named;",
          "",
          "@Component(modules = {test.StrataMigrationsModule.class, AppComponent.LogModule.class})",
          "public interface AppComponent {",
          "  MigrationRegistry registry();",
          "",
          "  @Module",
          "  final class LogModule {",
          "    public static final List<String> LOG = new ArrayList<>();",
          "",
          "    @Provides @Named(\"log\") static List<String> log() { return LOG; }",
          "  }",
          "}");

  @Test
  void component_injectsTheRegistry_andBuildsInjectMigrationsLazily() throws Exception {
    Compilation compilation =
        javac()
            .withProcessors(new ComponentProcessor(), new StrataProcessor())
            .withOptions("-Xlint:all,-processing", "-Werror") // a strict build, docs: strict builds
            .compile(ADD_AUDIT, CREATE_USERS, APP);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.StrataMigrationsModule");
    assertThat(compilation).generatedSourceFile("test.jobs.AddAudit_StrataModule");
    GeneratedClasses classes = new GeneratedClasses(compilation);
    Object component = classes.loadClass("app.DaggerAppComponent").getMethod("create").invoke(null);
    MigrationRegistry registry =
        (MigrationRegistry)
            classes.loadClass("app.AppComponent").getMethod("registry").invoke(component);
    @SuppressWarnings("unchecked")
    List<String> log =
        (List<String>) classes.loadClass("app.AppComponent$LogModule").getField("LOG").get(null);

    List<MigrationDescriptor> migrations = registry.migrations();
    assertThat(migrations.stream().map(MigrationDescriptor::className).toList())
        .containsExactly("test.CreateUsers", "test.jobs.AddAudit")
        .inOrder();
    assertThat(log).isEmpty(); // listing runs no user code
    migrations.get(1).up(Dialect.H2).orElseThrow().body().run(NoDatabase.CONTEXT);
    migrations.get(1).up(Dialect.POSTGRES).orElseThrow().body().run(NoDatabase.CONTEXT);
    assertThat(log).containsExactly("created", "up", "up").inOrder(); // one instance per registry
  }

  @Test
  void noArgRegistry_cannotBuildInjectMigrations_andSaysWhichModuleCan() {
    Compilation compilation =
        javac().withProcessors(new StrataProcessor()).compile(ADD_AUDIT, CREATE_USERS);

    assertThat(compilation).succeededWithoutWarnings();
    MigrationRegistry registry =
        new GeneratedClasses(compilation)
            .instantiate("test.StrataMigrations", MigrationRegistry.class);
    MigrationDescriptor addAudit = registry.migrations().get(1);

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> addAudit.up(Dialect.H2).orElseThrow().body().run(NoDatabase.CONTEXT));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "test.jobs.AddAudit has an @Inject constructor with parameters, so only Dagger can"
                + " build it; build the Migrator with the MigrationRegistry that the generated"
                + " Dagger module test.StrataMigrationsModule provides");
  }
}
