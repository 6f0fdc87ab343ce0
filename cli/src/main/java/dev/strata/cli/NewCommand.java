package dev.strata.cli;

import dev.strata.runtime.MigrationRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code new "add email verified"}: writes a migration skeleton under the next free version. */
@Command(
    name = "new",
    description =
        "Write the skeleton of a new migration class (with @Up and @Down) under the "
            + "next free version, and print its path. Never overwrites a file; needs no database.")
final class NewCommand implements Callable<Integer> {

  private final RootCommand root;

  @Parameters(
      paramLabel = "<description>",
      description =
          "What the migration does, such as \"add email verified\"; "
              + "the class name is made from it (AddEmailVerified).")
  String description;

  @Option(
      names = "--package",
      paramLabel = "<package>",
      description = "Package of the new class. Default: that of the newest migration found.")
  String packageName;

  @Option(
      names = "--dir",
      paramLabel = "<folder>",
      defaultValue = "src/main/java",
      description =
          "Source folder to write to and to read versions from. Default: ${DEFAULT-VALUE}.")
  Path dir;

  @Option(
      names = "--version",
      paramLabel = "<version>",
      description =
          "Use this version instead of the next free one (the first segment of the "
              + "highest known version, plus one), for example for date-style versions.")
  String version;

  NewCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() {
    NewMigration.Created created =
        NewMigration.write(description, packageName, version, dir, knownMigrations());
    root.context.out().println("Created migration " + created.version() + ": " + created.file());
    return ExitCode.OK.code();
  }

  /** The migrations of the application's registries and of every registry ServiceLoader finds. */
  private List<NewMigration.Known> knownMigrations() {
    Set<MigrationRegistry> registries = new LinkedHashSet<>(root.context.registries());
    ServiceLoader.load(MigrationRegistry.class).forEach(registries::add);
    List<NewMigration.Known> known = new ArrayList<>();
    for (MigrationRegistry registry : registries) {
      registry
          .migrations()
          .forEach(m -> known.add(new NewMigration.Known(m.version(), m.className())));
    }
    return known;
  }
}
