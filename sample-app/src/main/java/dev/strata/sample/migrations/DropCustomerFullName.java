package dev.strata.sample.migrations;

import dev.strata.Attested;
import dev.strata.Change;
import dev.strata.Down;
import dev.strata.Gate;
import dev.strata.Migration;
import dev.strata.Stage;
import dev.strata.Up;
import dev.strata.runtime.Evidence;
import dev.strata.runtime.MigrationContext;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;

/**
 * Contract: {@code full_name} goes, once nothing reads it. The gate looks for reads in the last 14
 * days: in PostgreSQL's {@code pg_stat_statements}, which sees every client, when the server loads
 * it; otherwise in {@code column_usage}, which sees only the code that records there. What neither
 * can see (a report someone runs by hand, a build from before the change) a person confirms.
 */
@Migration(
    version = "15",
    owners = "accounts-team",
    tags = {"accounts", "pii"})
@Change(name = "customers-split-name", stage = Stage.CONTRACT)
@Attested("the reporting team confirmed that no report or export reads customers.full_name")
final class DropCustomerFullName {

  /** How long nothing may have read the column. */
  static final int UNREAD_DAYS = 14;

  @Gate("no statement has read customers.full_name for 14 days")
  Evidence fullNameUnread(DSLContext db) {
    if (db.family() != SQLDialect.POSTGRES) {
      return fromUsageTable(db);
    }
    if (statementStatisticsLoaded(db)) {
      return fromStatementStatistics(db);
    }
    Evidence usage = fromUsageTable(db);
    String details = "pg_stat_statements is not loaded; " + usage.details();
    return usage.isOk() ? Evidence.ok(details) : Evidence.notYet(details);
  }

  @Up
  void up(MigrationContext db) {
    db.execute("alter table customers drop column full_name");
  }

  @Down
  void down(MigrationContext db) {
    db.execute("alter table customers add column full_name varchar(200)");
    db.execute(
        "update customers set full_name = case when last_name = '' then first_name"
            + " else first_name || ' ' || last_name end");
    db.execute("alter table customers alter column full_name set not null");
  }

  /**
   * Whether {@code pg_stat_statements} can be asked. Checked before it is queried: on a server that
   * does not preload it the query fails, and a failed statement would end the gate's transaction.
   */
  private static boolean statementStatisticsLoaded(DSLContext db) {
    return Boolean.TRUE.equals(
        db.fetchValue(
            "select exists (select 1 from pg_extension where extname = 'pg_stat_statements')"
                + " and current_setting('shared_preload_libraries') ~ 'pg_stat_statements'"));
  }

  /**
   * Statements of this database that mention the column, other than the app's dual-write inserts,
   * since the statistics were last reset: reset them once the app stops reading the column.
   */
  private static Evidence fromStatementStatistics(DSLContext db) {
    Record found =
        db.fetchOne(
            "select i.stats_reset, i.stats_reset <= now() - make_interval(days => ?),"
                + " coalesce(sum(s.calls), 0)"
                + " from pg_stat_statements_info i left join pg_stat_statements s"
                + " on s.dbid = (select oid from pg_database where datname = current_database())"
                + " and s.query ~* '\\mfull_name\\M' and s.query !~* '^\\s*insert\\M'"
                + " and s.query !~* 'pg_stat_statements'"
                + " group by i.stats_reset",
            UNREAD_DAYS);
    Object reset = found.get(0);
    long reads = found.get(2, Long.class);
    if (!found.get(1, Boolean.class)) {
      return Evidence.notYet(
          "pg_stat_statements counts since "
              + reset
              + ", less than "
              + UNREAD_DAYS
              + " days: a shorter watch proves nothing");
    }
    return reads == 0
        ? Evidence.ok("pg_stat_statements: no statement read it since " + reset)
        : Evidence.notYet("pg_stat_statements: " + reads + " statements read it since " + reset);
  }

  private static Evidence fromUsageTable(DSLContext db) {
    Record usage =
        db.fetchOne(
            "select tracked_since, last_read_at, reads, localtimestamp(0) from column_usage"
                + " where table_name = 'customers' and column_name = 'full_name'");
    if (usage == null) {
      return Evidence.notYet("column_usage has no row for customers.full_name: nothing counts");
    }
    LocalDateTime since = usage.get(0, LocalDateTime.class);
    LocalDateTime lastRead = usage.get(1, LocalDateTime.class);
    long reads = usage.get(2, Long.class);
    LocalDateTime windowStart = usage.get(3, LocalDateTime.class).minusDays(UNREAD_DAYS);
    if (since.isAfter(windowStart)) {
      return Evidence.notYet(
          "column_usage counts reads since "
              + since
              + ", less than "
              + UNREAD_DAYS
              + " days: a shorter watch proves nothing");
    }
    if (lastRead != null && lastRead.isAfter(windowStart)) {
      return Evidence.notYet(
          "column_usage: "
              + reads
              + (reads == 1 ? " read" : " reads")
              + " since "
              + since
              + ", the last at "
              + lastRead);
    }
    return Evidence.ok(
        "column_usage: no read since "
            + (lastRead == null ? since : lastRead)
            + " (counting since "
            + since
            + ")");
  }
}
