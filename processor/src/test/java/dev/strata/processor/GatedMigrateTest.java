package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiler.compile;
import static dev.strata.processor.DiagnosticsTest.source;

import com.google.testing.compile.Compilation;
import dev.strata.Stage;
import dev.strata.runtime.GateOutcome;
import dev.strata.runtime.HeldMigration;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A generated registry's change, gate and attestation as the runtime uses them: {@code migrate} on
 * H2 holds the contract until its gate's evidence is there and it is attested, and applies the
 * unrelated migration above it meanwhile.
 */
class GatedMigrateTest {

  @Test
  void theContractIsHeldUntilItsGatePassesAndItIsAttested() throws Exception {
    Compilation compilation =
        compile(
            source(
                "AddFullName",
                "import dev.strata.runtime.MigrationContext;",
                "@Migration(version = \"1\")",
                "@Change(name = \"users-full-name\", stage = Stage.EXPAND)",
                "final class AddFullName {",
                "  @Up void up(MigrationContext db) {",
                "    db.execute(\"create table users (id int, first_name varchar(20))\");",
                "    db.execute(\"create table first_name_reads (at int)\");",
                "    db.execute(\"insert into first_name_reads values (1)\");",
                "  }",
                "}"),
            source(
                "DropFirstName",
                "import dev.strata.runtime.Evidence;",
                "import org.jooq.impl.DSL;",
                "@Migration(version = \"2\")",
                "@Change(name = \"users-full-name\", stage = Stage.CONTRACT)",
                "@Attested(\"a DBA confirmed that no report reads users.first_name\")",
                "final class DropFirstName {",
                "  @Gate(\"nothing read users.first_name\")",
                "  Evidence unread(DSLContext db) {",
                "    int reads = db.fetchCount(DSL.table(\"first_name_reads\"));",
                "    return reads == 0 ? Evidence.ok(\"no reads\") : Evidence.notYet(reads + \" reads\");",
                "  }",
                "  @Up void up(DSLContext db) {",
                "    db.execute(\"alter table users drop column first_name\");",
                "  }",
                "}"),
            source(
                "CreateOrders",
                "@Migration(version = \"3\")",
                "final class CreateOrders {",
                "  @Up void up(DSLContext db) { db.execute(\"create table orders (id int)\"); }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    MigrationRegistry registry =
        new GeneratedClasses(compilation)
            .instantiate("test.StrataMigrations", MigrationRegistry.class);
    String url = "jdbc:h2:mem:gated;DB_CLOSE_DELAY=-1";
    Migrator migrator = Migrator.builder().url(url).registry(registry).build();

    try (Connection keepAlive = DriverManager.getConnection(url)) {
      MigrationReport first = migrator.migrate();

      assertThat(first.executed().stream().map(MigrationInfo::version).toList())
          .containsExactly("1", "3")
          .inOrder();
      HeldMigration held = first.held().get(0);
      assertThat(first.held()).hasSize(1);
      assertThat(held.version()).isEqualTo("2");
      assertThat(held.change()).isEqualTo("users-full-name");
      assertThat(held.stage()).isEqualTo(Stage.CONTRACT);
      assertThat(held.gates().stream().map(GateOutcome::toString).toList().toString())
          .contains("1 reads");
      assertThat(held.attested()).isFalse();

      keepAlive.createStatement().execute("delete from first_name_reads");
      assertThat(migrator.migrate().held().get(0).attested()).isFalse(); // the gate passes now
      migrator.attest("2", "ana", "checked the report catalogue");
      MigrationReport last = migrator.migrate();

      assertThat(last.held()).isEmpty();
      assertThat(last.executed().stream().map(MigrationInfo::version).toList())
          .isEqualTo(List.of("2"));
    }
  }
}
