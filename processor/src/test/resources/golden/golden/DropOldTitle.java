package golden;

import dev.strata.Attested;
import dev.strata.Change;
import dev.strata.Gate;
import dev.strata.Migration;
import dev.strata.Stage;
import dev.strata.Up;
import dev.strata.runtime.Evidence;
import dev.strata.runtime.MigrationContext;
import org.jooq.DSLContext;

@Migration(version = "2", dependsOn = IndexBooks.class)
@Change(name = "books-title", stage = Stage.CONTRACT)
@Attested("the catalogue team confirmed that no report reads books.old_title")
final class DropOldTitle {

  @Gate(value = "no reads of books.old_title", timeoutSeconds = 10)
  Evidence noReads(DSLContext db) {
    return Evidence.ok("0 reads");
  }

  @Gate("the new title is filled")
  boolean filled(MigrationContext db) {
    return true;
  }

  @Up
  void up(MigrationContext db) {
    db.execute("alter table books drop column old_title");
  }
}
