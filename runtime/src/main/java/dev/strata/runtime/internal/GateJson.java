package dev.strata.runtime.internal;

import dev.strata.runtime.GateOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal's {@code gates} column: a JSON array of objects with the string members {@code
 * method}, {@code description}, {@code result}, {@code details} and the number {@code millis}, so
 * that a person can read it by hand and PostgreSQL can query it ({@code gates::jsonb}). Written and
 * read here, without a JSON library: the reader reads what the writer writes.
 */
final class GateJson {

  private GateJson() {}

  static String write(List<GateOutcome> gates) {
    if (gates.isEmpty()) {
      return null;
    }
    StringBuilder json = new StringBuilder("[");
    for (GateOutcome g : gates) {
      json.append(json.length() == 1 ? "" : ",").append('{');
      member(json, "method", g.method()).append(',');
      member(json, "description", g.description()).append(',');
      member(json, "result", g.result().name()).append(',');
      member(json, "details", g.details()).append(",\"millis\":").append(g.millis()).append('}');
    }
    return json.append(']').toString();
  }

  private static StringBuilder member(StringBuilder json, String name, String value) {
    json.append('"').append(name).append("\":\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }

  /** The outcomes {@link #write} wrote; empty for null. */
  static List<GateOutcome> read(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    Reader r = new Reader(json);
    List<GateOutcome> gates = new ArrayList<>();
    r.expect('[');
    while (r.peek() == '{') {
      r.expect('{');
      String method = "";
      String description = "";
      String result = "ERROR";
      String details = "";
      long millis = 0;
      while (r.peek() == '"') {
        String name = r.string();
        r.expect(':');
        switch (name) {
          case "method" -> method = r.string();
          case "description" -> description = r.string();
          case "result" -> result = r.string();
          case "details" -> details = r.string();
          case "millis" -> millis = r.number();
          default -> throw r.malformed();
        }
        if (r.peek() == ',') {
          r.expect(',');
        }
      }
      r.expect('}');
      gates.add(
          new GateOutcome(
              method, description, GateOutcome.Result.valueOf(result), details, millis));
      if (r.peek() == ',') {
        r.expect(',');
      }
    }
    r.expect(']');
    return List.copyOf(gates);
  }

  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    char peek() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      return at < text.length() ? text.charAt(at) : 0;
    }

    void expect(char c) {
      if (peek() != c) {
        throw malformed();
      }
      at++;
    }

    String string() {
      expect('"');
      StringBuilder s = new StringBuilder();
      while (at < text.length() && text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c == '\\') {
          char e = text.charAt(at++);
          switch (e) {
            case 'n' -> s.append('\n');
            case 'r' -> s.append('\r');
            case 't' -> s.append('\t');
            case 'u' -> {
              s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              at += 4;
            }
            default -> s.append(e);
          }
        } else {
          s.append(c);
        }
      }
      expect('"');
      return s.toString();
    }

    long number() {
      peek();
      int start = at;
      while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '-')) {
        at++;
      }
      return Long.parseLong(text.substring(start, at));
    }

    IllegalStateException malformed() {
      return new IllegalStateException("malformed gates column at " + at + ": " + text);
    }
  }
}
