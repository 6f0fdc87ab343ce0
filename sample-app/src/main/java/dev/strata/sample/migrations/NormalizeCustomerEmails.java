package dev.strata.sample.migrations;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import dev.strata.Migration;
import dev.strata.PreCheck;
import dev.strata.Up;
import dev.strata.sample.EmailNormalizer;
import java.util.HashSet;
import java.util.Set;
import javax.inject.Inject;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * Stores every email the way the sign-in form compares them, using the application's own {@link
 * EmailNormalizer} (injected by Dagger) so that the migration and the code agree. There is no
 * {@code @Down}: the original spellings are gone, so undo stops here.
 */
@Migration(
    version = "9",
    dependsOn = CreateCustomers.class,
    owners = "accounts-team",
    tags = {"accounts", "pii", "backfill"})
final class NormalizeCustomerEmails {

  private final EmailNormalizer normalizer;

  @Inject
  NormalizeCustomerEmails(EmailNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  @PreCheck("no two customers share an email once normalized")
  boolean noCollisions(DSLContext db) {
    Set<String> seen = new HashSet<>();
    for (String email :
        db.select(field("email", String.class)).from(table("customers")).fetch(0, String.class)) {
      if (!seen.add(normalizer.normalize(email))) {
        return false;
      }
    }
    return true;
  }

  @Up
  void up(DSLContext db) {
    for (Record2<Long, String> customer :
        db.select(field("id", Long.class), field("email", String.class))
            .from(table("customers"))
            .fetch()) {
      String normalized = normalizer.normalize(customer.value2());
      if (!normalized.equals(customer.value2())) {
        db.update(table("customers"))
            .set(field("email", String.class), normalized)
            .where(field("id", Long.class).eq(customer.value1()))
            .execute();
      }
    }
  }
}
