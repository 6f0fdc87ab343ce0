package dev.strata.sample;

import java.util.Locale;
import javax.inject.Inject;

/**
 * How the shop compares email addresses: trimmed and lower-cased. The sign-in code and migration 9
 * share this one class, so stored emails match what the form looks up.
 */
public final class EmailNormalizer {

  @Inject
  public EmailNormalizer() {}

  public String normalize(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
