/**
 * The Strata runtime: {@link dev.strata.runtime.Migrator} applies the migrations of generated
 * {@link dev.strata.runtime.MigrationRegistry registries} to a database.
 */
package dev.strata.runtime;
