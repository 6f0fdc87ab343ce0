package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void notAVersion_isNull() {
    assertNull(Version.parseOrNull(""));
    assertNull(Version.parseOrNull("1.a"));
    assertNull(Version.parseOrNull("1..2"));
    assertNull(Version.parseOrNull("v1"));
  }
}
