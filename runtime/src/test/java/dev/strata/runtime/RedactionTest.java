package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void postgresUrl_passwordHidden() {
    assertEquals(
        "jdbc:postgresql://db/app?user=u&password=***&ssl=true",
        Redaction.redact("jdbc:postgresql://db/app?user=u&password=hunter2&ssl=true"));
  }

  @Test
  void h2Url_passwordHiddenWhateverTheCase() {
    assertEquals(
        "jdbc:h2:file:./app;USER=sa;PASSWORD=***;AUTO_SERVER=TRUE",
        Redaction.redact("jdbc:h2:file:./app;USER=sa;PASSWORD=s3cret;AUTO_SERVER=TRUE"));
  }

  @Test
  void userInfoInUrl_passwordHidden() {
    assertEquals("postgres://app:***@db/shop", Redaction.redact("postgres://app:hunter2@db/shop"));
  }
}
