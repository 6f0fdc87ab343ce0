package dev.strata.cli;

import dev.strata.runtime.Redaction;

/**
 * Removes passwords from everything the command line prints: what {@link Redaction} masks in URLs,
 * the URL given (shown by its driver's grammar, its secrets masked wherever they appear), and the
 * literal password given.
 */
final class Redactor {

  private final String url;
  private final String password;

  private Redactor(String url, String password) {
    this.url = url == null || url.isEmpty() ? null : url;
    this.password = password == null || password.isEmpty() ? null : password;
  }

  /**
   * A redactor that also masks {@code url}'s secrets and every occurrence of {@code password};
   * either may be null.
   */
  static Redactor forConnection(String url, String password) {
    return new Redactor(url, password);
  }

  /**
   * The text with passwords masked. The literal password is masked wherever it appears, even inside
   * another word: a garbled message is better than a leaked secret.
   */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String masked = Redaction.redact(text, url);
    return password == null ? masked : masked.replace(password, Redaction.MASK);
  }
}
