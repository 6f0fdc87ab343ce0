package golden;

import dev.strata.Change;
import dev.strata.Dialect;
import dev.strata.Migration;
import dev.strata.PostCheck;
import dev.strata.Stage;
import dev.strata.Up;
import org.jooq.DSLContext;

@Migration(version = "1.1", dependsOn = CreateBooks.class, tags = {"index", "books"})
@Change(name = "books-title", stage = Stage.EXPAND)
final class IndexBooks {

  @Up(dialects = Dialect.POSTGRES, timeoutSeconds = 60, retries = 2)
  void upPostgres(DSLContext db) {
    db.execute("create index ix_books_title on books (title)");
  }

  @Up(dialects = Dialect.H2)
  void upH2(DSLContext db) {
    db.createIndex("ix_books_title").on("books", "title").execute();
  }

  @PostCheck("the index exists")
  boolean indexed(DSLContext db) {
    return true;
  }
}
