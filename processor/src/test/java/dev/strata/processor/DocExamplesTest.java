package dev.strata.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of docs/compile-time-checks.md print what the page says: each group of {@code
 * `Name.java`:} blocks, with the page's package and imports above each, compiled by javac with the
 * processor, prints the {@code text} block after it, character for character. (The example across
 * modules, two compilations, is {@link LibraryChangeTest}'s.)
 */
class DocExamplesTest {
  private static final Path DOCS = Path.of("..", "docs", "compile-time-checks.md");
  private static final String HEADER =
      "package com.acme.db;\n\nimport dev.strata.*;\nimport org.jooq.DSLContext;\n\n";

  /** Sources, then what javac prints. */
  private static final Pattern EXAMPLE =
      Pattern.compile(
          "((?:`(\\w+)\\.java`:\\n\\n```java\\n(?:(?!```).*\\n)*```\\n\\n)+)"
              + "`javac ((?:-\\S+ )*)…` prints:\\n\\n```text\\n((?:(?!```).*\\n)*)```");

  private static final Pattern SOURCE =
      Pattern.compile("`(\\w+)\\.java`:\\n\\n```java\\n((?:(?!```).*\\n)*)```");

  record Source(String name, String text) {}

  record Example(String section, List<String> options, List<Source> sources, String output) {
    @Override
    public String toString() {
      return section + " " + sources.stream().map(Source::name).toList();
    }
  }

  /** Every example of the page, with the section it is in. */
  static Stream<Example> examples() throws IOException {
    String docs = Files.readString(DOCS);
    List<Example> examples = new ArrayList<>();
    String[] sections = docs.split("\n### ");
    for (String section : sections) {
      String code = section.substring(0, section.indexOf('\n'));
      Matcher example = EXAMPLE.matcher(section);
      while (example.find()) {
        List<Source> sources = new ArrayList<>();
        Matcher source = SOURCE.matcher(example.group(1));
        while (source.find()) {
          sources.add(new Source(source.group(1), source.group(2)));
        }
        List<String> options =
            List.of(example.group(3).split(" ")).stream().filter(o -> !o.isEmpty()).toList();
        examples.add(new Example(code, options, sources, example.group(4)));
      }
    }
    return examples.stream();
  }

  /** The page's examples are found: every code whose section shows Java has one. */
  @Test
  void everySectionWithJava_hasAnExample() throws IOException {
    String docs = Files.readString(DOCS);
    List<String> withExamples = examples().map(Example::section).toList();
    for (Code code : Code.values()) {
      int at = docs.indexOf("\n### " + code.id() + "\n");
      int end = docs.indexOf("\n#", at + 1); // the next section, of any level
      if (docs.substring(at, end < 0 ? docs.length() : end).contains("```java")) {
        assertWithMessage("an example in the section of " + code.id())
            .that(withExamples)
            .contains(code.id());
      }
    }
  }

  @TempDir Path temp;

  @ParameterizedTest
  @MethodSource("examples")
  void example_printsWhatThePageShows(Example example) throws IOException {
    Path dir = temp.resolve("src/com/acme/db");
    Files.createDirectories(dir);
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                temp.resolve("out").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-processorpath",
                System.getProperty("java.class.path"),
                "-processor",
                StrataProcessor.class.getName()));
    args.addAll(example.options());
    for (Source source : example.sources()) {
      Path file = dir.resolve(source.name() + ".java");
      Files.writeString(file, HEADER + source.text());
      args.add(file.toString());
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ToolProvider.getSystemJavaCompiler()
        .run(
            null,
            null,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args.toArray(String[]::new));

    String printed =
        err.toString(StandardCharsets.UTF_8).replace(temp + File.separator, "").replace('\\', '/');
    assertWithMessage("javac's output for the example of %s", example)
        .that(printed)
        .isEqualTo(example.output());
  }
}
