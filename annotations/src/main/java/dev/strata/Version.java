package dev.strata;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A migration version, as written in {@link Migration#version()}: dot-separated non-negative
 * integers such as {@code "3"}, {@code "1.2"} or {@code "2025.11.13.001"}.
 *
 * <p>Versions compare segment by segment as numbers, so {@code 1.9 < 1.10 < 2 < 10}. Trailing zero
 * segments and leading zeros do not count: {@code 1}, {@code 1.0} and {@code 01.0.0} are equal
 * versions, so two migrations cannot be versioned {@code 1} and {@code 1.0}. This is the one
 * implementation of the grammar: the processor, the runtime and the command line all use it, so a
 * tool that sorts or checks versions with it agrees with Strata.
 *
 * <pre>{@code
 * List<Version> versions = Stream.of("10", "1.10", "2", "1.9")
 *     .map(Version::parse)
 *     .sorted()
 *     .toList(); // 1.9, 1.10, 2, 10
 * }</pre>
 *
 * <p><b>The grammar</b> is {@code [0-9]+(\.[0-9]+)*}: ASCII digits only, no sign, no blanks, no
 * empty segment ({@code "1."}, {@code ".1"} and {@code "1..2"} are not versions).
 *
 * <p><b>Segments have no size limit.</b> A segment of any length, such as {@code
 * 99999999999999999999}, is accepted and compares as the number it denotes (it never overflows or
 * wraps): a version is kept as its text and compared digit by digit, which needs no arithmetic and
 * allocates nothing.
 *
 * <p>Instances are immutable and thread-safe. {@link #equals} and {@link #hashCode} are consistent
 * with {@link #compareTo}: {@code parse("1.0").equals(parse("1"))} is true, so a version works as a
 * key of a {@code HashMap} or a {@code TreeMap} alike. {@link #text()} and {@link #toString()} keep
 * the version as it was written ({@code "1.0"}, not {@code "1"}).
 */
public final class Version implements Comparable<Version> {

  private final String text;
  private final int hash;

  private Version(String text, int hash) {
    this.text = text;
    this.hash = hash;
  }

  /**
   * The version {@code text} denotes.
   *
   * @throws IllegalArgumentException if {@code text} does not follow the grammar; the message
   *     quotes it
   * @throws NullPointerException if {@code text} is null
   */
  public static Version parse(String text) {
    Version version = parseOrNull(Objects.requireNonNull(text, "text"));
    if (version == null) {
      throw new IllegalArgumentException(
          "\""
              + text
              + "\" is not a version; write "
              + "dot-separated non-negative integers such as \"3\" or \"1.2\"");
    }
    return version;
  }

  /**
   * The version {@code text} denotes, or null when {@code text} is null or does not follow the
   * grammar: for callers that report a bad version in their own words.
   */
  public static Version parseOrNull(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    // One scan checks the grammar and computes the hash. The hash covers each segment's digits
    // without leading zeros, up to the last non-zero segment: equal versions hash alike however
    // they are written.
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

  /** The version as it was written: {@code parse("01.0").text()} is {@code "01.0"}. */
  public String text() {
    return text;
  }

  /**
   * The segment at {@code index} (0 for the first) as a number; {@code BigInteger.ZERO} past the
   * last segment, as missing segments count as zero. {@code parse("2025.11.13.001").segment(3)} is
   * 1 and its {@code segment(4)} is 0.
   *
   * @throws IndexOutOfBoundsException if {@code index} is negative
   */
  public BigInteger segment(int index) {
    if (index < 0) {
      throw new IndexOutOfBoundsException("segment " + index + " of version " + text);
    }
    int start = 0;
    for (int i = 0; i < index; i++) {
      start = segmentEnd(text, start) + 1;
      if (start > text.length()) {
        return BigInteger.ZERO;
      }
    }
    return new BigInteger(text.substring(start, segmentEnd(text, start)));
  }

  /**
   * Compares segment by segment as numbers, a missing segment counting as zero: negative if this
   * version is lower than {@code other}, zero if they are equal, positive if it is higher.
   */
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

  /**
   * Whether {@code o} is a version that {@linkplain #compareTo compares} equal to this one, however
   * either is written: {@code 1.0} equals {@code 1}.
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Version v && hash == v.hash && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** The version as it was written, as {@link #text()}. */
  @Override
  public String toString() {
    return text;
  }
}
