package dev.strata.sample.migrations;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.SQLDataType.BIGINT;

import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.PostCheck;
import dev.strata.Up;
import org.jooq.DSLContext;

/**
 * Order lists show a total without summing lines on every page view: a new column, backfilled from
 * the lines of existing orders, then made mandatory, all in one transaction.
 */
@Migration(
    version = "6",
    dependsOn = CreateOrders.class,
    owners = "orders-team",
    tags = {"orders", "backfill"})
final class AddOrderTotals {

  @Up
  void up(DSLContext db) {
    db.alterTable("orders").addColumn("total_cents", BIGINT).execute();
    db.execute(
        "update orders set total_cents = (select coalesce(sum(l.quantity * l.unit_price_cents), 0)"
            + " from order_lines l where l.order_id = orders.id)");
    db.alterTable("orders").alter("total_cents").setNotNull().execute();
  }

  @PostCheck("every order's total equals the sum of its lines")
  boolean totalsMatchLines(DSLContext db) {
    return db.fetch(
                "select o.id from orders o where o.total_cents <>"
                    + " (select coalesce(sum(l.quantity * l.unit_price_cents), 0) from order_lines l"
                    + " where l.order_id = o.id)")
            .isEmpty()
        && db.fetchCount(table("orders"), field("total_cents").isNull()) == 0;
  }

  @Down
  void down(DSLContext db) {
    db.alterTable("orders").dropColumn("total_cents").execute();
  }
}
