package dev.strata.sample.migrations;

import static org.jooq.impl.DSL.constraint;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.INTEGER;
import static org.jooq.impl.SQLDataType.LOCALDATE;
import static org.jooq.impl.SQLDataType.VARCHAR;

import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.PreCheck;
import dev.strata.Up;
import org.jooq.DSLContext;

/** Books, each by one author; prices in cents so that sums are exact. */
@Migration(
    version = "2",
    dependsOn = CreateAuthors.class,
    owners = "catalog-team",
    tags = "catalog")
final class CreateBooks {

  @PreCheck("the authors table exists")
  boolean authorsExist(DSLContext db) {
    // lower(): H2 stores unquoted names in upper case, PostgreSQL in lower case
    return db.fetchExists(
        db.selectOne()
            .from("information_schema.tables")
            .where("lower(table_name) = 'authors' and table_schema = current_schema"));
  }

  @Up
  void up(DSLContext db) {
    db.createTable("books")
        .column("id", BIGINT.identity(true))
        .column("author_id", BIGINT.nullable(false))
        .column("title", VARCHAR(300).nullable(false))
        .column("isbn", VARCHAR(13))
        .column("price_cents", INTEGER.nullable(false))
        .column("published_on", LOCALDATE)
        .constraints(
            constraint("books_pk").primaryKey("id"),
            constraint("books_isbn_uk").unique("isbn"),
            constraint("books_author_fk").foreignKey("author_id").references("authors", "id"))
        .execute();
  }

  @Down
  void down(DSLContext db) {
    db.dropTable("books").execute();
  }
}
