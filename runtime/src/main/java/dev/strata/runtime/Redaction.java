package dev.strata.runtime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks passwords in JDBC URLs and in messages that quote them, before anything prints them: the
 * runtime's own messages, and tools on top of it (the command line) that print a URL.
 *
 * <p>A URL is masked by the grammar of its driver, as the driver reads it: PostgreSQL's query
 * parameters end only at {@code &}, H2's settings only at an unescaped {@code ;}, so a password may
 * hold any other character. Free text is masked by {@link #redact(String)}, which can only guess
 * where a password ends; when the URL is known, {@link #redact(String, String)} masks its secrets
 * wherever the text quotes them.
 */
public final class Redaction {

  /** What a password is replaced with. */
  public static final String MASK = "***";

  // a key=value whose key names a secret (password, sslpassword, PASSWORD_HASH, ...), and the
  // separator that starts the next key=value
  private static final String SECRET_NAME_REGEX = "(?i)(?:password|passwd|pwd|passphrase|secret)";
  private static final String SECRET_KEY_REGEX = SECRET_NAME_REGEX + "[\\w.-]*\\s*=\\s*";
  private static final String NEXT_KEY_REGEX = "[&;][\\w.-]+=";
  private static final Pattern SECRET_NAME = Pattern.compile(SECRET_NAME_REGEX);
  private static final Pattern SECRET_KEY = Pattern.compile(SECRET_KEY_REGEX);
  private static final Pattern NEXT_KEY = Pattern.compile(NEXT_KEY_REGEX);
  // password=..., in free text: up to white space, or a separator that starts the next key=value;
  // a value already masked stays as it is
  private static final Pattern PASSWORD =
      Pattern.compile(
          "("
              + SECRET_KEY_REGEX
              + ")(?!"
              + Pattern.quote(MASK)
              + ").*?(?="
              + NEXT_KEY_REGEX
              + "|\\s|$)");
  // user:password@ in URLs that carry credentials before the host
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)[^@/\\s]+@");

  private Redaction() {}

  /**
   * The text with every {@code password=…} and {@code //user:password@} masked; null for null. A
   * value ends at white space or at an {@code &} or {@code ;} that starts another {@code
   * key=value}: more than a driver would take, never less, unless the password itself holds white
   * space or such a separator. Use {@link #redactUrl(String)} for a URL and {@link #redact(String,
   * String)} for a text that may quote one.
   */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String masked = PASSWORD.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    return USER_INFO.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
  }

  /**
   * {@code text} with {@code url} shown as {@link #redactUrl(String)} shows it and every secret the
   * URL carries masked wherever else it appears (a driver's message may quote it), then as {@link
   * #redact(String)} masks it.
   */
  public static String redact(String text, String url) {
    if (text == null || url == null) {
      return redact(text);
    }
    String masked = text.replace(url, redactUrl(url));
    for (String secret : secrets(url)) {
      masked = masked.replace(secret, MASK);
    }
    return redact(masked);
  }

  /**
   * The URL with its passwords masked, read by the grammar of its driver; null for null.
   *
   * <ul>
   *   <li>{@code //user:password@host}: the password, for any driver;
   *   <li>PostgreSQL ({@code jdbc:postgresql:}): each {@code ?key=value&…} parameter whose name,
   *       URL-decoded and in any case, holds {@code password} (also {@code sslpassword}), up to the
   *       next {@code &};
   *   <li>H2 ({@code jdbc:h2:}): each {@code ;KEY=VALUE} setting whose key holds {@code PASSWORD}
   *       (also {@code PASSWORD_HASH}, {@code FILE_PASSWORD_HASH}; with {@code CIPHER} the value is
   *       both passwords), up to the next {@code ;} not escaped by {@code \};
   *   <li>any other URL: {@code password=…} up to the next {@code &} or {@code ;} that starts
   *       another {@code key=value}, or to the end.
   * </ul>
   */
  public static String redactUrl(String url) {
    if (url == null) {
      return null;
    }
    return parse(url).shown();
  }

  /** The secrets {@code url} carries, as written and as its driver decodes them, longest first. */
  static List<String> secrets(String url) {
    Set<String> secrets = new LinkedHashSet<>();
    for (String secret : parse(url).secrets()) {
      if (!secret.isEmpty()) {
        secrets.add(secret);
        for (String decoded : List.of(decode(secret), unescape(secret))) {
          if (!decoded.isEmpty()) {
            secrets.add(decoded); // as PostgreSQL (URL-decoded) or H2 (unescaped) reads it
          }
        }
      }
    }
    List<String> sorted = new ArrayList<>(secrets);
    sorted.sort((a, b) -> b.length() - a.length());
    return sorted;
  }

  /** A URL cut into the parts to print as they are and the secrets between them. */
  private record Parsed(StringBuilder redacted, List<String> secrets) {
    String shown() {
      return redacted.toString();
    }

    void text(String part) {
      redacted.append(part);
    }

    void secret(String part) {
      if (!part.isEmpty()) {
        secrets.add(part);
      }
      redacted.append(MASK);
    }
  }

  private static Parsed parse(String url) {
    Parsed parsed = new Parsed(new StringBuilder(), new ArrayList<>());
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      h2(url, parsed);
    } else if (lower.startsWith("jdbc:postgresql:")) {
      postgres(url, "jdbc:postgresql:".length(), parsed);
    } else {
      other(url, parsed);
    }
    return parsed;
  }

  // jdbc:h2:<name>;KEY=VALUE;... : settings split on ';', '\' escapes the next character
  private static void h2(String url, Parsed parsed) {
    List<String> parts = h2Split(url);
    userInfo(parts.get(0), parsed);
    for (String setting : parts.subList(1, parts.size())) {
      parsed.text(";");
      int equals = setting.indexOf('=');
      String key = equals < 0 ? setting : setting.substring(0, equals);
      if (equals >= 0 && isSecretKey(key)) {
        parsed.text(setting.substring(0, equals + 1));
        parsed.secret(setting.substring(equals + 1));
      } else {
        parsed.text(redact(setting)); // INIT=… may quote another URL
      }
    }
  }

  /** H2's split on {@code ;}, each part as written (escapes kept), so they join to the URL. */
  private static List<String> h2Split(String url) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ';') {
        parts.add(url.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(url.substring(start));
    return parts;
  }

  // jdbc:postgresql:[//[user[:password]@]host[:port][,host...]/]db[?key=value&...]
  private static void postgres(String url, int from, Parsed parsed) {
    int query = userInfoEnd(url, from);
    query = url.indexOf('?', query < 0 ? from : query);
    if (query < 0) {
      userInfo(url, parsed);
      return;
    }
    userInfo(url.substring(0, query + 1), parsed);
    String[] parameters = url.substring(query + 1).split("&", -1);
    for (int i = 0; i < parameters.length; i++) {
      if (i > 0) {
        parsed.text("&");
      }
      String parameter = parameters[i];
      int equals = parameter.indexOf('=');
      if (equals >= 0 && isSecretKey(decode(parameter.substring(0, equals)))) {
        parsed.text(parameter.substring(0, equals + 1));
        parsed.secret(parameter.substring(equals + 1));
      } else {
        parsed.text(parameter);
      }
    }
  }

  // an unknown driver: userinfo, then password=… up to a separator that starts another key=value
  private static void other(String url, Parsed parsed) {
    int from = Math.max(userInfoEnd(url, 0), 0);
    userInfo(url.substring(0, from), parsed);
    Matcher key = SECRET_KEY.matcher(url);
    int shown = from;
    while (shown < url.length() && key.find(shown)) {
      parsed.text(url.substring(shown, key.end()));
      Matcher next = NEXT_KEY.matcher(url);
      int end = next.find(key.end()) ? next.start() : url.length();
      parsed.secret(url.substring(key.end(), end));
      shown = end;
    }
    parsed.text(url.substring(shown));
  }

  /**
   * Where the {@code user:password@} after {@code //} ends (the index after its last {@code @}), or
   * -1 when there is none. It is there when an {@code @} comes before the query's {@code ?} (or the
   * {@code ?} starts no {@code key=}: it is the password's); it ends at the last {@code @} before
   * the query, so a password may hold {@code @}, {@code /} and {@code :}.
   */
  private static int userInfoEnd(String url, int from) {
    int slashes = url.indexOf("//", from);
    if (slashes < 0) {
      return -1;
    }
    int start = slashes + 2;
    int at = url.indexOf('@', start);
    if (at < 0) {
      return -1;
    }
    int question = url.indexOf('?', start);
    if (question >= 0 && question < at && url.substring(question, at).contains("=")) {
      return -1; // the @ is in a query parameter
    }
    int query = url.indexOf('?', at);
    int end = url.lastIndexOf('@', query < 0 ? url.length() : query);
    return end + 1;
  }

  /** Shows {@code part}, its {@code //user:password@} masked. */
  private static void userInfo(String part, Parsed parsed) {
    int end = userInfoEnd(part, 0);
    if (end < 0) {
      parsed.text(part);
      return;
    }
    int start = part.indexOf("//") + 2;
    int colon = part.indexOf(':', start);
    if (colon < 0 || colon >= end) {
      parsed.text(part); // a user without a password
      return;
    }
    parsed.text(part.substring(0, colon + 1));
    parsed.secret(part.substring(colon + 1, end - 1));
    parsed.text(part.substring(end - 1));
  }

  private static boolean isSecretKey(String key) {
    return SECRET_NAME.matcher(key).find();
  }

  /** H2's reading of a setting's value: {@code \} escapes the next character. */
  private static String unescape(String text) {
    return text.replaceAll("\\\\(.)", "$1");
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text; // a stray % the driver would refuse
    }
  }
}
