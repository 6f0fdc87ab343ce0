package dev.strata.sample.migrations;

import static org.jooq.impl.DSL.constraint;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.INTEGER;
import static org.jooq.impl.SQLDataType.LOCALDATETIME;
import static org.jooq.impl.SQLDataType.VARCHAR;

import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.Up;
import org.jooq.DSLContext;

/** An order belongs to a customer and has one line per book bought. */
@Migration(
    version = "4",
    dependsOn = {CreateBooks.class, CreateCustomers.class},
    owners = "orders-team",
    tags = "orders")
final class CreateOrders {

  @Up
  void up(DSLContext db) {
    db.createTable("orders")
        .column("id", BIGINT.identity(true))
        .column("customer_id", BIGINT.nullable(false))
        .column("placed_at", LOCALDATETIME(0).nullable(false))
        .column("status", VARCHAR(20).nullable(false))
        .constraints(
            constraint("orders_pk").primaryKey("id"),
            constraint("orders_customer_fk")
                .foreignKey("customer_id")
                .references("customers", "id"),
            constraint("orders_status_ck")
                .check(field("status").in("open", "paid", "shipped", "cancelled")))
        .execute();
    db.createTable("order_lines")
        .column("order_id", BIGINT.nullable(false))
        .column("book_id", BIGINT.nullable(false))
        .column("quantity", INTEGER.nullable(false))
        .column("unit_price_cents", INTEGER.nullable(false))
        .constraints(
            constraint("order_lines_pk").primaryKey("order_id", "book_id"),
            constraint("order_lines_order_fk").foreignKey("order_id").references("orders", "id"),
            constraint("order_lines_book_fk").foreignKey("book_id").references("books", "id"),
            constraint("order_lines_quantity_ck").check(field("quantity", Integer.class).gt(0)))
        .execute();
  }

  @Down
  void down(DSLContext db) {
    db.dropTable("order_lines").execute();
    db.dropTable("orders").execute();
  }
}
