package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceFilesTest {

  @Test
  void literal_isWhatJavaPoetWritesForAStringWithoutLineBreaks() {
    for (String value :
        List.of(
            "",
            "add email to users",
            "say \"hi\"",
            "C:\\temp",
            "tab\there, return\rhere, form\ffeed, backspace\b",
            "bell \u0007, nul \0, delete \u007f, next line \u0085",
            "it's ü, ß, 日本, 😀",
            "$S $L $T $$")) {
      assertThat(SourceFiles.literal(value)).isEqualTo(CodeBlock.of("$S", value).toString());
    }
  }

  @Test
  void literal_keepsLineBreaksOnOneLine_andEscapesTheSeparatorsJavaPoetBreaksLinesAt() {
    assertThat(SourceFiles.literal("one\ntwo")).isEqualTo("\"one\\ntwo\"");
    assertThat(SourceFiles.literal("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
  }

  @Test
  void literal_ofNull_isNull() {
    assertThat(SourceFiles.literal(null)).isEqualTo("null");
  }
}
