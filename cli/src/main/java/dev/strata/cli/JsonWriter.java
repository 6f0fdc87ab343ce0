package dev.strata.cli;

import java.time.Instant;
import java.util.List;

/**
 * Writes one JSON document (RFC 8259) as it is built, for {@code --format json}: {@code
 * json.beginObject().name("command").value("status")…endObject()}. The caller nests the calls
 * correctly; the writer adds the commas. Strings are escaped as JSON requires, and every character
 * outside ASCII as {@code \}{@code uXXXX} too, so the text reads the same in any console encoding.
 * Kept in the command line (about 100 lines) so that it needs no JSON library.
 */
final class JsonWriter {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder text = new StringBuilder();
  private boolean afterValue; // a value or member ended here: the next one needs a comma

  JsonWriter beginObject() {
    return open('{');
  }

  JsonWriter endObject() {
    return close('}');
  }

  JsonWriter beginArray() {
    return open('[');
  }

  JsonWriter endArray() {
    return close(']');
  }

  /** The name of the next member of the current object. */
  JsonWriter name(String name) {
    separate();
    string(name);
    text.append(':');
    afterValue = false;
    return this;
  }

  /** A string, or {@code null}. */
  JsonWriter value(String value) {
    separate();
    if (value == null) {
      text.append("null");
    } else {
      string(value);
    }
    afterValue = true;
    return this;
  }

  JsonWriter value(long value) {
    return literal(Long.toString(value));
  }

  /** A number, or {@code null}. */
  JsonWriter value(Long value) {
    return literal(String.valueOf(value));
  }

  JsonWriter value(boolean value) {
    return literal(Boolean.toString(value));
  }

  /**
   * An instant as an ISO-8601 string in UTC ({@code 2026-12-03T14:00:05.123Z}), or {@code null}.
   */
  JsonWriter value(Instant value) {
    return value(value == null ? null : value.toString());
  }

  /** An array of strings. */
  JsonWriter values(List<String> values) {
    beginArray();
    values.forEach(this::value);
    return endArray();
  }

  /** The document, with a line end. */
  @Override
  public String toString() {
    return text + "\n";
  }

  private JsonWriter open(char bracket) {
    separate();
    text.append(bracket);
    afterValue = false;
    return this;
  }

  private JsonWriter close(char bracket) {
    text.append(bracket);
    afterValue = true;
    return this;
  }

  private JsonWriter literal(String literal) {
    separate();
    text.append(literal);
    afterValue = true;
    return this;
  }

  private void separate() {
    if (afterValue) {
      text.append(',');
    }
  }

  private void string(String value) {
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> text.append("\\\"");
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\t' -> text.append("\\t");
        case '\b' -> text.append("\\b");
        case '\f' -> text.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) { // control characters, and all non-ASCII (lone surrogates too)
            text.append("\\u")
                .append(HEX[c >> 12 & 0xf])
                .append(HEX[c >> 8 & 0xf])
                .append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
          } else {
            text.append(c);
          }
        }
      }
    }
    text.append('"');
  }
}
