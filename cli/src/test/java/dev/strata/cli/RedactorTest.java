package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Redaction;
import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void postgresQueryPassword_isMasked() {
    assertEquals(
        "jdbc:postgresql://h:5432/db?user=app&password=***&sslmode=require",
        Redaction.redact("jdbc:postgresql://h:5432/db?user=app&password=hunter2&sslmode=require"));
  }

  @Test
  void h2SettingPassword_isMasked_caseInsensitive() {
    assertEquals(
        "jdbc:h2:file:./data/shop;PASSWORD=***;MODE=PostgreSQL",
        Redaction.redact("jdbc:h2:file:./data/shop;PASSWORD=hunter2;MODE=PostgreSQL"));
  }

  @Test
  void userInfoPassword_isMasked() {
    assertEquals("postgres://app:***@db/shop", Redaction.redact("postgres://app:hunter2@db/shop"));
  }

  @Test
  void literalPassword_isMaskedAnywhere() {
    assertEquals(
        "auth failed with *** for app",
        Redactor.forConnection(null, "hunter2").redact("auth failed with hunter2 for app"));
  }

  @Test
  void noPassword_leavesTextAlone() {
    assertEquals("jdbc:h2:mem:x", Redactor.forConnection(null, null).redact("jdbc:h2:mem:x"));
    assertEquals(
        "ConnectionSettings[url=jdbc:x?password=***, user=u, password=***]",
        new ConnectionSettings("jdbc:x?password=p", "u", "p").toString());
  }
}
