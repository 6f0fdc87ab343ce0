package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DescriptionTest {

  @ParameterizedTest
  @CsvSource({
    "AddEmailVerified, add email verified",
    "CreateURLTable, create url table",
    "V2Users, v2 users",
    "Users, users",
    "URL, url",
    "add_index, add index",
    "V1_2CreateUsers, v1 2 create users"
  })
  void describe_splitsTheClassNameIntoLowercaseWords(String simpleName, String description) {
    assertThat(MigrationModelFactory.describe(simpleName)).isEqualTo(description);
  }
}
