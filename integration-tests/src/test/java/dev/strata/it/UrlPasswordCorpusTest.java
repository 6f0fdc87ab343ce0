package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationException.Reason;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Redaction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reliability scenario "Passwords in URLs": a corpus of hostile passwords, in every URL form the
 * drivers read (PostgreSQL parameters and userinfo, H2 settings), through every runtime path that
 * prints a URL: {@link Redaction}, {@code Migrator.toString()}, a failed connection's exception and
 * log, and the INFO lines of a successful run. Every password is made of {@code Zx…} fragments
 * joined by one hostile character; no fragment may appear, and the host, database and other
 * parameters must.
 */
@Tag("reliability")
class UrlPasswordCorpusTest {

  /** Each password joins three fragments with one of these. */
  private static final List<String> HOSTILE =
      List.of(";", "&", " ", "@", ":", "/", "%", "=", "?", "\"", "'", "+", "\\", "ü€", ";x=y&");

  private static final Pattern DRIVER_LOG_RECORD =
      Pattern.compile("(?m)^.* org\\.postgresql\\.Driver parseURL\\R[A-Z]+: .*$");

  private static List<String> passwords() {
    List<String> passwords = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String sep = HOSTILE.get(i);
      passwords.add("Zx" + i + "a" + sep + "Zx" + i + "b" + sep + "Zx" + i + "c");
    }
    return passwords;
  }

  /** PostgreSQL's grammar: a parameter ends at {@code &}, values are URL-decoded. */
  private static String pgValue(String password) {
    return password.replace("%", "%25").replace("&", "%26").replace("+", "%2B");
  }

  /** H2's grammar: a setting ends at {@code ;}, which {@code \} escapes. */
  private static String h2Value(String password) {
    return password.replace("\\", "\\\\").replace(";", "\\;");
  }

  private static void assertMasked(String printed, String... shown) {
    assertFalse(printed.toLowerCase(Locale.ROOT).contains("zx"), printed);
    for (String part : shown) {
      assertTrue(printed.contains(part), "'" + part + "' is missing from: " + printed);
    }
  }

  /** Runs {@code run} with stderr (where slf4j-simple logs) captured; what it printed and said. */
  private static String printed(Migrator migrator, Function<Migrator, Object> run) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    StringBuilder said = new StringBuilder();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      said.append(run.apply(migrator));
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        said.append(t).append('\n');
      }
    } finally {
      System.setErr(err);
    }
    // pgjdbc's own java.util.logging warning quotes a URL it cannot parse; it is not Strata's to
    // mask
    String logged =
        captured.toString(StandardCharsets.UTF_8).replaceAll(DRIVER_LOG_RECORD.pattern(), "");
    return logged + "\n" + said + "\n" + migrator;
  }

  private static Migrator migrator(String url) {
    return Migrator.builder().url(url).registry(Scenarios.shop().registry()).build();
  }

  @Test
  void redaction_masksEveryFormByItsGrammar() {
    for (String password : passwords()) {
      String pg =
          "jdbc:postgresql://db.example:5432/shop?user=app&password="
              + pgValue(password)
              + "&sslmode=require";
      String userInfo = "jdbc:postgresql://app:" + password + "@db.example:5432/shop?ssl=true";
      String h2 = "jdbc:h2:file:./data/shop;USER=sa;PASSWORD=" + h2Value(password) + ";MODE=MySQL";
      assertMasked(Redaction.redactUrl(pg), "//db.example:5432/shop?user=app&", "&sslmode=require");
      assertMasked(Redaction.redactUrl(userInfo), "//app:***@db.example:5432/shop?ssl=true");
      assertMasked(Redaction.redactUrl(h2), "jdbc:h2:file:./data/shop;USER=sa;", ";MODE=MySQL");
      for (String url : List.of(pg, userInfo, h2)) {
        assertMasked(Redaction.redact("failed: " + url + " (" + password + ")", url), "failed: ");
        assertMasked(Migrator.builder().url(url).registry(List::of).build().toString());
      }
    }
  }

  @Test
  void h2_successfulRunAndBadSetting_printNoPassword() {
    for (String password : passwords()) {
      String name = "corpus-" + UUID.randomUUID();
      String url = "jdbc:h2:mem:" + name + ";PASSWORD=" + h2Value(password) + ";DB_CLOSE_DELAY=-1";
      assertMasked(
          printed(migrator(url), Migrator::migrate),
          "Migrating jdbc:h2:mem:" + name + ";PASSWORD=***;DB_CLOSE_DELAY=-1 from");

      Migrator bad = migrator(url + ";NO_SUCH_SETTING=1");
      MigrationException e = assertThrows(MigrationException.class, bad::migrate);
      assertEquals(Reason.CONNECTION, e.reason());
      assertMasked(printed(bad, Migrator::migrate), "mem:" + name, "NO_SUCH_SETTING");
    }
  }

  @Test
  void postgres_successfulRunAndFailedConnections_printNoPassword() throws Exception {
    try (TestDatabase db = TestDatabase.create(Db.POSTGRES)) {
      int query = db.url.indexOf('?');
      String where = query < 0 ? db.url : db.url.substring(0, query);
      String base = db.url + (query < 0 ? "?" : "&");
      for (String password : passwords()) {
        String url = base + "password=" + pgValue(password) + "&ApplicationName=strata-corpus";
        assertMasked(
            printed(migrator(url), Migrator::status), where, "ApplicationName=strata-corpus");

        String wrongDb = url.replace(where, "jdbc:postgresql://127.0.0.1:5432/no_such_corpus_db");
        assertMasked(
            printed(migrator(wrongDb), Migrator::migrate),
            "Cannot connect to jdbc:postgresql://127.0.0.1:5432/no_such_corpus_db?",
            "&ApplicationName=strata-corpus");

        String userInfo =
            "jdbc:postgresql://postgres:" + password + "@127.0.0.1:5432/no_such_corpus_db";
        assertMasked(
            printed(migrator(userInfo), Migrator::migrate),
            "postgres:***@127.0.0.1:5432/no_such_corpus_db");
      }
      String url = base + "password=" + pgValue(passwords().get(0));
      assertMasked(printed(migrator(url), Migrator::migrate), "Migrating " + where, "password=***");
    }
  }
}
