package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.CodeBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Test
  void paste_replacesEachMarkerLineByItsLines_atTheMarkersIndentation() {
    String text =
        "class A {\n  void a() {\n    "
            + SourceFiles.pasteHere("a")
            + "  }\n\n"
            + "  void b() {\n    "
            + SourceFiles.pasteHere("b")
            + "  }\n}\n";
    Map<String, List<String>> pastes = new LinkedHashMap<>();
    pastes.put("a", List.of("one();", "two();"));
    pastes.put("b", List.of("three();"));

    assertThat(SourceFiles.paste(text, pastes))
        .isEqualTo(
            "class A {\n  void a() {\n    one();\n    two();\n  }\n\n"
                + "  void b() {\n    three();\n  }\n}\n");
  }

  @Test
  void paste_withoutItsMarker_fails() {
    assertThrows(
        IllegalStateException.class,
        () -> SourceFiles.paste("class A {}\n", Map.of("a", List.of("one();"))));
  }
}
