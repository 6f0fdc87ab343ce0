package dev.strata.processor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A migration version (DESIGN §2): dot-separated non-negative integers, compared segment by segment
 * as numbers, trailing zero segments ignored ({@code 1.0} equals {@code 1}). Segments are {@link
 * BigInteger}s, so date-like versions such as {@code 2025.11.13.001} never overflow.
 */
final class Version implements Comparable<Version> {
  private final String text;
  private final List<BigInteger> segments; // trailing zeros stripped: equal versions, equal lists

  private Version(String text, List<BigInteger> segments) {
    this.text = text;
    this.segments = segments;
  }

  /** The version {@code text} denotes, or empty if it does not match the grammar. */
  static Optional<Version> parse(String text) {
    if (text == null || !isWellFormed(text)) {
      return Optional.empty();
    }
    List<BigInteger> segments = new ArrayList<>();
    for (String segment : text.split("\\.")) {
      segments.add(new BigInteger(segment));
    }
    while (!segments.isEmpty() && segments.get(segments.size() - 1).signum() == 0) {
      segments.remove(segments.size() - 1);
    }
    return Optional.of(new Version(text, List.copyOf(segments)));
  }

  /**
   * Whether {@code text} is {@code [0-9]+(\.[0-9]+)*}: checked by a loop, as it runs for every
   * migration on a JVM that interprets it.
   */
  private static boolean isWellFormed(String text) {
    boolean digits = false; // whether the current segment has any
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && digits) {
        digits = false;
      } else {
        return false;
      }
    }
    return digits;
  }

  @Override
  public int compareTo(Version other) {
    for (int i = 0; i < Math.max(segments.size(), other.segments.size()); i++) {
      int c = segment(i).compareTo(other.segment(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private BigInteger segment(int i) {
    return i < segments.size() ? segments.get(i) : BigInteger.ZERO;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Version other && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** The version as written. */
  @Override
  public String toString() {
    return text;
  }
}
