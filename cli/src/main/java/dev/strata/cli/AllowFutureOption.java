package dev.strata.cli;

import dev.strata.runtime.Migrator;
import picocli.CommandLine.Option;

/**
 * {@code --allow-future} / {@code --no-allow-future}, on the commands that validate the history
 * before they act: given, it overrides the application's {@code allowFuture}.
 */
final class AllowFutureOption {

  @Option(
      names = "--allow-future",
      negatable = true,
      description =
          "Tolerate, with a warning, versions a newer build applied (above every migration"
              + " this build knows, as after a rolled-back deploy): the default."
              + " --no-allow-future refuses them (exit 5).")
  Boolean allowFuture;

  Migrator applyTo(Migrator migrator) {
    return allowFuture == null ? migrator : migrator.withAllowFuture(allowFuture);
  }
}
