package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTest {

  private static Version v(String text) {
    return Version.parse(text).orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "1.2", "2025.11.13.001", "10.0.0", "007"})
  void parse_acceptsDotSeparatedNumbers(String text) {
    assertThat(Version.parse(text).map(Version::toString)).hasValue(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 1", "1.", ".1", "1..2", "1.a", "v1", "-1", "1,2", "١"})
  void parse_rejectsEverythingElse(String text) {
    assertThat(Version.parse(text)).isEmpty();
  }

  @Test
  void parse_rejectsNull() {
    assertThat(Version.parse(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"1.0, 1", "1.0.0, 1", "01, 1", "2025.11.13.001, 2025.11.13.1", "0, 0.0"})
  void trailingZeroSegmentsAndLeadingZerosDoNotCount(String a, String b) {
    assertThat(v(a)).isEqualTo(v(b));
    assertThat(v(a).hashCode()).isEqualTo(v(b).hashCode());
    assertThat(v(a).compareTo(v(b))).isEqualTo(0);
  }

  @ParameterizedTest
  @CsvSource({
    "1, 2",
    "1.2, 1.10",
    "1.9, 2",
    "1, 1.0.1",
    "2025.11.13.001, 2025.11.13.002",
    "99999999999999999999, 100000000000000000000",
    "2025.11.13.999, 2025.11.14"
  })
  void comparesSegmentBySegmentAsNumbers(String lower, String higher) {
    assertThat(v(lower)).isLessThan(v(higher));
    assertThat(v(higher)).isGreaterThan(v(lower));
    assertThat(v(lower)).isNotEqualTo(v(higher));
  }

  @Test
  void sortsLikeNumbersNotText() {
    List<Version> sorted =
        List.of(v("10"), v("1.10"), v("2"), v("1.2"), v("1")).stream().sorted().toList();

    assertThat(sorted.stream().map(Version::toString).toList())
        .containsExactly("1", "1.2", "1.10", "2", "10")
        .inOrder();
  }
}
