package dev.strata.cli;

/**
 * Just enough Java lexing for {@code new} to read {@code @Migration} versions from sources that
 * have not been compiled yet: comments must not count, and strings may hold parentheses.
 */
final class JavaSource {

  private JavaSource() {}

  /** The code with every comment replaced by spaces; string and char literals are kept. */
  static String withoutComments(String code) {
    StringBuilder out = new StringBuilder(code.length());
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
        int end = code.indexOf('\n', i);
        end = end < 0 ? code.length() : end;
        out.append(" ".repeat(end - i));
        i = end;
      } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
        int end = code.indexOf("*/", i + 2);
        end = end < 0 ? code.length() : end + 2;
        out.append(" ".repeat(end - i));
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = literalEnd(code, i);
        out.append(code, i, end);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The text between the parenthesis at {@code open} and its match (or the end of the code). */
  static String parenthesized(String code, int open) {
    int depth = 0;
    int i = open;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = literalEnd(code, i);
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return code.substring(open + 1, i);
      }
      i++;
    }
    return code.substring(open + 1);
  }

  /** The index just after the string, text block or char literal starting at {@code start}. */
  private static int literalEnd(String code, int start) {
    if (code.startsWith("\"\"\"", start)) {
      int end = code.indexOf("\"\"\"", start + 3);
      return end < 0 ? code.length() : end + 3;
    }
    char quote = code.charAt(start);
    int i = start + 1;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote || c == '\n') {
        return i + 1;
      } else {
        i++;
      }
    }
    return code.length();
  }
}
