package dev.strata.runtime.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes passwords from everything the command line prints. */
final class Redactor {

  private static final String MASK = "****";
  // password=… in query strings (PostgreSQL: ?password=x&…) and settings lists (H2: ;PASSWORD=x;…)
  private static final Pattern URL_PASSWORD =
      Pattern.compile("(?i)(password\\s*=\\s*)[^&;\\s\"']*");
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
    String masked = URL_PASSWORD.matcher(text).replaceAll("$1" + MASK);
    return USER_INFO.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
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
