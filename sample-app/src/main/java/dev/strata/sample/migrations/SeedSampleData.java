package dev.strata.sample.migrations;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import dev.strata.Down;
import dev.strata.Migration;
import dev.strata.PostCheck;
import dev.strata.Up;
import java.time.LocalDate;
import org.jooq.DSLContext;

/**
 * A small shop to look at: a few authors, books, customers and orders. Customer emails are typed
 * the way people type them (mixed case, stray spaces); migration 9 cleans them up.
 */
@Migration(version = "5", dependsOn = CreateOrders.class, owners = "catalog-team", tags = "data")
final class SeedSampleData {

  @Up
  void up(DSLContext db) {
    db.insertInto(table("authors"), field("name"), field("country"))
        .values("Ursula K. Le Guin", "US")
        .values("Stanisław Lem", "PL")
        .values("Octavia E. Butler", "US")
        .execute();
    book(db, "Ursula K. Le Guin", "A Wizard of Earthsea", "9780547773742", 1099, "1968-11-01");
    book(db, "Ursula K. Le Guin", "The Dispossessed", "9780061054884", 1599, "1974-05-01");
    book(db, "Stanisław Lem", "Solaris", "9780156027601", 1499, "1961-01-01");
    book(db, "Octavia E. Butler", "Kindred", "9780807083697", 1699, "1979-06-01");

    db.execute(
        "insert into customers (email, full_name, created_at) values"
            + " ('Ada@Example.com ', 'Ada Lovelace', timestamp '2024-03-01 10:00:00'),"
            + " ('grace.hopper@example.com', 'Grace Hopper', timestamp '2024-03-02 11:30:00'),"
            + " (' ALAN@EXAMPLE.COM', 'Alan Turing', timestamp '2024-03-05 09:15:00')");
    order(db, "Ada@Example.com ", "paid", "Solaris", 1, "Kindred", 2);
    order(db, " ALAN@EXAMPLE.COM", "shipped", "The Dispossessed", 1, "A Wizard of Earthsea", 1);
  }

  @PostCheck("every book has an author")
  boolean booksHaveAuthors(DSLContext db) {
    return db.fetchCount(table("books"), field("author_id").isNull()) == 0
        && db.fetchCount(table("books")) == 4;
  }

  @Down
  void down(DSLContext db) {
    db.deleteFrom(table("order_lines")).execute();
    db.deleteFrom(table("orders")).execute();
    db.deleteFrom(table("customers")).execute();
    db.deleteFrom(table("books")).execute();
    db.deleteFrom(table("authors")).execute();
  }

  private static void book(
      DSLContext db, String author, String title, String isbn, int priceCents, String published) {
    db.execute(
        "insert into books (author_id, title, isbn, price_cents, published_on)"
            + " select id, ?, ?, ?, ? from authors where name = ?",
        title,
        isbn,
        priceCents,
        LocalDate.parse(published),
        author);
  }

  private static void order(
      DSLContext db,
      String email,
      String status,
      String firstTitle,
      int firstQuantity,
      String secondTitle,
      int secondQuantity) {
    db.execute(
        "insert into orders (customer_id, placed_at, status)"
            + " select id, timestamp '2024-04-01 12:00:00', ? from customers where email = ?",
        status,
        email);
    line(db, email, firstTitle, firstQuantity);
    line(db, email, secondTitle, secondQuantity);
  }

  private static void line(DSLContext db, String email, String title, int quantity) {
    db.execute(
        "insert into order_lines (order_id, book_id, quantity, unit_price_cents)"
            + " select o.id, b.id, ?, b.price_cents from orders o, customers c, books b"
            + " where o.customer_id = c.id and c.email = ? and b.title = ?",
        quantity,
        email,
        title);
  }
}
