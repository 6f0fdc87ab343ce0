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

  @Test
  void postgresParameter_endsOnlyAtAmpersand() {
    assertEquals(
        "jdbc:postgresql://db/app?password=***&ssl=true",
        Redaction.redactUrl("jdbc:postgresql://db/app?password=Pw;Tail x@y:/z=w&ssl=true"));
    assertEquals(
        "jdbc:postgresql://db/app?user=u&sslpassword=***&PASSWORD=***",
        Redaction.redactUrl("jdbc:postgresql://db/app?user=u&sslpassword=k%26ey&PASSWORD=p"));
    assertEquals(
        "jdbc:postgresql://db/app?pass%77ord=***",
        Redaction.redactUrl("jdbc:postgresql://db/app?pass%77ord=x"));
  }

  @Test
  void postgresUserInfo_maskedUpToTheLastAtBeforeTheQuery() {
    assertEquals(
        "jdbc:postgresql://app:***@h1:5432,h2/shop?x=a@b",
        Redaction.redactUrl("jdbc:postgresql://app:se/c:r@et@h1:5432,h2/shop?x=a@b"));
    assertEquals(
        "jdbc:postgresql://h/shop?x=a@b", Redaction.redactUrl("jdbc:postgresql://h/shop?x=a@b"));
  }

  @Test
  void h2Setting_endsOnlyAtUnescapedSemicolon() {
    assertEquals(
        "jdbc:h2:mem:x;password =***;MODE=PostgreSQL",
        Redaction.redactUrl("jdbc:h2:mem:x;password =Pw&Tail\\;x y=z;MODE=PostgreSQL"));
    assertEquals(
        "jdbc:h2:file:./db;CIPHER=AES;PASSWORD=***;FILE_PASSWORD_HASH=***",
        Redaction.redactUrl(
            "jdbc:h2:file:./db;CIPHER=AES;PASSWORD=file user;FILE_PASSWORD_HASH=ab"));
  }

  @Test
  void unknownUrl_maskedUpToTheNextKey() {
    assertEquals(
        "jdbc:other://u:***@h/db;password=***;ssl=true",
        Redaction.redactUrl("jdbc:other://u:p@ss@h/db;password=Pw&Tail x;ssl=true"));
  }

  @Test
  void textQuotingAUrl_maskedByTheUrlsGrammar() {
    String url = "jdbc:h2:mem:x;PASSWORD=Pw&Tail x";
    assertEquals(
        "Unsupported setting in \"jdbc:h2:mem:x;PASSWORD=***\" (***)",
        Redaction.redact("Unsupported setting in \"" + url + "\" (Pw&Tail x)", url));
  }
}
