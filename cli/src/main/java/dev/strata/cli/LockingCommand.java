package dev.strata.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** A command that changes the database, and so takes the migration lock. */
abstract class LockingCommand extends DatabaseCommand {

  private Duration lockTimeout;

  @Option(
      names = "--lock-timeout",
      paramLabel = "<duration>",
      description =
          "How long to wait for another process's migration lock, such as 30s, 2m or PT1H. "
              + "Default: the migrator's (10 minutes unless the application sets it).")
  void lockTimeout(String value) {
    lockTimeout = Commands.duration(spec, "--lock-timeout", value);
  }

  LockingCommand(RootCommand root) {
    super(root);
  }

  @Override
  final Duration lockTimeout() {
    return lockTimeout;
  }
}
