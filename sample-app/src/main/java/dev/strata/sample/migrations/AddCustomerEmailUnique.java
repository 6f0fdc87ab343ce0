package dev.strata.sample.migrations;

import static org.jooq.impl.DSL.constraint;

import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.PreCheck;
import dev.strata.Up;
import org.jooq.DSLContext;

/** One account per email, now that emails are normalized. */
@Migration(
    version = "10",
    dependsOn = NormalizeCustomerEmails.class,
    owners = "accounts-team",
    tags = "accounts")
final class AddCustomerEmailUnique {

  @PreCheck("no duplicate emails")
  boolean noDuplicates(DSLContext db) {
    return db.fetch("select email from customers group by email having count(*) > 1").isEmpty();
  }

  @Up
  void up(DSLContext db) {
    db.alterTable("customers").add(constraint("customers_email_uk").unique("email")).execute();
  }

  @Down
  void down(DSLContext db) {
    db.alterTable("customers").dropConstraint("customers_email_uk").execute();
  }
}
