package dev.strata.runtime.cli;

import dev.strata.runtime.internal.Redaction;
import java.util.regex.Pattern;

/**
 * Removes passwords from everything the command line prints: what the runtime masks
 * ({@code password=…} in URLs), credentials before a host, and the literal password given.
 */
final class Redactor {

  private static final String MASK = "***"; // as the runtime's messages mask it
  // user:password@ in URLs that carry credentials before the host
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)[^@/\\s]+@");

  private final String password;

  private Redactor(String password) {
    this.password = password == null || password.isEmpty() ? null : password;
  }

  /** A redactor that also masks every literal occurrence of {@code password}. */
  static Redactor forPassword(String password) {
    return new Redactor(password);
  }

  static String redactUrl(String text) {
    if (text == null) {
      return null;
    }
    return USER_INFO.matcher(Redaction.redact(text)).replaceAll("$1" + MASK + "@");
  }

  /**
   * The text with passwords masked. The literal password is masked wherever it appears, even
   * inside another word: a garbled message is better than a leaked secret.
   */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String masked = redactUrl(text);
    return password == null ? masked : masked.replace(password, MASK);
  }
}
