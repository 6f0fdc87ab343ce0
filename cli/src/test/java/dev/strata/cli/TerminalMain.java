package dev.strata.cli;

import dev.strata.Dialect;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;

/**
 * The command line of {@link BackfillShop} in a JVM of its own, for {@link TerminalProgressTest} to
 * run on a terminal: {@code TerminalMain <h2-file-url> <args…>}. It first creates {@code orders}
 * with its rows, quietly, then runs the arguments with the real standard output.
 */
public final class TerminalMain {

  private TerminalMain() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    StringWriter quiet = new StringWriter();
    commandLine(url)
        .out(new PrintWriter(quiet))
        .err(new PrintWriter(quiet))
        .build()
        .execute("migrate", "--target", "1");
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      for (String sql : BackfillShop.insertOrders(Dialect.H2)) {
        s.execute(sql);
      }
    }
    System.exit(commandLine(url).build().execute(Arrays.copyOfRange(args, 1, args.length)));
  }

  /** Pauses 150 ms between batches, so a person watching sees the bar move. */
  private static StrataCommandLine.Builder commandLine(String url) {
    return CliRun.isolated()
        .environment(Map.of("STRATA_URL", url, "STRATA_USER", "sa"))
        .migrators(ShopOnH2.migrators(BackfillShop.registry(0, 150), true));
  }
}
