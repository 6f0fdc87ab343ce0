package dev.strata.sample.migrations;

import static org.jooq.impl.DSL.constraint;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.LOCALDATETIME;
import static org.jooq.impl.SQLDataType.VARCHAR;

import dev.strata.Change;
import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.Stage;
import dev.strata.Up;
import org.jooq.DSLContext;

/**
 * Expand: the new columns beside {@code full_name}, nullable so that the running code, which does
 * not write them, keeps working. The app writes both shapes from now on. {@code column_usage} is
 * where the app counts its reads of the old column: the evidence migration 15 waits for.
 */
@Migration(
    version = "12",
    owners = "accounts-team",
    tags = {"accounts", "pii"})
@Change(name = "customers-split-name", stage = Stage.EXPAND)
final class AddCustomerNameParts {

  @Up
  void up(DSLContext db) {
    db.alterTable("customers").addColumn("first_name", VARCHAR(100)).execute();
    db.alterTable("customers").addColumn("last_name", VARCHAR(100)).execute();
    db.createTable("column_usage")
        .column("table_name", VARCHAR(100).nullable(false))
        .column("column_name", VARCHAR(100).nullable(false))
        // a clock default, not a value written here: a rehearsal's second @Up differs in it
        .column(
            "tracked_since",
            LOCALDATETIME(0)
                .nullable(false)
                .defaultValue(field("localtimestamp(0)", LOCALDATETIME(0))))
        .column("last_read_at", LOCALDATETIME(0))
        .column("reads", BIGINT.nullable(false))
        .constraints(constraint("column_usage_pk").primaryKey("table_name", "column_name"))
        .execute();
    db.execute(
        "insert into column_usage (table_name, column_name, reads)"
            + " values ('customers', 'full_name', 0)");
  }

  @Down
  void down(DSLContext db) {
    db.dropTable("column_usage").execute();
    db.alterTable("customers").dropColumn("last_name").execute();
    db.alterTable("customers").dropColumn("first_name").execute();
  }
}
