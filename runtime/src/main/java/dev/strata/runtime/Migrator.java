package dev.strata.runtime;

import java.util.List;
import javax.sql.DataSource;

/**
 * Applies migrations to one database. Built once with {@link #builder()}; immutable and safe to
 * share. Every operation takes a connection from the data source and returns it when done.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.builder().dataSource(dataSource).build();
 * MigrationReport report = migrator.migrate();
 * }</pre>
 *
 * <p>API SKELETON: the runtime issue implements every operation with the semantics of DESIGN §5.
 */
public final class Migrator {

  private Migrator() {}

  public static Builder builder() {
    return new Builder();
  }

  /** Applies every pending migration in version order. */
  public MigrationReport migrate() {
    throw new IllegalStateException("skeleton");
  }

  /** Applies pending migrations up to and including {@code targetVersion}. */
  public MigrationReport migrate(String targetVersion) {
    throw new IllegalStateException("skeleton");
  }

  /** Every known and applied migration with its state, in version order. */
  public List<MigrationInfo> status() {
    throw new IllegalStateException("skeleton");
  }

  /** Throws {@link MigrationException} when the registries and the history disagree. */
  public void validate() {
    throw new IllegalStateException("skeleton");
  }

  /** Runs {@code @Down} of applied migrations above {@code version}, newest first. */
  public MigrationReport undo(String version) {
    throw new IllegalStateException("skeleton");
  }

  /** Adopts an existing database as being at {@code version}. */
  public void baseline(String version) {
    throw new IllegalStateException("skeleton");
  }

  /** Clears failed non-transactional entries and realigns checksums with the registries. */
  public void repair() {
    throw new IllegalStateException("skeleton");
  }

  /** The SQL that {@link #migrate()} would run, rendered, not executed. */
  public Plan plan() {
    throw new IllegalStateException("skeleton");
  }

  /** Configures a {@link Migrator}. */
  public static final class Builder {
    private Builder() {}

    public Builder dataSource(DataSource dataSource) { return this; }

    public Builder url(String jdbcUrl) { return this; }

    public Builder user(String user) { return this; }

    public Builder password(String password) { return this; }

    /** Adds a registry; when none is added, every registry ServiceLoader finds is used. */
    public Builder registry(MigrationRegistry registry) { return this; }

    public Builder historyTable(String name) { return this; }

    public Builder schema(String schema) { return this; }

    public Builder outOfOrder(boolean outOfOrder) { return this; }

    public Builder allOrNothing(boolean allOrNothing) { return this; }

    public Builder listener(MigrationListener listener) { return this; }

    public Migrator build() {
      return new Migrator();
    }
  }
}
