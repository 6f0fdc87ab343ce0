package dev.strata.cli;

import dev.strata.runtime.MigrationRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * What the commands share: where to print, the environment, and how to build a migrator.
 *
 * @param out where results go (tables, progress, SQL)
 * @param err where errors go
 * @param environment where {@code STRATA_URL} and friends are read from
 * @param defaultUrl the URL used when neither {@code --url} nor {@code STRATA_URL} is given, or
 *     null
 * @param migrators builds the migrator for commands that need a database
 * @param registries the registries the application added; {@code new} also reads ServiceLoader's
 */
record CommandContext(
    PrintWriter out,
    PrintWriter err,
    Map<String, String> environment,
    String defaultUrl,
    MigratorFactory migrators,
    List<MigrationRegistry> registries) {

  CommandContext {
    environment = Map.copyOf(environment);
    registries = List.copyOf(registries);
  }
}
