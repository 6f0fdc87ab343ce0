package dev.strata.sample.migrations;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import dev.strata.Backfill;
import dev.strata.Change;
import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.PostCheck;
import dev.strata.Stage;
import dev.strata.runtime.KeyRange;
import dev.strata.sample.CustomerName;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * Backfill: the rows written before the app dual-wrote get their first and last name, split by the
 * app's own {@link CustomerName#split}, batch by batch: each batch of customer ids is its own short
 * transaction, so a killed deploy resumes after the last committed batch. Rows the app wrote since
 * migration 12 are already filled and skipped, which also makes a retried batch harmless.
 */
@Migration(
    version = "13",
    owners = "accounts-team",
    tags = {"accounts", "pii", "backfill"},
    transactional = false)
@Change(name = "customers-split-name", stage = Stage.BACKFILL)
final class BackfillCustomerNameParts {

  @Backfill(table = "customers", key = "id", batchSize = 500, targetBatchMillis = 200)
  int splitNames(DSLContext db, KeyRange range) {
    int filled = 0;
    for (Record2<Long, String> customer :
        db.select(field("id", Long.class), field("full_name", String.class))
            .from(table("customers"))
            .where(condition(range.where("id"), range.bindings()))
            .and(field("first_name").isNull())
            .fetch()) {
      CustomerName name = CustomerName.split(customer.value2());
      filled +=
          db.update(table("customers"))
              .set(field("first_name", String.class), name.first())
              .set(field("last_name", String.class), name.last())
              .where(field("id", Long.class).eq(customer.value1()))
              .execute();
    }
    return filled;
  }

  @PostCheck("every customer has a first and a last name")
  boolean allFilled(DSLContext db) {
    return db.fetchCount(
            table("customers"), field("first_name").isNull().or(field("last_name").isNull()))
        == 0;
  }

  /**
   * Back to what expand alone leaves: the new columns empty. Nothing is lost, since {@code
   * full_name} still holds every name; the app reads it again below this stage.
   */
  @Down
  void down(DSLContext db) {
    db.update(table("customers"))
        .set(field("first_name", String.class), (String) null)
        .set(field("last_name", String.class), (String) null)
        .execute();
  }
}
