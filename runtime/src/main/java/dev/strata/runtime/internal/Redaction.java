package dev.strata.runtime.internal;

import java.util.regex.Pattern;

/** Removes passwords from JDBC URLs and messages before anything prints them. */
public final class Redaction {

  // password=..., up to the next parameter separator of PostgreSQL (&) or H2 (;) URLs
  private static final Pattern PASSWORD =
      Pattern.compile("(?i)(password\\s*=\\s*)[^&;\\s]*");

  private Redaction() {}

  public static String redact(String text) {
    return text == null ? null : PASSWORD.matcher(text).replaceAll("$1***");
  }
}
