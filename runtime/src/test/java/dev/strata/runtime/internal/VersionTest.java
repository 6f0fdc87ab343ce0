package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VersionTest {

  @Test
  void segments_compareAsNumbers() {
    assertTrue(Version.parseOrNull("2").compareTo(Version.parseOrNull("10")) < 0);
    assertTrue(Version.parseOrNull("1.9").compareTo(Version.parseOrNull("1.10")) < 0);
    assertTrue(Version.parseOrNull("2025.11.13.001").compareTo(Version.parseOrNull("2025.11.13.2")) < 0);
  }

  @Test
  void trailingZeros_doNotCount() {
    assertEquals(Version.parseOrNull("1"), Version.parseOrNull("1.0.0"));
    assertEquals(0, Version.parseOrNull("1.0").compareTo(Version.parseOrNull("1")));
    assertTrue(Version.parseOrNull("1").compareTo(Version.parseOrNull("1.0.1")) < 0);
  }

  @Test
  void leadingZeros_doNotCount() {
    assertEquals(Version.parseOrNull("1.2"), Version.parseOrNull("01.002"));
    assertEquals(Version.parseOrNull("0"), Version.parseOrNull("00.0"));
    assertTrue(Version.parseOrNull("009").compareTo(Version.parseOrNull("10")) < 0);
  }

  @Test
  void equalVersions_hashAlike_unequalOnesDiffer() {
    assertEquals(Version.parseOrNull("1").hashCode(), Version.parseOrNull("1.0.00").hashCode());
    assertEquals(Version.parseOrNull("1.2").hashCode(), Version.parseOrNull("001.2.0").hashCode());
    assertNotEquals(Version.parseOrNull("1.2"), Version.parseOrNull("12"));
    assertNotEquals(Version.parseOrNull("1.0.1"), Version.parseOrNull("1.1"));
    assertNotEquals(Version.parseOrNull("10"), Version.parseOrNull("1.0"));
  }

  @Test
  void numbersBeyondLong_compareAsNumbers() {
    Version big = Version.parseOrNull("123456789012345678901234567890");
    assertTrue(big.compareTo(Version.parseOrNull("123456789012345678901234567891")) < 0);
    assertTrue(big.compareTo(Version.parseOrNull("99999999999999999999999999999")) > 0);
    assertEquals(big, Version.parseOrNull("0123456789012345678901234567890.0"));
  }

  @Test
  void sorting_isNumericSegmentBySegment() {
    List<String> texts = List.of("10", "1.10", "1.9", "2", "1", "1.0.1", "2025.11.13.001", "0.5");
    List<Version> versions = new ArrayList<>();
    texts.forEach(t -> versions.add(Version.parseOrNull(t)));
    Collections.shuffle(versions, new Random(7));
    versions.sort(null);
    assertEquals(List.of("0.5", "1", "1.0.1", "1.9", "1.10", "2", "10", "2025.11.13.001"),
        versions.stream().map(Version::text).toList());
  }

  @Test
  void keepsItsText() {
    assertEquals("1.0", Version.parseOrNull("1.0").text());
    assertEquals("1.0", Version.parseOrNull("1.0").toString());
  }

  @Test
  void notAVersion_isNull() {
    assertNull(Version.parseOrNull(""));
    assertNull(Version.parseOrNull("1.a"));
    assertNull(Version.parseOrNull("1..2"));
    assertNull(Version.parseOrNull("v1"));
    assertNull(Version.parseOrNull(null));
    assertNull(Version.parseOrNull("1."));
    assertNull(Version.parseOrNull(".1"));
    assertNull(Version.parseOrNull("1 "));
    assertNull(Version.parseOrNull("-1"));
  }
}
