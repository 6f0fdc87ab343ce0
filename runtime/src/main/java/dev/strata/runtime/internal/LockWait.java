package dev.strata.runtime.internal;

import dev.strata.runtime.BackfillInfo;
import dev.strata.runtime.MigrationListener;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the log and the {@link MigrationListener}, once, that a command waits for the migration
 * lock, and who holds it as far as the database shows: so a person watching a stuck deploy knows
 * which process to look at. A listener that throws is logged and ignored, as in {@link Progress}.
 */
final class LockWait {

  private static final Logger LOG = LoggerFactory.getLogger("dev.strata.runtime.Migrator");
  private static final String UNKNOWN = "another process";
  private static final DateTimeFormatter SINCE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);

  /** How often a waiter looks at the backfills' progress rows. */
  private static final long WATCH_NANOS = 1_000_000_000L;

  private final MigrationListener listener;
  private final String table;
  private final BackfillTable backfills; // null: wait out backfills as any lock
  private long watched;

  LockWait(MigrationListener listener, String table, BackfillTable backfills) {
    this.listener = listener;
    this.table = table;
    this.backfills = backfills;
  }

  /**
   * Called by a waiter between its tries: throws {@link BackfillElsewhere} when a progress row says
   * a backfill is running (so the lock's holder is busy with it, maybe for hours). Asked at most
   * once a second; a failed look is no reason to stop waiting.
   */
  void polled(Connection connection) {
    if (backfills == null || System.nanoTime() - watched < WATCH_NANOS) {
      return;
    }
    watched = System.nanoTime();
    BackfillTable.Row running = null;
    try {
      Instant now = Instant.now();
      for (BackfillTable.Row row : backfills.readAll(connection)) {
        if (row.state(now) == BackfillInfo.State.RUNNING) {
          running = row;
        }
      }
      if (!connection.getAutoCommit()) {
        connection.rollback(); // H2 waits in a transaction: leave no snapshot behind
      }
    } catch (SQLException e) {
      LOG.debug("Could not read the backfills' progress: {}", Failures.describe(e));
    }
    if (running != null) {
      throw new BackfillElsewhere(running);
    }
  }

  /** The advisory lock {@code key} is held: its holder is in {@code pg_locks}, by pid. */
  void onPostgres(Connection connection, long key) {
    tell(postgresHolder(connection, key));
  }

  /**
   * The row lock is held: H2 shows which sessions have uncommitted work, not which holds a lock.
   */
  void onH2() {
    tell(UNKNOWN);
  }

  private void tell(String holder) {
    LOG.info("Waiting for the migration lock on {}, held by {}", table, holder);
    try {
      listener.waitingForLock(holder);
    } catch (RuntimeException e) {
      LOG.warn("MigrationListener.waitingForLock threw; ignored", e);
    }
  }

  /**
   * The granted advisory lock of this database with {@code key} (a bigint key shows as its high and
   * low halves, {@code objsubid} 1), and what {@code pg_stat_activity} shows of its session: all of
   * it to a superuser, a {@code pg_read_all_stats} member or the same user, else the pid only.
   */
  private static String postgresHolder(Connection connection, long key) {
    String sql =
        ("select l.pid, a.application_name, host(a.client_addr), a.backend_start"
                + " from pg_locks l left join pg_stat_activity a on a.pid = l.pid"
                + " where l.locktype = 'advisory' and l.granted and l.objsubid = 1"
                + " and l.classid::bigint = %d and l.objid::bigint = %d"
                + " and l.database = (select oid from pg_database where datname = current_database())")
            .formatted(key >>> 32, key & 0xFFFF_FFFFL);
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      if (!row.next() || row.getObject(1) == null) {
        return UNKNOWN; // released meanwhile, or held by a prepared transaction
      }
      return describe(
          row.getInt(1),
          row.getString(2),
          row.getString(3),
          row.getObject(4, OffsetDateTime.class));
    } catch (SQLException e) {
      LOG.debug("Could not ask who holds the migration lock: {}", Failures.describe(e));
      return UNKNOWN;
    }
  }

  /** {@code pid 4242 (application 'billing', client 10.0.0.7, connected since … UTC)}. */
  static String describe(int pid, String application, String client, OffsetDateTime since) {
    List<String> details = new ArrayList<>();
    if (application != null && !application.isEmpty()) {
      details.add("application '" + application + "'");
    }
    if (client != null) {
      details.add("client " + client);
    }
    if (since != null) {
      details.add("connected since " + SINCE.format(since.withOffsetSameInstant(ZoneOffset.UTC)));
    }
    return "pid " + pid + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
  }
}
