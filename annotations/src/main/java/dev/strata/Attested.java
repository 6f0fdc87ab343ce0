package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link Migration} that also waits for a person: it is held until someone records an attestation
 * for its version ({@code strata attest}, or {@code Migrator.attest}), which the journal keeps with
 * who and why.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Attested {

  /**
   * What the person must confirm, such as {@code "a DBA confirmed no report reads
   * users.first_name"}.
   */
  String value();
}
