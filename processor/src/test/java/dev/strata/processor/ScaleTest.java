package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiler.compile;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** 1,000 migrations must compile: the registry splits its code to stay within JVM limits. */
class ScaleTest {
  static final int MIGRATIONS = 1_000;

  /**
   * Migration {@code i} of a large set: package-private methods, in one of ten packages below the
   * registry's (so each needs an access helper), depending on its predecessor, with a dated version
   * such as {@code 2025.1.0042}.
   */
  static String migrationSource(int i) {
    String dependsOn = i == 0 ? "" : ", dependsOn = " + name(i - 1) + ".class";
    return String.join(
        "\n",
        "package " + packageOf(i) + ";",
        "",
        "import dev.strata.*;",
        "import org.jooq.DSLContext;",
        "",
        "@Migration(version = \"2025.1."
            + String.format("%04d", i)
            + "\", owners = \"team-"
            + i % 7
            + "\""
            + dependsOn
            + ")",
        "class " + simpleName(i) + " {",
        "  @PreCheck(\"ready " + i + "\") boolean ready(DSLContext db) { return true; }",
        "  @Up void up(DSLContext db) { db.execute(\"create table t" + i + "(id int)\"); }",
        "  @Down void down(DSLContext db) { db.execute(\"drop table t" + i + "\"); }",
        "}",
        "");
  }

  static String packageOf(int i) {
    return "scale.p" + i % 10;
  }

  static String simpleName(int i) {
    return String.format("M%04d", i);
  }

  /** Dependencies cross packages: qualified names, and the test makes the classes public. */
  private static String name(int i) {
    return packageOf(i) + "." + simpleName(i);
  }

  @Test
  void thousandMigrations_compileAndLoadInVersionOrder() throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < MIGRATIONS; i++) {
      sources.add(
          JavaFileObjects.forSourceString(
              name(i), migrationSource(i).replace("\nclass ", "\npublic class ")));
    }

    Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));

    assertThat(compilation).succeededWithoutWarnings();
    // the registry, its Dagger module, and one access helper per package
    assertThat(compilation.generatedSourceFiles()).hasSize(12);
    List<MigrationDescriptor> migrations =
        new GeneratedClasses(compilation)
            .instantiate("scale.StrataMigrations", MigrationRegistry.class)
            .migrations();
    assertThat(migrations).hasSize(MIGRATIONS);
    for (int i = 0; i < MIGRATIONS; i++) {
      assertThat(migrations.get(i).className()).isEqualTo(name(i));
    }
    assertThat(migrations.get(MIGRATIONS - 1).dependsOn()).containsExactly("2025.1.0998");
    MigrationDescriptor last = migrations.get(MIGRATIONS - 1);
    assertThat(last.preChecks().get(0).condition().test(NoDatabase.CONTEXT)).isTrue();
    // the last step is in the second switch method and reached through its package's helper: the
    // migration's own down() runs (and fails on the missing DSLContext)
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> migrations.get(MIGRATIONS - 1).down().get(0).body().run(NoDatabase.CONTEXT));
    assertThat(e.getStackTrace()[0].getClassName()).isEqualTo(name(MIGRATIONS - 1));
    assertThat(e.getStackTrace()[0].getMethodName()).isEqualTo("down");
  }
}
