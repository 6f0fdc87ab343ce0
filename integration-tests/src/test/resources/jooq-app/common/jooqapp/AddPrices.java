package jooqapp;

import dev.strata.Migration;
import dev.strata.PostCheck;
import dev.strata.Up;
import dev.strata.runtime.MigrationContext;
import org.jooq.impl.DSL;

/** Plain SQL through MigrationContext; its check reaches jOOQ's own context through dsl(). */
@Migration(version = "2", description = "add prices", dependsOn = CreateGadgets.class)
final class AddPrices {

  @Up
  void up(MigrationContext db) {
    db.execute("alter table gadgets add column price int");
    db.execute("update gadgets set price = ? where id = ?", 30, 1);
  }

  @PostCheck("the lamp has its price")
  boolean priced(MigrationContext db) {
    return db.dsl().fetchCount(DSL.table("gadgets"), DSL.condition("price = 30")) == 1;
  }
}
