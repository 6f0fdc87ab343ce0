package dev.strata.sample.migrations;

import static org.jooq.impl.DSL.constraint;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.LOCALDATETIME;
import static org.jooq.impl.SQLDataType.VARCHAR;

import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.Up;
import org.jooq.DSLContext;

/** Customers sign in with their email address. */
@Migration(
    version = "3",
    owners = "accounts-team",
    tags = {"accounts", "pii"})
final class CreateCustomers {

  @Up
  void up(DSLContext db) {
    db.createTable("customers")
        .column("id", BIGINT.identity(true))
        .column("email", VARCHAR(320).nullable(false))
        .column("full_name", VARCHAR(200).nullable(false))
        .column("created_at", LOCALDATETIME(0).nullable(false))
        .constraints(constraint("customers_pk").primaryKey("id"))
        .execute();
  }

  @Down
  void down(DSLContext db) {
    db.dropTable("customers").execute();
  }
}
