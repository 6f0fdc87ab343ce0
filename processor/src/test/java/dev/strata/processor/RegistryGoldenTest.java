package dev.strata.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The registry of four migrations, one of the common shape on {@code MigrationContext}, one that
 * needs the long form on {@code DSLContext} and starts a change, one that contracts it behind two
 * gates and an attestation, and a backfill without {@code @Up}, byte for byte as a checked-in
 * source: any change to what the processor generates shows up here as a diff to review.
 */
class RegistryGoldenTest {

  private static final Path EXPECTED =
      Path.of("src", "test", "resources", "expected", "golden", "StrataMigrations.java");

  @Test
  void registry_matchesTheCheckedInSource() throws IOException {
    Compilation compilation =
        Compiler.compile(
            JavaFileObjects.forResource("golden/golden/CreateBooks.java"),
            JavaFileObjects.forResource("golden/golden/IndexBooks.java"),
            JavaFileObjects.forResource("golden/golden/DropOldTitle.java"),
            JavaFileObjects.forResource("golden/golden/FillTitles.java"));

    assertThat(compilation).succeededWithoutWarnings();
    String generated =
        compilation
            .generatedSourceFile("golden.StrataMigrations")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertWithMessage(
            "the generated registry differs from %s; if the change is meant, copy the"
                + " generated source there",
            EXPECTED)
        .that(generated)
        .isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
  }
}
