package dev.strata.runtime.internal;

import dev.strata.Dialect;
import java.time.Duration;

/**
 * Keeps other migrators of the same history table out while a run changes the database. Held on
 * a connection of its own, so the migration's connection is free to commit, roll back or run
 * in autocommit; released by {@link #close()}, and by the database when the session dies.
 */
public interface MigrationLock extends AutoCloseable {

  static MigrationLock acquire(
      Database database, ConnectionSource connections, History history, Duration timeout) {
    return database.dialect() == Dialect.POSTGRES
        ? PostgresAdvisoryLock.acquire(database, connections, history, timeout)
        : H2RowLock.acquire(database, connections, history, timeout);
  }

  @Override
  void close();
}
