package dev.strata.runtime;

import dev.strata.Stage;

/**
 * One migration of a change, as {@link Migrator#changes()} reports it.
 *
 * @param version its version
 * @param description what it does
 * @param stage its stage
 * @param state where it stands, as {@link Migrator#status()} says
 */
public record ChangeMigration(
    String version, String description, Stage stage, MigrationState state) {}
