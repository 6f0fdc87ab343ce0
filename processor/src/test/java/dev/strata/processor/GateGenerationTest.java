package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiler.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.Stage;
import dev.strata.runtime.Evidence;
import dev.strata.runtime.MigrationContext;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationGate;
import dev.strata.runtime.MigrationRegistry;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Changes, gates and attestations in the generated registry: the descriptor fields, and gates that
 * run against a real H2 database through the registry's {@code evaluateGate}, directly and through
 * an access helper.
 */
class GateGenerationTest {

  static final JavaFileObject ADD_FULL_NAME =
      DiagnosticsTest.source(
          "AddFullName",
          "import dev.strata.runtime.MigrationContext;",
          "@Migration(version = \"1\")",
          "@Change(name = \"users-full-name\", stage = Stage.EXPAND)",
          "public final class AddFullName {",
          "  @Up public void up(MigrationContext db) {",
          "    db.execute(\"create table users (id int, first_name varchar(20), full_name"
              + " varchar(40))\");",
          "  }",
          "}");

  /** Package-private, in another package than the registry: reached through its access helper. */
  static final JavaFileObject DROP_FIRST_NAME =
      JavaFileObjects.forSourceLines(
          "test.db.contract.DropFirstName",
          "package test.db.contract;",
          "",
          "import dev.strata.*;",
          "import dev.strata.runtime.Evidence;",
          "import dev.strata.runtime.MigrationContext;",
          "import org.jooq.DSLContext;",
          "import org.jooq.impl.DSL;",
          "",
          "@Migration(version = \"2\")",
          "@Change(name = \"users-full-name\", stage = Stage.CONTRACT)",
          "@Attested(\"a DBA confirmed that no report reads users.first_name\")",
          "final class DropFirstName {",
          "  @Gate(value = \"every user has a full name\", timeoutSeconds = 5)",
          "  Evidence filled(DSLContext db) {",
          "    int missing = db.fetchCount(DSL.table(\"users\"), DSL.field(\"full_name\").isNull());",
          "    return missing == 0 ? Evidence.ok(\"all filled\")",
          "        : Evidence.notYet(missing + \" without\");",
          "  }",
          "",
          "  @Gate(\"no user is left\")",
          "  boolean empty(MigrationContext db) throws Exception {",
          "    try (var rs = db.connection().createStatement()",
          "        .executeQuery(\"select count(*) from users\")) {",
          "      rs.next();",
          "      return rs.getInt(1) == 0;",
          "    }",
          "  }",
          "",
          "  @Up void up(MigrationContext db) {",
          "    db.execute(\"alter table users drop column first_name\");",
          "  }",
          "}");

  @Test
  void changesGatesAndAttestations_areListed_andTheGatesRunOnH2() throws Exception {
    Compilation compilation = compile(ADD_FULL_NAME, DROP_FIRST_NAME);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.db.contract.StrataMigrationsAccess");
    List<MigrationDescriptor> migrations =
        new GeneratedClasses(compilation)
            .instantiate("test.StrataMigrations", MigrationRegistry.class)
            .migrations();

    MigrationDescriptor expand = migrations.get(0);
    assertThat(expand.change()).isEqualTo("users-full-name");
    assertThat(expand.stage()).isEqualTo(Stage.EXPAND);
    assertThat(expand.gates()).isEmpty();
    assertThat(expand.attestation()).isNull();
    MigrationDescriptor contract = migrations.get(1);
    assertThat(contract.change()).isEqualTo("users-full-name");
    assertThat(contract.stage()).isEqualTo(Stage.CONTRACT);
    assertThat(contract.attestation())
        .isEqualTo("a DBA confirmed that no report reads users.first_name");
    List<MigrationGate> gates = contract.gates();
    assertThat(gates.stream().map(MigrationGate::method).toList())
        .containsExactly("filled", "empty")
        .inOrder();
    assertThat(gates.get(0).description()).isEqualTo("every user has a full name");
    assertThat(gates.get(0).timeoutSeconds()).isEqualTo(5);
    assertThat(gates.get(1).description()).isEqualTo("no user is left");
    assertThat(gates.get(1).timeoutSeconds()).isEqualTo(30); // @Gate's default

    try (H2Context h2 = new H2Context("gates")) {
      MigrationContext db = h2.context();
      expand.up(dev.strata.Dialect.H2).orElseThrow().body().run(db);
      assertThat(gates.get(0).probe().evaluate(db)).isEqualTo(Evidence.ok("all filled"));
      assertThat(gates.get(1).probe().evaluate(db))
          .isEqualTo(Evidence.ok("the gate returned true"));

      db.execute("insert into users (id, first_name) values (1, 'Ana')");

      assertThat(gates.get(0).probe().evaluate(db)).isEqualTo(Evidence.notYet("1 without"));
      assertThat(gates.get(1).probe().evaluate(db))
          .isEqualTo(Evidence.notYet("the gate returned false"));
    }
  }

  @Test
  void gatedRegistryAccessHelperAndChangeIndex_compileWithoutLintWarnings() {
    Compilation compilation =
        compile(List.of("-Xlint:all,-processing"), ADD_FULL_NAME, DROP_FIRST_NAME);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("dev.strata.changes.test_StrataMigrations");
  }

  @Test
  void aRegistryWithoutGatesOrBackfills_leavesTheirDispatchToTheDefaults() throws Exception {
    Compilation compilation = compile(ADD_FULL_NAME);

    assertThat(compilation).succeededWithoutWarnings();
    String registry =
        compilation
            .generatedSourceFile("test.StrataMigrations")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(registry).doesNotContain("evaluateGate");
    assertThat(registry).doesNotContain("runBackfill");
  }
}
