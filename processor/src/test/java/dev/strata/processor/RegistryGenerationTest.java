package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiler.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.Dialect;
import dev.strata.runtime.KeyRange;
import dev.strata.runtime.MigrationCheck;
import dev.strata.runtime.MigrationContext;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.MigrationStep;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class RegistryGenerationTest {

  static final JavaFileObject CREATE_USERS =
      JavaFileObjects.forSourceLines(
          "test.db.users.CreateUsers",
          "package test.db.users;",
          "",
          "import dev.strata.Migration;",
          "import dev.strata.Up;",
          "import dev.strata.Down;",
          "import org.jooq.DSLContext;",
          "import org.jooq.impl.SQLDataType;",
          "",
          "@Migration(version = \"1\")",
          "public class CreateUsers {",
          "  @Up",
          "  void up(DSLContext db) {",
          "    db.createTable(\"people\").column(\"id\", SQLDataType.INTEGER).execute();",
          "  }",
          "",
          "  @Down",
          "  void down(DSLContext db) {",
          "    db.dropTable(\"people\").execute();",
          "  }",
          "}");

  static final JavaFileObject ADD_EMAIL =
      JavaFileObjects.forSourceLines(
          "test.db.AddEmail",
          "package test.db;",
          "",
          "import dev.strata.Dialect;",
          "import dev.strata.Migration;",
          "import dev.strata.PostCheck;",
          "import dev.strata.PreCheck;",
          "import dev.strata.Up;",
          "import org.jooq.DSLContext;",
          "import org.jooq.impl.SQLDataType;",
          "",
          "@Migration(",
          "    version = \"1.10\",",
          "    description = \"Add email to users\",",
          "    dependsOn = test.db.users.CreateUsers.class,",
          "    transactional = false,",
          "    owners = {\"team-accounts\", \"ana\"},",
          "    tags = \"people\")",
          "public final class AddEmail {",
          "  @PreCheck(\"users table exists\")",
          "  public boolean usersExist(DSLContext db) {",
          "    return !db.dsl().meta().getTables(\"people\").isEmpty();",
          "  }",
          "",
          "  @Up(dialects = Dialect.H2, timeoutSeconds = 30, retries = 2)",
          "  public void upH2(DSLContext db) {",
          "    db.alterTable(\"people\").addColumn(\"email\", SQLDataType.VARCHAR(200)).execute();",
          "  }",
          "",
          "  @Up(dialects = Dialect.POSTGRES)",
          "  public void upPostgres(DSLContext db) {",
          "    db.alterTable(\"people\").addColumn(\"email\", SQLDataType.CLOB).execute();",
          "  }",
          "",
          "  @PostCheck(\"email column exists\")",
          "  public boolean emailExists(DSLContext db) {",
          "    return db.dsl().meta().getTables(\"people\").get(0).field(\"email\") != null;",
          "  }",
          "}");

  @Test
  void wellFormedMigrations_produceLoadableRegistryInVersionOrder() throws Exception {
    Compilation compilation = compile(CREATE_USERS, ADD_EMAIL, CREATE_AUDIT);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.diagnostics()).isEmpty();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "", StrataProcessor.SERVICE_FILE)
        .contentsAsUtf8String()
        .isEqualTo("test.db.StrataMigrations\n");
    // package-private members in other packages: reached through their package's helper
    assertThat(compilation).generatedSourceFile("test.db.users.StrataMigrationsAccess");
    assertThat(compilation).generatedSourceFile("test.db.audit.StrataMigrationsAccess");

    MigrationRegistry registry =
        new GeneratedClasses(compilation)
            .instantiate("test.db.StrataMigrations", MigrationRegistry.class);
    List<MigrationDescriptor> migrations = registry.migrations();

    assertThat(migrations.stream().map(MigrationDescriptor::version).toList())
        .containsExactly("1", "1.2", "1.10")
        .inOrder();
    MigrationDescriptor createUsers = migrations.get(0);
    assertThat(createUsers.description()).isEqualTo("create users");
    assertThat(createUsers.className()).isEqualTo("test.db.users.CreateUsers");
    assertThat(createUsers.transactional()).isTrue();
    assertThat(createUsers.dependsOn()).isEmpty();
    assertThat(createUsers.checksum()).matches("[0-9a-f]{64}");
    assertThat(createUsers.up()).hasSize(1);
    assertThat(createUsers.up().get(0).dialects()).containsExactly(Dialect.H2, Dialect.POSTGRES);
    assertThat(createUsers.down()).hasSize(1);

    MigrationDescriptor addEmail = migrations.get(2);
    assertThat(addEmail.description()).isEqualTo("Add email to users");
    assertThat(addEmail.className()).isEqualTo("test.db.AddEmail");
    assertThat(addEmail.dependsOn()).containsExactly("1");
    assertThat(addEmail.transactional()).isFalse();
    assertThat(addEmail.owners()).containsExactly("team-accounts", "ana").inOrder();
    assertThat(addEmail.tags()).containsExactly("people");
    assertThat(addEmail.up().stream().map(MigrationStep::method).toList())
        .containsExactly("upH2", "upPostgres")
        .inOrder();
    MigrationStep upH2 = addEmail.up(Dialect.H2).orElseThrow();
    assertThat(upH2.method()).isEqualTo("upH2");
    assertThat(upH2.dialects()).isEqualTo(Set.of(Dialect.H2));
    assertThat(upH2.timeoutSeconds()).isEqualTo(30);
    assertThat(upH2.retries()).isEqualTo(2);
    assertThat(addEmail.down()).isEmpty();
    assertThat(addEmail.preChecks().stream().map(MigrationCheck::description).toList())
        .containsExactly("users table exists");
    assertThat(addEmail.postChecks().stream().map(MigrationCheck::method).toList())
        .containsExactly("emailExists");

    // the steps call the methods: run them against a real database
    try (H2Context h2 = new H2Context("registry")) {
      MigrationContext db = h2.context();
      assertThat(addEmail.preChecks().get(0).condition().test(db)).isFalse();
      createUsers.up(Dialect.H2).orElseThrow().body().run(db);
      assertThat(addEmail.preChecks().get(0).condition().test(db)).isTrue();
      upH2.body().run(db);
      assertThat(addEmail.postChecks().get(0).condition().test(db)).isTrue();
      createUsers.down(Dialect.H2).orElseThrow().body().run(db);
      assertThat(db.dsl().meta().getTables("people")).isEmpty();
    }
  }

  /**
   * JavaPoet qualifies all but one of the access helpers (they share a simple name), and Java reads
   * a qualified name's first segment as a variable when one of that name is in scope: a parameter
   * {@code db} made {@code db.b.StrataMigrationsAccess.runStep(..)} a field access on the {@code
   * DSLContext}, and the registry did not compile. The same holds for a backfill's {@code range}.
   */
  @Test
  void packagesNamedLikeTheRegistrysFieldsAndParameters_stillCompileAndRun() throws Exception {
    List<String> roots =
        List.of("db", "db", "migration", "migrations", "index", "injector", "instances", "range");
    JavaFileObject[] sources = new JavaFileObject[roots.size()];
    for (int i = 0; i < sources.length; i++) {
      String pkg = roots.get(i) + ".p" + i;
      sources[i] =
          JavaFileObjects.forSourceLines(
              pkg + ".M" + i,
              "package " + pkg + ";",
              "",
              "import dev.strata.*;",
              "import dev.strata.runtime.KeyRange;",
              "import org.jooq.DSLContext;",
              "",
              "@Migration(version = \"" + (i + 1) + "\", transactional = false)",
              "class M" + i + " {",
              "  @Backfill(table = \"t" + i + "\", key = \"id\")",
              "  int fill(DSLContext db, KeyRange range) { return db.execute(\"delete from t"
                  + i
                  + " where \" + range.where(\"id\"), range.bindings()); }",
              "  @PreCheck(\"fresh\") boolean fresh(DSLContext db) {",
              "    return db.dsl().meta().getTables(\"t" + i + "\").isEmpty();",
              "  }",
              "  @Up void up(DSLContext db) { db.execute(\"create table t" + i + "(id int)\"); }",
              "}");
    }

    Compilation compilation = compile(List.of("-Astrata.registry=app.Registry"), sources);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("app.Registry")
        .contentsAsUtf8String()
        .contains("case 1: db.p1.RegistryAccess.runStep(1, migration_, db_); return;");
    assertThat(compilation)
        .generatedSourceFile("app.Registry")
        .contentsAsUtf8String()
        .contains(
            "case 7: return range.p7.RegistryAccess.runBackfill(7, migration_, db_, range_);");
    List<MigrationDescriptor> migrations =
        new GeneratedClasses(compilation)
            .instantiate("app.Registry", MigrationRegistry.class)
            .migrations();
    assertThat(migrations).hasSize(roots.size());
    try (H2Context h2 = new H2Context("shadowed")) {
      MigrationContext db = h2.context();
      for (int i = 0; i < migrations.size(); i++) {
        MigrationDescriptor migration = migrations.get(i);
        assertThat(migration.preChecks().get(0).condition().test(db)).isTrue();
        migration.up(Dialect.H2).orElseThrow().body().run(db);
        assertThat(migration.preChecks().get(0).condition().test(db)).isFalse();
        db.execute("insert into t" + i + " values (1), (2)");
        assertThat(migration.backfill().filler().fill(db, new KeyRange(null, 1L))).isEqualTo(1);
      }
    }
  }

  /**
   * A deprecated migration is still history, and a generic one is created as a raw type: the
   * generated code calls both without a warning.
   */
  @Test
  void deprecatedAndGenericMigrations_compileWithoutWarnings_underLintAndWerror() {
    JavaFileObject deprecated =
        JavaFileObjects.forSourceLines(
            "test.db.old.CreateLegacy",
            "package test.db.old;",
            "",
            "import dev.strata.*;",
            "import org.jooq.DSLContext;",
            "",
            "/** @deprecated superseded by CreatePeople */",
            "@Deprecated",
            "@Migration(version = \"1\")",
            "class CreateLegacy {",
            "  @Up void up(DSLContext db) { db.execute(\"create table legacy(id int)\"); }",
            "  @Deprecated(forRemoval = true)",
            "  @Down void down(DSLContext db) { db.execute(\"drop table legacy\"); }",
            "}");
    JavaFileObject forRemoval =
        JavaFileObjects.forSourceLines(
            "test.db.CreatePeople",
            "package test.db;",
            "",
            "import dev.strata.*;",
            "import org.jooq.DSLContext;",
            "",
            "@Deprecated(forRemoval = true)",
            "@Migration(version = \"2\")",
            "public class CreatePeople {",
            "  @Deprecated",
            "  @PreCheck(\"ready\") public boolean ready(DSLContext db) { return true; }",
            "  @Up public void up(DSLContext db) { db.execute(\"create table people(id int)\"); }",
            "}");

    JavaFileObject generic =
        JavaFileObjects.forSourceLines(
            "test.db.CreateTyped",
            "package test.db;",
            "",
            "import dev.strata.*;",
            "import org.jooq.DSLContext;",
            "",
            "@Migration(version = \"3\")",
            "class CreateTyped<T> {",
            "  @Up void up(DSLContext db) { db.execute(\"create table typed(id int)\"); }",
            "}");

    Compilation compilation =
        compile(List.of("-Xlint:all,-processing", "-Werror"), deprecated, forRemoval, generic);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.db.old.StrataMigrationsAccess");
  }

  /**
   * Methods that take {@code MigrationContext} are called with it as is: the registry and the
   * access helper name no jOOQ type, so loading them loads no jOOQ class.
   */
  @Test
  void migrationContextMethods_compileWithoutWarnings_andTheRegistryNamesNoJooqType()
      throws Exception {
    JavaFileObject plain =
        JavaFileObjects.forSourceLines(
            "test.db.plain.CreateNotes",
            "package test.db.plain;",
            "",
            "import dev.strata.*;",
            "import dev.strata.runtime.MigrationContext;",
            "",
            "@Migration(version = \"1\")",
            "class CreateNotes {",
            "  @PreCheck(\"no notes yet\") boolean absent(MigrationContext db) throws Exception {",
            "    var tables = db.connection().getMetaData().getTables(null, null, \"notes\", null);",
            "    return !tables.next();",
            "  }",
            "  @Up void up(MigrationContext db) {",
            "    db.execute(\"create table notes(id int, body varchar(10))\");",
            "    db.execute(\"insert into notes values (?, ?)\", 1, \"first\");",
            "  }",
            "  @PostCheck(\"one note\") boolean one(MigrationContext db) {",
            "    return db.execute(\"update notes set body = body\") == 1;",
            "  }",
            "  @Down void down(MigrationContext db) { db.execute(\"drop table notes\"); }",
            "}");

    // a registry in another package: calls reach the package-private class through its helper
    Compilation compilation = compile(List.of("-Astrata.registry=test.db.StrataMigrations"), plain);

    assertThat(compilation).succeededWithoutWarnings();
    for (String generated :
        List.of("test.db.StrataMigrations", "test.db.plain.StrataMigrationsAccess")) {
      assertThat(compilation)
          .generatedSourceFile(generated)
          .contentsAsUtf8String()
          .doesNotContain("org.jooq");
    }
    assertThat(compilation)
        .generatedSourceFile("test.db.plain.StrataMigrationsAccess")
        .contentsAsUtf8String()
        .contains("case 0: ((CreateNotes) migration).up(db); return;");
    MigrationDescriptor notes =
        new GeneratedClasses(compilation)
            .instantiate("test.db.StrataMigrations", MigrationRegistry.class)
            .migrations()
            .get(0);
    try (H2Context h2 = new H2Context("plain")) {
      MigrationContext db = h2.context();
      assertThat(notes.preChecks().get(0).condition().test(db)).isTrue();
      notes.up(Dialect.H2).orElseThrow().body().run(db);
      assertThat(notes.preChecks().get(0).condition().test(db)).isFalse();
      assertThat(notes.postChecks().get(0).condition().test(db)).isTrue();
      notes.down().get(0).body().run(db);
      assertThat(notes.preChecks().get(0).condition().test(db)).isTrue();
    }
  }

  @Test
  void commonShape_isListedInOneCall_withEveryField() throws Exception {
    JavaFileObject addIndex =
        JavaFileObjects.forSourceLines(
            "test.db.AddIndex",
            "package test.db;",
            "",
            "import dev.strata.*;",
            "import org.jooq.DSLContext;",
            "",
            "@Migration(version = \"2\", owners = \"team-search\","
                + " dependsOn = test.db.users.CreateUsers.class)",
            "class AddIndex {",
            "  @PreCheck(\"always\") boolean always(DSLContext db) { return true; }",
            "  @PostCheck(\"never\") boolean never(DSLContext db) { return false; }",
            "  @Up void create(DSLContext db) { db.execute(\"create table indexed(id int)\"); }",
            "  @Down void drop(DSLContext db) { db.execute(\"drop table indexed\"); }",
            "}");

    Compilation compilation = compile(CREATE_USERS, addIndex);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.db.StrataMigrations")
        .contentsAsUtf8String()
        .containsMatch(
            "\n *listing\\.migration\\(\"2\", \"add index\", \"test.db.AddIndex\", true,"
                + " \"[0-9a-f]{64}\", \"1\", \"team-search\", \"create\", \"drop\","
                + " \"always\", \"always\", \"never\", \"never\"\\);\n");
    MigrationDescriptor index =
        new GeneratedClasses(compilation)
            .instantiate("test.db.StrataMigrations", MigrationRegistry.class)
            .migrations()
            .get(1);
    assertThat(index.dependsOn()).containsExactly("1");
    assertThat(index.owners()).containsExactly("team-search");
    assertThat(index.tags()).isEmpty();
    MigrationStep create = index.up(Dialect.POSTGRES).orElseThrow();
    assertThat(create.dialects()).containsExactly(Dialect.H2, Dialect.POSTGRES);
    assertThat(index.down().stream().map(MigrationStep::method).toList()).containsExactly("drop");
    try (H2Context h2 = new H2Context("common")) {
      MigrationContext db = h2.context();
      assertThat(index.preChecks().get(0).condition().test(db)).isTrue();
      assertThat(index.postChecks().get(0).condition().test(db)).isFalse();
      create.body().run(db);
      assertThat(db.dsl().meta().getTables("indexed")).hasSize(1);
      index.down().get(0).body().run(db);
      assertThat(db.dsl().meta().getTables("indexed")).isEmpty();
    }
  }

  @Test
  void generatedCode_compilesWithoutLintWarnings() {
    Compilation compilation =
        compile(List.of("-Xlint:all,-processing"), CREATE_USERS, ADD_EMAIL, CREATE_AUDIT);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.db.StrataMigrationsModule"); // Dagger is here
  }

  static final JavaFileObject CREATE_AUDIT =
      JavaFileObjects.forSourceLines(
          "test.db.audit.CreateAudit",
          "package test.db.audit;",
          "",
          "import dev.strata.Migration;",
          "import dev.strata.Up;",
          "import org.jooq.DSLContext;",
          "",
          "@Migration(version = \"1.2\")",
          "final class CreateAudit {",
          "  @Up",
          "  void up(DSLContext db) {}",
          "}");
}
