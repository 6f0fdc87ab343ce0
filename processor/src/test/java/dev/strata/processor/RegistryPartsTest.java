package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.runtime.KeyRange;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A registry of more migrations than one of its classes holds is split into parts (a class's
 * constant pool holds at most 65,535 entries). Parts of 1,000 would need thousands of migrations to
 * show, so these tests lower the part size to 7 and compile 50: each migration must be listed in
 * order and each of its steps, checks, gates and backfills must reach its own method, through any
 * part.
 */
class RegistryPartsTest {
  private static final int PART_SIZE = 7;
  private static final int MIGRATIONS = 50;

  /**
   * Migration {@code i}: in the registry's package (called directly) or, for odd {@code i}, in a
   * package below it with package-private methods (through its access helper); every fifth of the
   * long form (a tag), every third gated and with a backfill; each method sends SQL naming itself,
   * which {@link NoDatabase} refuses.
   */
  private static JavaFileObject migration(int i) {
    String pkg = i % 2 == 0 ? "parts" : "parts.sub";
    String name = String.format("M%02d", i);
    String tags = i % 5 == 0 ? ", tags = \"five\"" : "";
    String transactional = i % 3 == 0 ? ", transactional = false" : "";
    return JavaFileObjects.forSourceString(
        pkg + "." + name,
        String.join(
            "\n",
            "package " + pkg + ";",
            "",
            "import dev.strata.*;",
            "import dev.strata.runtime.KeyRange;",
            "import dev.strata.runtime.MigrationContext;",
            "",
            "@Migration(version = \"" + (i + 1) + "\"" + tags + transactional + ")",
            "public class " + name + " {",
            "  @PreCheck(\"ready\") boolean ready(MigrationContext db) {",
            "    return db.execute(\"check " + i + "\") == 0;",
            "  }",
            "  @Up void up(MigrationContext db) { db.execute(\"up " + i + "\"); }",
            "  @Down void down(MigrationContext db) { db.execute(\"down " + i + "\"); }",
            i % 3 == 0
                ? "  @Gate(\"open\") boolean open(MigrationContext db) {"
                    + " return db.execute(\"gate "
                    + i
                    + "\") == 0; }"
                : "",
            i % 3 == 0
                ? "  @Backfill(table = \"t\", key = \"id\") int fill(MigrationContext db, KeyRange r) {"
                    + " return db.execute(\"backfill "
                    + i
                    + "\"); }"
                : "",
            "}",
            ""));
  }

  private static Compilation compile(int migrations) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < migrations; i++) {
      sources.add(migration(i));
    }
    return Compiler.compileInParts(PART_SIZE, sources.toArray(JavaFileObject[]::new));
  }

  private static String registrySource(Compilation compilation) throws IOException {
    return compilation
        .generatedSourceFile("parts.StrataMigrations")
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }

  @Test
  void moreMigrationsThanAPart_listedInOrderAndEachCalledThroughItsPart() throws IOException {
    Compilation compilation = compile(MIGRATIONS);

    assertThat(compilation).succeededWithoutWarnings();
    String registry = registrySource(compilation);
    // 50 migrations in parts of 7: Part0 to Part7, the last with one
    assertThat(registry).contains("private static final class Part7 {");
    assertThat(registry).doesNotContain("class Part8");
    assertThat(registry).contains("if (index < 49) {");
    List<MigrationDescriptor> migrations =
        new GeneratedClasses(compilation)
            .instantiate("parts.StrataMigrations", MigrationRegistry.class)
            .migrations();
    assertThat(migrations).hasSize(MIGRATIONS);
    for (int i = 0; i < MIGRATIONS; i++) {
      MigrationDescriptor migration = migrations.get(i);
      assertThat(migration.version()).isEqualTo(String.valueOf(i + 1));
      assertThat(migration.className())
          .isEqualTo((i % 2 == 0 ? "parts" : "parts.sub") + String.format(".M%02d", i));
      assertThat(migration.tags()).isEqualTo(i % 5 == 0 ? List.of("five") : List.of());
      assertSends("up " + i, () -> migration.up().get(0).body().run(NoDatabase.CONTEXT));
      assertSends("down " + i, () -> migration.down().get(0).body().run(NoDatabase.CONTEXT));
      assertSends(
          "check " + i, () -> migration.preChecks().get(0).condition().test(NoDatabase.CONTEXT));
      assertThat(migration.gates()).hasSize(i % 3 == 0 ? 1 : 0);
      if (i % 3 == 0) {
        assertSends(
            "gate " + i, () -> migration.gates().get(0).probe().evaluate(NoDatabase.CONTEXT));
      }
      assertThat(migration.backfill() != null).isEqualTo(i % 3 == 0);
      if (i % 3 == 0) {
        assertSends(
            "backfill " + i,
            () -> migration.backfill().filler().fill(NoDatabase.CONTEXT, new KeyRange(null, 1L)));
      }
    }
  }

  @Test
  void asManyMigrationsAsAPart_oneClass() throws IOException {
    Compilation compilation = compile(PART_SIZE);

    assertThat(compilation).succeededWithoutWarnings();
    String registry = registrySource(compilation);
    assertThat(registry).doesNotContain("class Part");
    assertThat(registry).contains("private static void migrations0(RegistryListing listing) {");
  }

  @Test
  void split_isDeterministic() throws IOException {
    assertThat(registrySource(compile(MIGRATIONS))).isEqualTo(registrySource(compile(MIGRATIONS)));
  }

  private static void assertSends(String sql, ThrowingRunnable call) {
    AssertionError e = assertThrows(AssertionError.class, call::run);
    assertThat(e).hasMessageThat().isEqualTo("the fixture sent SQL: " + sql);
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
