package dev.strata.runtime.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration version: dot-separated non-negative integers compared segment by segment as
 * numbers; trailing zero segments do not count, so {@code 1.0} equals {@code 1}.
 */
public record Version(String text, List<BigInteger> segments) implements Comparable<Version> {

  public Version {
    segments = List.copyOf(segments);
  }

  /** Parses {@code text}, or returns null when it does not follow the grammar. */
  public static Version parseOrNull(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    List<BigInteger> segments = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i <= text.length(); i++) { // by hand: runs for every registry entry and history row
      if (i == text.length() || text.charAt(i) == '.') {
        if (i == start) {
          return null; // empty segment: "", "1.", ".1", "1..2"
        }
        segments.add(i - start <= 18
            ? BigInteger.valueOf(Long.parseLong(text, start, i, 10))
            : new BigInteger(text.substring(start, i)));
        start = i + 1;
      } else if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return null;
      }
    }
    while (segments.size() > 1 && segments.get(segments.size() - 1).signum() == 0) {
      segments.remove(segments.size() - 1); // 1.0 equals 1
    }
    return new Version(text, List.of(segments.toArray(BigInteger[]::new))); // copyOf keeps it
  }

  @Override
  public int compareTo(Version other) {
    int common = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < common; i++) {
      int c = segments.get(i).compareTo(other.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Version v && segments.equals(v.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
