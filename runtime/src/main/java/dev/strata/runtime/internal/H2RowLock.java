package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A row lock ({@code select … for update}) on the one row of {@code <history>_lock}, held in an
 * open transaction on a dedicated connection. H2 itself makes waiters wait up to its lock
 * timeout; we retry until ours. When the holder's session dies, H2 rolls its transaction back
 * and the lock is gone.
 */
final class H2RowLock implements MigrationLock {

  private static final Logger LOG = LoggerFactory.getLogger(H2RowLock.class);
  private static final String LOCK_TIMEOUT = "HYT00";

  private final Connection connection;
  private final DSLContext db;

  private H2RowLock(Connection connection, DSLContext db) {
    this.connection = connection;
    this.db = db;
  }

  static H2RowLock acquire(Database database, ConnectionSource connections,
      Connection first, History history, Duration timeout) {
    Connection connection = first;
    try {
      Table<Record> table = DSL.table(history.sibling("_lock"));
      Field<Integer> id = DSL.field(DSL.quotedName(database.fold("id")), SQLDataType.INTEGER.nullable(false));
      long deadline = System.nanoTime() + timeout.toNanos();
      boolean logged = false;
      for (int setups = 0; ; ) {
        DSLContext db = database.context(connection, 0);
        try {
          connection.setAutoCommit(false);
          if (!db.select(id).from(table).where(id.eq(1)).forUpdate().fetch().isEmpty()) {
            return new H2RowLock(connection, db);
          }
          connection.rollback(); // the table exists, its row not yet
        } catch (SQLException | RuntimeException e) {
          String state = Failures.sqlState(e);
          if (System.nanoTime() < deadline && LOCK_TIMEOUT.equals(state)) {
            connection.rollback();
            if (!logged) {
              LOG.info("Waiting for another migrator to finish (row lock on {})", table.getName());
              logged = true;
            }
            continue;
          }
          if (System.nanoTime() < deadline && (Failures.isConnectionLost(state) || "90020".equals(state))) {
            // an AUTO_SERVER database whose hosting process exited: the next open hosts it
            LOG.info("Lost the connection while waiting for the lock ({}); reconnecting", Failures.describe(e));
            Closing.quietly(connection, e);
            connection = reopen(connections, deadline);
            continue;
          }
          if (!isMissingTable(state)) {
            throw e;
          }
          connection.rollback();
        }
        if (++setups > 5) {
          throw new IllegalStateException("the lock table " + table.getName() + " cannot be set up");
        }
        connection.setAutoCommit(true);
        createLockRow(db, history, table, id); // first use; concurrent creators may race
      }
    } catch (SQLException | RuntimeException e) {
      Closing.quietly(connection, e);
      if (LOCK_TIMEOUT.equals(Failures.sqlState(e))) {
        throw new MigrationException(Reason.LOCK, "Another migrator has held the lock on "
            + history.displayName() + " for more than " + timeout + "; it may still be running."
            + " Wait for it and retry, or raise the wait with Migrator.builder().lockTimeout(...).",
            null, null, LOCK_TIMEOUT, e);
      }
      throw e instanceof MigrationException m ? m : new MigrationException(Reason.LOCK,
          "Cannot take the migration lock: " + Failures.describe(e), e);
    }
  }

  /** Opens a new connection, retrying while the database changes hands, until {@code deadline}. */
  private static Connection reopen(ConnectionSource connections, long deadline) {
    while (true) {
      try {
        return connections.open();
      } catch (MigrationException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** H2's "table not found" states (plain, with candidates, in an empty database) and "schema not found". */
  private static boolean isMissingTable(String state) {
    return "42S02".equals(state) || "42S03".equals(state) || "42S04".equals(state) || "90079".equals(state);
  }

  private static void createLockRow(DSLContext db, History history, Table<Record> table, Field<Integer> id) {
    try {
      if (history.schema() != null) {
        db.createSchemaIfNotExists(DSL.quotedName(history.schema())).execute();
      }
      db.createTableIfNotExists(table).column(id).primaryKey(id).execute();
      db.insertInto(table, id)
          .select(DSL.select(DSL.inline(1)).whereNotExists(DSL.selectOne().from(table).where(id.eq(1))))
          .execute();
    } catch (RuntimeException e) {
      // another migrator created it at the same moment; the next attempt finds it
      LOG.debug("Creating the lock table raced: {}", Failures.describe(e));
    }
  }

  @Override
  public void verify() {
    Sessions.verify(db);
  }

  @Override
  public void close() {
    try {
      connection.rollback(); // ends the transaction that holds the row lock
    } catch (SQLException e) {
      LOG.warn("Could not release the row lock: {}", Failures.describe(e));
    } finally {
      Closing.quietly(connection, null);
    }
  }
}
