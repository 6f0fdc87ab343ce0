package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiler.compile;

import com.google.testing.compile.Compilation;
import dev.strata.Dialect;
import dev.strata.runtime.KeyRange;
import dev.strata.runtime.MigrationBackfill;
import dev.strata.runtime.MigrationContext;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Backfills in the generated registry: the descriptor's values, and batches that run against a real
 * H2 database through the registry's {@code runBackfill}, directly and through an access helper.
 */
class BackfillGenerationTest {

  static final JavaFileObject CREATE_USERS =
      DiagnosticsTest.source(
          "CreateUsers",
          "import dev.strata.runtime.MigrationContext;",
          "@Migration(version = \"1\")",
          "public final class CreateUsers {",
          "  @Up public void up(MigrationContext db) {",
          "    db.execute(\"create table users (id bigint primary key, name varchar(20),"
              + " upper_name varchar(20))\");",
          "    db.execute(\"insert into users (id, name) values (1, 'ana'), (2, 'bo'), (3, 'cy')\");",
          "  }",
          "}");

  /** Public, on {@code MigrationContext}, without {@code @Up}: the registry calls it directly. */
  static final JavaFileObject FILL_UPPER_NAMES =
      DiagnosticsTest.source(
          "FillUpperNames",
          "import dev.strata.runtime.KeyRange;",
          "import dev.strata.runtime.MigrationContext;",
          "@Migration(version = \"2\", transactional = false)",
          "public final class FillUpperNames {",
          "  @Backfill(table = \"users\", key = \"id\")",
          "  public int fill(MigrationContext db, KeyRange range) {",
          "    return db.execute(\"update users set upper_name = upper(name) where \"",
          "        + range.where(\"id\"), range.bindings());",
          "  }",
          "}");

  /** Package-private in another package, on {@code DSLContext}, with an {@code @Up}. */
  static final JavaFileObject MARK_USERS =
      DiagnosticsTest.sourceIn(
          "test.db.fill",
          "MarkUsers",
          "import dev.strata.runtime.KeyRange;",
          "import dev.strata.runtime.MigrationContext;",
          "@Migration(version = \"3\", transactional = false)",
          "final class MarkUsers {",
          "  @Up void up(MigrationContext db) {",
          "    db.execute(\"alter table users add column marked int default 0\");",
          "  }",
          "  @Backfill(table = \"users\", key = \"id\", batchSize = 2, pauseMillis = 5,",
          "      targetBatchMillis = 50, timeoutSeconds = 7, retries = 1)",
          "  int mark(DSLContext db, KeyRange range) {",
          "    return db.execute(\"update users set marked = marked + 1 where \"",
          "        + range.where(\"id\"), range.bindings());",
          "  }",
          "}");

  @Test
  void backfills_areListedWithoutLintWarnings_andRunABatchOnH2() throws Exception {
    Compilation compilation =
        compile(List.of("-Xlint:all,-processing"), CREATE_USERS, FILL_UPPER_NAMES, MARK_USERS);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.db.fill.StrataMigrationsAccess");
    List<MigrationDescriptor> migrations =
        new GeneratedClasses(compilation)
            .instantiate("test.StrataMigrations", MigrationRegistry.class)
            .migrations();
    assertThat(migrations.get(0).backfill()).isNull();
    MigrationDescriptor fillMigration = migrations.get(1);
    assertThat(fillMigration.up()).isEmpty();
    assertThat(fillMigration.dialects()).containsExactlyElementsIn(Dialect.values());
    MigrationBackfill fill = fillMigration.backfill();
    assertThat(List.of(fill.method(), fill.table(), fill.key()))
        .containsExactly("fill", "users", "id")
        .inOrder();
    // @Backfill's defaults
    assertThat(
            List.of(
                fill.batchSize(),
                fill.pauseMillis(),
                fill.targetBatchMillis(),
                fill.timeoutSeconds(),
                fill.retries()))
        .containsExactly(1000, 0, 0, 0, 3)
        .inOrder();
    MigrationBackfill mark = migrations.get(2).backfill();
    assertThat(
            List.of(
                mark.batchSize(),
                mark.pauseMillis(),
                mark.targetBatchMillis(),
                mark.timeoutSeconds(),
                mark.retries()))
        .containsExactly(2, 5, 50, 7, 1)
        .inOrder();

    try (H2Context h2 = new H2Context("backfills")) {
      MigrationContext db = h2.context();
      migrations.get(0).up(Dialect.H2).orElseThrow().body().run(db);
      migrations.get(2).up(Dialect.H2).orElseThrow().body().run(db);

      assertThat(fill.filler().fill(db, new KeyRange(null, 2L))).isEqualTo(2);
      assertThat(mark.filler().fill(db, new KeyRange(1L, 3L))).isEqualTo(2);

      assertThat(rows(db)).containsExactly("1 ANA 0", "2 BO 1", "3 null 1").inOrder();
    }
  }

  private static List<String> rows(MigrationContext db) throws Exception {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs =
        db.connection()
            .createStatement()
            .executeQuery("select id, upper_name, marked from users order by id")) {
      while (rs.next()) {
        rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getInt(3));
      }
    }
    return rows;
  }
}
