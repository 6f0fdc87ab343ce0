package jooqapp;

import dev.strata.Migration;
import dev.strata.PostCheck;
import dev.strata.Up;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The same migration with what jOOQ 3.19 has. */
@Migration(version = "1", description = "create gadgets")
final class CreateGadgets {

  @Up
  void up(DSLContext db) {
    db.execute("create table gadgets (id int primary key, name varchar(50))");
    db.execute("insert into gadgets values (1, 'lamp'), (2, 'kettle')");
  }

  @PostCheck("both gadgets are there")
  boolean bothThere(DSLContext db) {
    return db.fetchCount(DSL.table("gadgets")) == 2;
  }
}
