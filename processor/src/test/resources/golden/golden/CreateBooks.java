package golden;

import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.PreCheck;
import dev.strata.Up;
import dev.strata.runtime.MigrationContext;

@Migration(version = "1", description = "create books", owners = "shop")
final class CreateBooks {

  @PreCheck("no books table yet")
  boolean noBooks(MigrationContext db) {
    return true;
  }

  @Up
  void up(MigrationContext db) {
    db.execute("create table books (id int primary key, title varchar(200))");
  }

  @Down
  void down(MigrationContext db) {
    db.execute("drop table books");
  }
}
