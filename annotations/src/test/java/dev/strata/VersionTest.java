package dev.strata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTest {

  private static Version v(String text) {
    return Version.parse(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "1.2", "2025.11.13.001", "10.0.0", "007"})
  void dotSeparatedNumbers_parseAndKeepTheirText(String text) {
    assertEquals(text, Version.parseOrNull(text).toString());
    assertEquals(text, Version.parse(text).text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " 1", "1 ", "1.", ".1", "1..2", "1.a", "v1", "-1", "+1", "1,2", "١", "1.٢"})
  void notAVersion_isNullOrRejectedWithTheText(String text) {
    assertNull(Version.parseOrNull(text));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v(text));
    assertEquals(
        "\""
            + text
            + "\" is not a version; write dot-separated non-negative integers"
            + " such as \"3\" or \"1.2\"",
        e.getMessage());
  }

  @Test
  void null_isNullOrRejected() {
    assertNull(Version.parseOrNull(null));
    assertThrows(NullPointerException.class, () -> Version.parse(null));
  }

  @Test
  void segments_compareAsNumbers() {
    assertTrue(v("2").compareTo(v("10")) < 0);
    assertTrue(v("1.9").compareTo(v("1.10")) < 0);
    assertTrue(v("2025.11.13.001").compareTo(v("2025.11.13.2")) < 0);
  }

  @ParameterizedTest
  @CsvSource({
    "1, 2",
    "1.2, 1.10",
    "1.9, 2",
    "1, 1.0.1",
    "2025.11.13.001, 2025.11.13.002",
    "99999999999999999999, 100000000000000000000",
    "2025.11.13.999, 2025.11.14",
    "009, 10",
    "1.0.1, 1.1"
  })
  void lowerAndHigher_compareBothWaysAndDiffer(String lower, String higher) {
    assertTrue(v(lower).compareTo(v(higher)) < 0);
    assertTrue(v(higher).compareTo(v(lower)) > 0);
    assertNotEquals(v(lower), v(higher));
    assertNotEquals(v(higher), v(lower));
  }

  @ParameterizedTest
  @CsvSource({
    "1.0, 1",
    "1.0.0, 1",
    "01, 1",
    "2025.11.13.001, 2025.11.13.1",
    "0, 0.0",
    "0, 00.0",
    "1.2, 01.002",
    "1, 1.0.00",
    "1.2, 001.2.0",
    "123456789012345678901234567890, 0123456789012345678901234567890.0"
  })
  void trailingZeroSegmentsAndLeadingZeros_doNotCount(String a, String b) {
    assertEquals(v(a), v(b));
    assertEquals(v(b), v(a));
    assertEquals(v(a).hashCode(), v(b).hashCode());
    assertEquals(0, v(a).compareTo(v(b)));
    assertEquals(0, v(b).compareTo(v(a)));
  }

  @Test
  void trailingZeros_doNotCount() {
    assertEquals(v("1"), v("1.0.0"));
    assertEquals(0, v("1.0").compareTo(v("1")));
    assertTrue(v("1").compareTo(v("1.0.1")) < 0);
  }

  @Test
  void leadingZeros_doNotCount() {
    assertEquals(v("1.2"), v("01.002"));
    assertEquals(v("0"), v("00.0"));
    assertTrue(v("009").compareTo(v("10")) < 0);
  }

  @Test
  void equalVersions_hashAlike_unequalOnesDiffer() {
    assertEquals(v("1").hashCode(), v("1.0.00").hashCode());
    assertEquals(v("1.2").hashCode(), v("001.2.0").hashCode());
    assertNotEquals(v("1.2"), v("12"));
    assertNotEquals(v("1.0.1"), v("1.1"));
    assertNotEquals(v("10"), v("1.0"));
  }

  @Test
  void numbersBeyondLong_compareAsNumbers() {
    Version big = v("123456789012345678901234567890");
    assertTrue(big.compareTo(v("123456789012345678901234567891")) < 0);
    assertTrue(big.compareTo(v("99999999999999999999999999999")) > 0);
    assertEquals(big, v("0123456789012345678901234567890.0"));
  }

  @Test
  void sorting_isNumericSegmentBySegment() {
    List<String> texts = List.of("10", "1.10", "1.9", "2", "1", "1.0.1", "2025.11.13.001", "0.5");
    List<Version> versions = new ArrayList<>();
    texts.forEach(t -> versions.add(v(t)));
    Collections.shuffle(versions, new Random(7));
    versions.sort(null);
    assertEquals(
        List.of("0.5", "1", "1.0.1", "1.9", "1.10", "2", "10", "2025.11.13.001"),
        versions.stream().map(Version::text).toList());
  }

  @Test
  void sorting_isLikeNumbersNotText() {
    List<Version> sorted =
        List.of(v("10"), v("1.10"), v("2"), v("1.2"), v("1")).stream().sorted().toList();

    assertEquals(
        List.of("1", "1.2", "1.10", "2", "10"), sorted.stream().map(Version::toString).toList());
  }

  @Test
  void equalVersions_areOneKeyOfASortedSet_theFirstWrittenKept() {
    TreeSet<Version> set = new TreeSet<>(List.of(v("1.0"), v("1"), v("01")));
    assertEquals(1, set.size());
    assertEquals("1.0", set.first().text());
  }

  @Test
  void keepsItsText() {
    assertEquals("1.0", v("1.0").text());
    assertEquals("1.0", v("1.0").toString());
  }

  @Test
  void segment_isTheNumber_zeroPastTheLast() {
    Version version = v("2025.11.13.001");
    assertEquals(BigInteger.valueOf(2025), version.segment(0));
    assertEquals(BigInteger.valueOf(11), version.segment(1));
    assertEquals(BigInteger.ONE, version.segment(3));
    assertEquals(BigInteger.ZERO, version.segment(4));
    assertEquals(BigInteger.ZERO, version.segment(1000));
    assertEquals(BigInteger.valueOf(7), v("007").segment(0));
    assertEquals(new BigInteger("99999999999999999999"), v("1.99999999999999999999").segment(1));
    assertThrows(IndexOutOfBoundsException.class, () -> version.segment(-1));
  }
}
