package dev.strata.sample.migrations;

import static org.jooq.impl.DSL.constraint;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.CHAR;
import static org.jooq.impl.SQLDataType.VARCHAR;

import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.Up;
import org.jooq.DSLContext;

/** The catalog starts with the people who write the books. */
@Migration(version = "1", owners = "catalog-team", tags = "catalog")
final class CreateAuthors {

  @Up
  void up(DSLContext db) {
    db.createTable("authors")
        .column("id", BIGINT.identity(true))
        .column("name", VARCHAR(200).nullable(false))
        .column("country", CHAR(2))
        .constraints(constraint("authors_pk").primaryKey("id"))
        .execute();
  }

  @Down
  void down(DSLContext db) {
    db.dropTable("authors").execute();
  }
}
