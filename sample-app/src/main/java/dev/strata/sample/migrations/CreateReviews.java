package dev.strata.sample.migrations;

import static org.jooq.impl.DSL.constraint;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.LOCALDATETIME;
import static org.jooq.impl.SQLDataType.SMALLINT;
import static org.jooq.impl.SQLDataType.VARCHAR;

import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.Up;
import org.jooq.DSLContext;

/** Customers rate the books they read, once per book. */
@Migration(
    version = "11",
    dependsOn = {CreateBooks.class, AddCustomerEmailUnique.class},
    owners = {"catalog-team", "accounts-team"},
    tags = "catalog")
final class CreateReviews {

  @Up
  void up(DSLContext db) {
    db.createTable("reviews")
        .column("book_id", BIGINT.nullable(false))
        .column("customer_id", BIGINT.nullable(false))
        .column("rating", SMALLINT.nullable(false))
        .column("body", VARCHAR(4000))
        .column("created_at", LOCALDATETIME(0).nullable(false))
        .constraints(
            constraint("reviews_pk").primaryKey("book_id", "customer_id"),
            constraint("reviews_book_fk").foreignKey("book_id").references("books", "id"),
            constraint("reviews_customer_fk")
                .foreignKey("customer_id")
                .references("customers", "id"),
            constraint("reviews_rating_ck")
                .check(field("rating", Short.class).between((short) 1, (short) 5)))
        .execute();
  }

  @Down
  void down(DSLContext db) {
    db.dropTable("reviews").execute();
  }
}
