package dev.strata.processor;

import dev.strata.processor.RegistryModel.MigrationModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * The migrations a registry lists, one class name a line, kept beside it in the class output
 * ({@code META-INF/strata/<registry>.migrations}). The next compilation into the same output reads
 * it back: a migration that an earlier compilation listed, whose class is still there but which
 * this compilation does not compile, is one the new registry would leave out. That is what a build
 * does when it recompiles only the changed sources.
 */
final class RegistryIndex {
  private static final String DIRECTORY = "META-INF/strata/";
  private static final String SUFFIX = ".migrations";

  private RegistryIndex() {}

  static String path(String registry) {
    return DIRECTORY + registry + SUFFIX;
  }

  /**
   * The migrations listed by the registries that an earlier compilation wrote to this output (the
   * service file names them), by class name; empty on a clean output, or when the compiler cannot
   * read its output back.
   */
  static List<String> previous(Filer filer) {
    List<String> migrations = new ArrayList<>();
    for (String registry : lines(filer, StrataProcessor.SERVICE_FILE)) {
      migrations.addAll(lines(filer, path(registry)));
    }
    return migrations;
  }

  /** The index of {@code registry}: its migrations' class names, one a line, in its order. */
  static String text(RegistryModel registry) {
    StringBuilder text = new StringBuilder();
    for (MigrationModel migration : registry.migrations()) {
      text.append(migration.element().getQualifiedName()).append('\n');
    }
    return text.toString();
  }

  /** The non-blank lines of a resource in the class output; none if it cannot be read. */
  private static List<String> lines(Filer filer, String path) {
    List<String> lines = new ArrayList<>();
    try (Reader in = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path).openReader(true);
        BufferedReader reader = new BufferedReader(in)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          lines.add(line.trim());
        }
      }
    } catch (IOException | RuntimeException e) {
      // no earlier compilation here, or a Filer (another compiler's) that cannot read its output
      return List.of();
    }
    return lines;
  }
}
