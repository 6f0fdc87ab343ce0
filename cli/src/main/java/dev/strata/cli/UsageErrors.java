package dev.strata.cli;

import java.util.Collection;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What the command line says about arguments it cannot read. Picocli says {@code Unmatched argument
 * at index 0: 'migrat'} for a mistyped command, and counts an unknown option's value as a second
 * unknown argument; this names the first unknown word for what it is, and the nearest known name.
 */
final class UsageErrors {

  private UsageErrors() {}

  /** The message for {@code e}, without the hint to {@code --help} that the caller adds. */
  static String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      return unmatched(unmatched.getUnmatched().get(0), e.getCommandLine().getCommandSpec());
    }
    return e.getMessage();
  }

  /**
   * The first unknown word only: after an unknown option, the next word is most likely its value
   * ({@code --traget 10}), and one mistake makes one message.
   */
  private static String unmatched(String word, CommandSpec spec) {
    if (word.startsWith("-")) {
      String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
      return "unknown option '" + option + "'" + suggestion(option, spec.optionsMap().keySet());
    }
    if (!spec.subcommands().isEmpty()) {
      return "unknown command '" + word + "'" + suggestion(word, spec.subcommands().keySet());
    }
    return "unexpected argument '" + word + "'; " + spec.qualifiedName() + " takes no arguments";
  }

  /** {@code ; did you mean migrate?} for the nearest name, or nothing when none is near. */
  static String suggestion(String word, Collection<String> names) {
    String nearest = null;
    int best = Integer.MAX_VALUE;
    for (String name : names.stream().sorted().toList()) {
      int distance = name.startsWith(word) && word.length() >= 3 ? 0 : distance(word, name);
      if (distance < best) {
        best = distance;
        nearest = name;
      }
    }
    int allowed = Math.max(1, Math.min(2, word.length() / 3)); // a typo, not another word
    return nearest != null && best <= allowed ? "; did you mean " + nearest + "?" : "";
  }

  /**
   * The edit distance between {@code a} and {@code b}, counting an insertion, a deletion, a
   * replacement or a swap of two neighbouring letters as one edit (optimal string alignment).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
