package dev.strata.bench;

import dev.strata.runtime.BackfillProgress;
import dev.strata.runtime.MigrationBackfill;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationListener;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.Migrator;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Backfilling a column of a {@code --rows}-row PostgreSQL table (issue 17), three ways, with a
 * writer thread updating random rows of the same table meanwhile:
 *
 * <ul>
 *   <li><b>the floor</b>: a hand-written keyset loop in plain JDBC, each batch of {@code --batch}
 *       keys its own transaction: find the batch's last key, update the batch, commit;
 *   <li><b>Strata</b>: the same update as a {@link MigrationBackfill} of the same batch size, run
 *       by {@link Migrator#migrate()} (which also writes a progress row per batch);
 *   <li><b>one {@code UPDATE}</b> of the whole table.
 * </ul>
 *
 * <p>Each run gets a fresh schema with the table loaded and vacuumed; the tools take turns in every
 * round, each round starting with the next tool; a run counts only if every row was updated exactly
 * once. The writer's longest wait is the longest of its single-row updates (each its own
 * transaction, its commit not timed) during the run.
 *
 * <p>{@code java -cp … dev.strata.bench.BackfillBench [--rows 1000000] [--batch 1000] [--runs 5]
 * [--warmups 1] [--only floor,strata,single,idle]}; prints Markdown. Environment: {@code
 * STRATA_PG_URL}.
 */
public final class BackfillBench {

  /** The fill: derived column b, and n counts how often each row was updated. */
  private static final String SET = "update bf set b = a * 2, n = n + 1 where ";

  private static final String FLOOR = "JDBC keyset loop (floor)";
  private static final String STRATA = "Strata backfill";
  private static final String SINGLE = "one UPDATE";

  /**
   * No backfill: the writer's longest wait on its own, the machine's noise (scheduling, the
   * server's other work); the table is then updated untimed, so the check after every run holds.
   */
  private static final String IDLE = "nothing (the writer alone, 10 s)";

  public static void main(String[] args) throws Exception {
    int rows = Args.integer(args, "--rows", 1_000_000);
    int batch = Args.integer(args, "--batch", 1000);
    int runs = Args.integer(args, "--runs", 5);
    int warmups = Args.integer(args, "--warmups", 1);
    Target target = new Target.Postgres(Args.pgUrl());
    Map<String, Results> results = new LinkedHashMap<>();
    String only = Args.string(args, "--only", "floor,strata,single,idle");
    Map<String, String> names =
        Map.of(FLOOR, "floor", STRATA, "strata", SINGLE, "single", IDLE, "idle");
    for (String tool : List.of(FLOOR, STRATA, SINGLE, IDLE)) {
      if (only.contains(names.get(tool))) {
        results.put(tool, new Results());
      }
    }
    for (int round = 0; round < warmups + runs; round++) {
      List<String> tools = new ArrayList<>(results.keySet());
      Collections.rotate(tools, -round); // each tool first in some round: no order bias
      for (String tool : tools) {
        Run run = run(target, tool, rows, batch);
        System.err.printf(
            "round %d %s: %.0f ms, %d batches, median batch %.1f ms, writer's longest wait %.1f ms"
                + " (%d writes)%n",
            round,
            tool,
            run.nanos / 1e6,
            run.batches.count(),
            median(run.batches),
            run.maxWaitMillis,
            run.writes);
        if (round >= warmups) {
          results.get(tool).add(run);
        }
      }
    }
    report(new PrintWriter(System.out, true), results, rows, batch, runs);
  }

  private static Run run(Target target, String tool, int rows, int batch) throws Exception {
    DataSource dataSource = target.create();
    try {
      load(dataSource, rows);
      Stats batches = new Stats();
      Writer writer = new Writer(dataSource, rows);
      writer.start();
      long start = System.nanoTime();
      switch (tool) {
        case FLOOR -> floor(dataSource, batch, batches);
        case STRATA -> strata(dataSource, batch, batches);
        case SINGLE -> single(dataSource);
        default -> Thread.sleep(10_000);
      }
      long nanos = System.nanoTime() - start;
      writer.finish();
      if (tool.equals(IDLE)) {
        single(dataSource);
      }
      verify(dataSource, rows, tool);
      return new Run(nanos, batches, writer.maxWaitNanos / 1e6, writer.writes);
    } finally {
      target.drop(dataSource);
    }
  }

  private static void load(DataSource dataSource, int rows) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "create table bf (id bigint primary key, a int not null, b int,"
              + " n int not null default 0, w int not null default 0)");
      s.execute(
          "insert into bf (id, a) select g, g % 1000 from generate_series(1, " + rows + ") g");
      // Hint bits, visibility map and statistics set, as on a table that has lived a while.
      s.execute("vacuum analyze bf");
    }
  }

  /** The floor: what any batched backfill must do, with nothing recorded. */
  private static void floor(DataSource dataSource, int batch, Stats batches) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      long end;
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select max(id) from bf")) {
        r.next();
        end = r.getLong(1);
      }
      c.setAutoCommit(false);
      try (PreparedStatement next =
              c.prepareStatement(
                  "select max(id) from (select id from bf where id > ? and id <= ?"
                      + " order by id limit ?) s");
          PreparedStatement update = c.prepareStatement(SET + "id > ? and id <= ?")) {
        long after = Long.MIN_VALUE;
        while (true) {
          long started = System.nanoTime();
          next.setLong(1, after);
          next.setLong(2, end);
          next.setInt(3, batch);
          long upTo;
          try (ResultSet r = next.executeQuery()) {
            r.next();
            upTo = r.getLong(1);
            if (r.wasNull()) {
              c.commit();
              return;
            }
          }
          update.setLong(1, after);
          update.setLong(2, upTo);
          update.executeUpdate();
          c.commit();
          batches.add(System.nanoTime() - started);
          after = upTo;
        }
      }
    }
  }

  /** Strata: a hand-built descriptor, as the processor would generate it, run by migrate(). */
  private static void strata(DataSource dataSource, int batch, Stats batches) {
    MigrationBackfill fill =
        new MigrationBackfill(
            "fill",
            "bf",
            "id",
            batch,
            0,
            0,
            0,
            3,
            (db, range) -> db.execute(SET + range.where("id"), range.bindings()));
    MigrationDescriptor descriptor =
        new MigrationDescriptor(
            "1",
            "fill bf.b",
            "bench.FillB",
            List.of(),
            false,
            List.of(),
            List.of(),
            "sum1",
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            List.of(),
            null,
            fill);
    // A batch's duration from the listener's elapsed time, which starts with the backfill (not
    // with migrate(), whose lock and history come first).
    long[] last = {0, 0}; // elapsed nanos and batches at the last event
    MigrationListener listener =
        new MigrationListener() {
          @Override
          public void backfillProgress(BackfillProgress progress) {
            long elapsed = progress.elapsed().toNanos();
            if (progress.batches() > last[1]) { // the finished event may repeat the last batch
              batches.add(elapsed - last[0]);
              last[0] = elapsed;
              last[1] = progress.batches();
            }
          }
        };
    MigrationReport report =
        Migrator.builder()
            .dataSource(dataSource)
            .registry(() -> List.of(descriptor))
            .listener(listener)
            .build()
            .migrate();
    if (report.executed().size() != 1) {
      throw new IllegalStateException("Strata executed " + report.executed() + ", expected 1");
    }
  }

  private static void single(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(SET + "true");
    }
  }

  /** Every row updated exactly once, with the right value: a run that did not is not a time. */
  private static void verify(DataSource dataSource, int rows, String tool) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select count(*), count(*) filter (where n = 1 and b = a * 2) from bf")) {
      r.next();
      if (r.getLong(1) != rows || r.getLong(2) != rows) {
        throw new IllegalStateException(
            tool
                + ": "
                + r.getLong(2)
                + " of "
                + r.getLong(1)
                + " rows updated once, expected "
                + rows);
      }
    }
  }

  /** Updates random rows, one per transaction, as an application does; keeps its longest wait. */
  private static final class Writer extends Thread {
    private final DataSource dataSource;
    private final int rows;
    private volatile boolean stop;
    private volatile Exception failure;
    long maxWaitNanos;
    long writes;

    Writer(DataSource dataSource, int rows) {
      super("writer");
      this.dataSource = dataSource;
      this.rows = rows;
    }

    @Override
    public void run() {
      try (Connection c = dataSource.getConnection();
          PreparedStatement write = c.prepareStatement("update bf set w = w + 1 where id = ?")) {
        // The update is timed apart from the commit: a row lock is waited for inside the update,
        // while the commit's WAL flush is the disk's latency, not the backfill's.
        c.setAutoCommit(false);
        while (!stop) {
          write.setLong(1, ThreadLocalRandom.current().nextLong(1, rows + 1));
          long started = System.nanoTime();
          write.executeUpdate();
          maxWaitNanos = Math.max(maxWaitNanos, System.nanoTime() - started);
          c.commit();
          writes++;
        }
      } catch (Exception e) {
        failure = e;
      }
    }

    void finish() throws Exception {
      stop = true;
      join();
      if (failure != null) {
        throw failure;
      }
    }
  }

  private record Run(long nanos, Stats batches, double maxWaitMillis, long writes) {}

  private static final class Results {
    final Stats time = new Stats();
    final Stats batch = new Stats();
    final Stats longestBatch = new Stats();
    final Stats wait = new Stats();
    final Stats batches = new Stats();

    void add(Run run) {
      time.add(run.nanos);
      batch.add((long) (median(run.batches) * 1e6));
      longestBatch.add((long) (run.batches.count() == 0 ? 0 : run.batches.maxMillis() * 1e6));
      wait.add((long) (run.maxWaitMillis * 1e6));
      batches.add(run.batches.count() * 1_000_000L);
    }
  }

  private static double median(Stats stats) {
    return stats.count() == 0 ? 0 : stats.medianMillis();
  }

  private static void report(
      PrintWriter out, Map<String, Results> results, int rows, int batch, int runs) {
    out.printf(
        "%,d rows, batches of %,d keys, %d interleaved runs per tool; median (min–max)%n%n",
        rows, batch, runs);
    out.println(
        "| tool | time, s | ÷ floor | batches | one batch (median), ms | longest batch, ms |"
            + " writer's longest wait, ms |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    double floor = results.containsKey(FLOOR) ? results.get(FLOOR).time.medianMillis() : Double.NaN;
    results.forEach(
        (tool, r) ->
            out.printf(
                "| %s | %.2f (%.2f–%.2f) | %.2f× | %s | %s | %s | %.1f (%.1f–%.1f) |%n",
                tool,
                r.time.medianMillis() / 1000,
                r.time.minMillis() / 1000,
                r.time.maxMillis() / 1000,
                r.time.medianMillis() / floor,
                r.batch.medianMillis() == 0
                    ? "1"
                    : String.format("%,.0f", r.batches.medianMillis()),
                r.batch.medianMillis() == 0
                    ? "—"
                    : String.format(
                        "%.1f (%.1f–%.1f)",
                        r.batch.medianMillis(), r.batch.minMillis(), r.batch.maxMillis()),
                r.batch.medianMillis() == 0
                    ? "—"
                    : String.format(
                        "%.1f (%.1f–%.1f)",
                        r.longestBatch.medianMillis(),
                        r.longestBatch.minMillis(),
                        r.longestBatch.maxMillis()),
                r.wait.medianMillis(),
                r.wait.minMillis(),
                r.wait.maxMillis()));
    Results strata = results.get(STRATA);
    if (strata == null || !results.containsKey(FLOOR)) {
      return;
    }
    double ratio = strata.time.medianMillis() / floor;
    double waitPerBatch = strata.wait.medianMillis() / strata.batch.medianMillis();
    out.printf(
        "%n- the writer's longest wait ≤ 2× the longest batch of the same run: %.1f ms against"
            + " %.1f ms, %.2f×%n",
        strata.wait.medianMillis(),
        strata.longestBatch.medianMillis(),
        strata.wait.medianMillis() / strata.longestBatch.medianMillis());
    out.printf(
        "- Strata ≤ 1.1× the floor's time: %.2f× — %s%n", ratio, ratio <= 1.1 ? "met" : "missed");
    out.printf(
        "- the writer's longest wait during Strata's backfill ≤ 2× one batch: %.1f ms against a"
            + " batch of %.1f ms, %.2f× — %s%n",
        strata.wait.medianMillis(),
        strata.batch.medianMillis(),
        waitPerBatch,
        waitPerBatch <= 2 ? "met" : "missed");
  }

  private BackfillBench() {}
}
