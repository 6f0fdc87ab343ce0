package jooqapp;

import dev.strata.Migration;
import dev.strata.PostCheck;
import dev.strata.Up;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Calls DSLContext methods that jOOQ 3.19 lacks (added in 3.20 and 3.21). */
@Migration(version = "1", description = "create gadgets")
final class CreateGadgets {

  @Up
  void up(DSLContext db) {
    db.executeLarge("create table gadgets (id int primary key, name varchar(50))");
    db.executeLarge("insert into gadgets values (1, 'lamp'), (2, 'kettle')");
  }

  @PostCheck("both gadgets are there")
  boolean bothThere(DSLContext db) {
    return db.fetchCountLarge(DSL.table("gadgets")) == 2L;
  }
}
