package dev.strata.sample.migrations;

import dev.strata.Dialect;
import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.Up;
import dev.strata.runtime.MigrationContext;

/**
 * "My orders" looks orders up by customer, newest first. On PostgreSQL the index is built
 * CONCURRENTLY so that the shop keeps taking orders meanwhile; that statement cannot run inside a
 * transaction, hence {@code transactional = false}. H2 has no CONCURRENTLY. Plain SQL, so the
 * methods take {@code MigrationContext}: JDBC directly, without loading jOOQ.
 */
@Migration(
    version = "8",
    dependsOn = CreateOrders.class,
    transactional = false,
    owners = "orders-team",
    tags = {"orders", "performance"})
final class IndexOrdersByCustomer {

  @Up(dialects = Dialect.POSTGRES)
  void upPostgres(MigrationContext db) {
    // IF NOT EXISTS: a failed concurrent build leaves an invalid index; repair, drop it, rerun
    db.execute(
        "create index concurrently if not exists orders_customer_placed_idx"
            + " on orders (customer_id, placed_at desc)");
  }

  @Up(dialects = Dialect.H2)
  void upH2(MigrationContext db) {
    db.execute(
        "create index if not exists orders_customer_placed_idx"
            + " on orders (customer_id, placed_at desc)");
  }

  @Down(dialects = Dialect.POSTGRES)
  void downPostgres(MigrationContext db) {
    db.execute("drop index concurrently if exists orders_customer_placed_idx");
  }

  @Down(dialects = Dialect.H2)
  void downH2(MigrationContext db) {
    db.execute("drop index if exists orders_customer_placed_idx");
  }
}
