package dev.strata.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every code is documented where users look it up, and reproduced by a test. */
class CodeCoverageTest {

  private static final Path DOCS = Path.of("..", "docs", "compile-time-checks.md");
  private static final Path TESTS = Path.of("src", "test", "java", "dev", "strata", "processor");

  @ParameterizedTest
  @EnumSource(Code.class)
  void everyCode_hasASectionAndARowInTheDocs(Code code) throws IOException {
    String docs = Files.readString(DOCS);
    assertWithMessage("docs/compile-time-checks.md section for " + code.id())
        .that(docs)
        .contains("\n### " + code.id() + "\n");
    String kind =
        code.kind() == Diagnostic.Kind.ERROR ? "" : " (" + code.kind().name().toLowerCase() + ")";
    assertWithMessage("docs/compile-time-checks.md table row for " + code.id())
        .that(docs)
        .contains("| [`" + code.id() + "`](#" + code.id() + ")" + kind + " |");
  }

  @ParameterizedTest
  @EnumSource(Code.class)
  void everyCode_isAssertedByATest(Code code) throws IOException {
    String tests;
    try (Stream<Path> files = Files.list(TESTS)) {
      tests =
          files
              .filter(f -> !f.endsWith("CodeCoverageTest.java"))
              .map(CodeCoverageTest::read)
              .collect(Collectors.joining("\n"));
    }
    assertWithMessage("a processor test that expects " + code.prefix().trim())
        .that(tests)
        .contains(code.prefix().trim());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
