package dev.strata.sample.migrations;

import dev.strata.Dialect;
import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.Up;
import org.jooq.DSLContext;

/**
 * Title search. PostgreSQL gets a full-text vector with a GIN index; H2, used for local runs and
 * tests, has neither, so it gets a lower-cased copy of the title with a plain index.
 */
@Migration(
    version = "7",
    dependsOn = CreateBooks.class,
    owners = "catalog-team",
    tags = {"catalog", "search"})
final class AddBookSearch {

  @Up(dialects = Dialect.POSTGRES)
  void upPostgres(DSLContext db) {
    db.execute(
        "alter table books add column search_text tsvector"
            + " generated always as (to_tsvector('simple', title)) stored");
    db.execute("create index books_search_idx on books using gin (search_text)");
  }

  @Up(dialects = Dialect.H2)
  void upH2(DSLContext db) {
    db.execute(
        "alter table books add column search_text varchar(300)"
            + " generated always as (lower(title))");
    db.execute("create index books_search_idx on books (search_text)");
  }

  @Down
  void down(DSLContext db) {
    db.execute("drop index books_search_idx");
    db.alterTable("books").dropColumn("search_text").execute();
  }
}
