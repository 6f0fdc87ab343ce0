package dev.strata.runtime;

import java.util.regex.Pattern;

/**
 * Masks passwords in JDBC URLs and in messages that quote them, before anything prints them: the
 * runtime's own messages, and tools on top of it (the command line) that print a URL.
 */
public final class Redaction {

  /** What a password is replaced with. */
  public static final String MASK = "***";

  // password=..., up to the next parameter separator of PostgreSQL (&) or H2 (;) URLs
  private static final Pattern PASSWORD = Pattern.compile("(?i)(password\\s*=\\s*)[^&;\\s]*");
  // user:password@ in URLs that carry credentials before the host
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)[^@/\\s]+@");

  private Redaction() {}

  /** The text with every {@code password=…} and {@code //user:password@} masked; null for null. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String masked = PASSWORD.matcher(text).replaceAll("$1" + MASK);
    return USER_INFO.matcher(masked).replaceAll("$1" + MASK + "@");
  }
}
