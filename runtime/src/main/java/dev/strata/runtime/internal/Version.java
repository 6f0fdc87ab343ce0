package dev.strata.runtime.internal;

/**
 * A migration version: dot-separated non-negative integers compared segment by segment as
 * numbers; trailing zero segments do not count, so {@code 1.0} equals {@code 1}.
 *
 * <p>Kept as its text and compared digit by digit, never turned into numbers: every registry
 * entry is parsed each time a migrator is built, so parsing is one scan that checks the grammar
 * and computes the hash, and comparing allocates nothing.
 */
public final class Version implements Comparable<Version> {

  private final String text;
  private final int hash;

  private Version(String text, int hash) {
    this.text = text;
    this.hash = hash;
  }

  /** Parses {@code text}, or returns null when it does not follow the grammar. */
  public static Version parseOrNull(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    // The hash covers each segment's digits without leading zeros, up to the last non-zero
    // segment: equal versions hash alike however they are written.
    int hash = 0;
    int running = 0;
    boolean nonZero = false;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i == text.length() ? '.' : text.charAt(i);
      if (c == '.') {
        if (i == start) {
          return null; // empty segment: "1.", ".1", "1..2"
        }
        running = 31 * running + '.';
        if (nonZero) {
          hash = running;
        }
        nonZero = false;
        start = i + 1;
      } else if (c >= '0' && c <= '9') {
        if (nonZero || c != '0') {
          running = 31 * running + c;
          nonZero = true;
        }
      } else {
        return null;
      }
    }
    return new Version(text, hash);
  }

  /** The version as it was written. */
  public String text() {
    return text;
  }

  @Override
  public int compareTo(Version other) {
    String a = text;
    String b = other.text;
    int i = 0;
    int j = 0;
    while (i < a.length() || j < b.length()) { // a segment past the end counts as 0
      int aEnd = segmentEnd(a, i);
      int bEnd = segmentEnd(b, j);
      i = skipZeros(a, i, aEnd);
      j = skipZeros(b, j, bEnd);
      int c = Integer.compare(aEnd - i, bEnd - j); // more significant digits: a larger number
      for (; c == 0 && i < aEnd; i++, j++) {
        c = Character.compare(a.charAt(i), b.charAt(j));
      }
      if (c != 0) {
        return c;
      }
      i = aEnd + 1;
      j = bEnd + 1;
    }
    return 0;
  }

  private static int segmentEnd(String s, int from) {
    int end = from;
    while (end < s.length() && s.charAt(end) != '.') {
      end++;
    }
    return end;
  }

  private static int skipZeros(String s, int from, int end) {
    while (from < end && s.charAt(from) == '0') {
      from++;
    }
    return from;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Version v && hash == v.hash && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return text;
  }
}
