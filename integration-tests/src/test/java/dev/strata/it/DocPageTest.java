package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.it.DocPage.Run;
import dev.strata.it.DocPage.WriteFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link DocPage} reads a page's blocks, so that no snippet escapes {@link DocsTest}. */
class DocPageTest {

  @TempDir Path folder;

  @Test
  void markedBlocks_becomeFilesCommandsAndOutputs_inPageOrder() throws Exception {
    Path page =
        page(
            "# Title",
            "## Quick start",
            "<!-- file: pom.xml -->",
            "```xml",
            "<project/>",
            "```",
            "<!-- file: pom.xml, insert before </dependencies> -->",
            "```xml",
            "<dependency/>",
            "```",
            "<!-- fails -->",
            "```sh",
            "mvn -q compile",
            "```",
            "It prints:",
            "```text",
            "[ERROR] …",
            "```",
            "## Next",
            "```java",
            "not in the section",
            "```");

    List<DocPage.Step> steps = DocPage.steps(page, "Quick start");

    assertEquals(
        List.of(
            new WriteFile("pom.xml", null, "<project/>\n", 4),
            new WriteFile("pom.xml", "</dependencies>", "<dependency/>\n", 8),
            new Run("mvn -q compile\n", false, true, "[ERROR] …\n", 12)),
        steps);
  }

  @Test
  void aBlockWithoutMarker_isRefused() throws Exception {
    Path page = page("Some prose.", "", "```java", "class A {}", "```");

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> DocPage.steps(page, null));

    assertTrue(
        refused.getMessage().contains(":3: a java block that is neither"), refused.getMessage());
  }

  @Test
  void aMarkerWithProseBelowIt_doesNotReachTheBlock() throws Exception {
    Path page = page("<!-- file: A.java -->", "Prose between.", "```java", "class A {}", "```");

    assertThrows(IllegalStateException.class, () -> DocPage.steps(page, null));
  }

  @Test
  void anOutputAfterNoCommand_isRefused() throws Exception {
    Path page = page("```text", "output of nothing", "```");

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> DocPage.steps(page, null));

    assertTrue(refused.getMessage().contains("must follow the commands"), refused.getMessage());
  }

  private Path page(String... lines) throws Exception {
    return Files.write(folder.resolve("page.md"), List.of(lines));
  }
}
