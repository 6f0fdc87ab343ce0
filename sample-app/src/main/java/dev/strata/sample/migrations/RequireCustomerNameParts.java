package dev.strata.sample.migrations;

import dev.strata.Change;
import dev.strata.Dialect;
import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.Stage;
import dev.strata.Up;
import org.jooq.DSLContext;

/**
 * Constrain: the new columns become mandatory. On PostgreSQL, {@code SET NOT NULL} alone scans the
 * table under an exclusive lock; a {@code NOT VALID} check validated first (which takes a lock that
 * lets writes through) lets it skip the scan. H2 has no such lock to avoid.
 */
@Migration(
    version = "14",
    owners = "accounts-team",
    tags = {"accounts", "pii"})
@Change(name = "customers-split-name", stage = Stage.CONSTRAIN)
final class RequireCustomerNameParts {

  @Up(dialects = Dialect.POSTGRES)
  void upPostgres(DSLContext db) {
    db.execute(
        "alter table customers add constraint customers_name_parts_ck"
            + " check (first_name is not null and last_name is not null) not valid");
    db.execute("alter table customers validate constraint customers_name_parts_ck");
    db.execute("alter table customers alter column first_name set not null");
    db.execute("alter table customers alter column last_name set not null");
    db.execute("alter table customers drop constraint customers_name_parts_ck");
  }

  @Up(dialects = Dialect.H2)
  void upH2(DSLContext db) {
    db.alterTable("customers").alter("first_name").setNotNull().execute();
    db.alterTable("customers").alter("last_name").setNotNull().execute();
  }

  @Down
  void down(DSLContext db) {
    db.alterTable("customers").alter("last_name").dropNotNull().execute();
    db.alterTable("customers").alter("first_name").dropNotNull().execute();
  }
}
