package dev.strata.cli;

import dev.strata.Dialect;
import dev.strata.runtime.KeyRange;
import dev.strata.runtime.MigrationBackfill;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import java.util.List;

/**
 * A registry with a backfill, written as the processor would generate it: 1 creates {@code orders}
 * with {@link #ROWS} rows, 2 fills their {@code total} in batches of {@link #BATCH} keys. The fill
 * fails on the keys above {@code failAbove} when it is set, as a bug in a backfill would.
 */
final class BackfillShop {

  static final int ROWS = 5_000;
  static final int BATCH = 500;

  private BackfillShop() {}

  /** Called before each batch's update, with its range: a test's way to fail or hold one. */
  @FunctionalInterface
  interface BeforeBatch {
    void accept(KeyRange range) throws Exception;
  }

  /**
   * The registry; its backfill fails once it reaches a key above {@code failAbove} (0: never), and
   * pauses {@code pauseMillis} between batches.
   */
  static MigrationRegistry registry(long failAbove, int pauseMillis) {
    return registry(
        pauseMillis,
        range -> {
          if (failAbove > 0 && ((Number) range.upTo()).longValue() > failAbove) {
            throw new IllegalStateException("no price for the order after " + range.after());
          }
        });
  }

  /** The registry; its backfill calls {@code before} before each batch. */
  static MigrationRegistry registry(int pauseMillis, BeforeBatch before) {
    return () ->
        List.of(
            GatedShop.migration(
                "1",
                "create orders",
                null,
                null,
                List.of(),
                List.of(),
                null,
                "create table orders (id bigint primary key, qty int not null, total int)"),
            fill(pauseMillis, before));
  }

  private static MigrationDescriptor fill(int pauseMillis, BeforeBatch before) {
    MigrationBackfill backfill =
        new MigrationBackfill(
            "fillTotals",
            "orders",
            "id",
            BATCH,
            pauseMillis,
            0,
            0,
            0,
            (db, range) -> {
              before.accept(range);
              return db.execute(
                  "update orders set total = qty * 10 where " + range.where("id"),
                  range.bindings());
            });
    return new MigrationDescriptor(
        "2",
        "fill order totals",
        "test.M2",
        List.of(),
        false,
        List.of("team"),
        List.of(),
        "sum2",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        null,
        backfill);
  }

  /** The statements that fill {@code orders} with {@link #ROWS} rows and their statistics. */
  static List<String> insertOrders(Dialect dialect) {
    return dialect == Dialect.H2
        ? List.of(
            "insert into orders (id, qty) select x, mod(x, 7) from system_range(1, " + ROWS + ")",
            "analyze table orders")
        : List.of(
            "insert into orders (id, qty) select x, x % 7 from generate_series(1, " + ROWS + ") x",
            "analyze orders"); // the estimate comes from the statistics
  }
}
