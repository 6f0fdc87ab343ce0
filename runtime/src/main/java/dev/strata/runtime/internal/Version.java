package dev.strata.runtime.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A migration version: dot-separated non-negative integers compared segment by segment as
 * numbers; trailing zero segments do not count, so {@code 1.0} equals {@code 1}.
 */
public record Version(String text, List<BigInteger> segments) implements Comparable<Version> {

  private static final Pattern GRAMMAR = Pattern.compile("\\d+(\\.\\d+)*");

  public Version {
    segments = List.copyOf(segments);
  }

  /** Parses {@code text}, or returns null when it does not follow the grammar. */
  public static Version parseOrNull(String text) {
    if (text == null || !GRAMMAR.matcher(text).matches()) {
      return null;
    }
    List<BigInteger> segments = new ArrayList<>();
    for (String part : text.split("\\.")) {
      segments.add(new BigInteger(part));
    }
    while (segments.size() > 1 && segments.get(segments.size() - 1).signum() == 0) {
      segments.remove(segments.size() - 1); // 1.0 equals 1
    }
    return new Version(text, segments);
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
