package dev.strata.runtime.internal;

import dev.strata.Dialect;
import java.sql.Connection;
import java.time.Duration;

/**
 * Keeps other migrators of the same history table out while a run changes the database; released by
 * {@link #close()}, and by the database when the session dies.
 */
public interface MigrationLock extends AutoCloseable {

  /**
   * Waits until the lock is taken, or {@code timeout} passes ({@code Reason.LOCK}).
   *
   * @param connection the lock's connection, which the lock now owns (and closes)
   * @param fresh whether the history table was just found missing: then the lock's own table (H2)
   *     is most likely missing too, and is set up before it is first asked for
   * @param waiting told once when the lock is found held by another process
   */
  static MigrationLock acquire(
      Database database,
      ConnectionSource connections,
      Connection connection,
      History history,
      Duration timeout,
      boolean fresh,
      LockWait waiting) {
    return database.dialect() == Dialect.POSTGRES
        ? PostgresAdvisoryLock.acquire(connection, history, timeout, waiting)
        : H2RowLock.acquire(database, connections, connection, history, timeout, fresh, waiting);
  }

  /**
   * The connection the locked work runs on, when the lock is held in the work's own session
   * (PostgreSQL's advisory lock: one connection per migrator, and a lost lock is a lost migration);
   * null when the work needs a connection of its own (H2's row lock is a transaction, which the
   * migrations' commits would end).
   */
  default Connection sharedConnection() {
    return null;
  }

  /**
   * Throws unless the lock's session is still alive (and so still holds the lock): checked before
   * each migration, so a run whose lock session was killed stops instead of racing another.
   */
  void verify();

  @Override
  void close();
}
