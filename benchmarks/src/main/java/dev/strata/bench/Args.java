package dev.strata.bench;

/** The command-line options and environment the small benchmarks (stage.sh, backfill.sh) share. */
final class Args {

  /** The value after {@code name} in {@code args}, or {@code otherwise}. */
  static String string(String[] args, String name, String otherwise) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return otherwise;
  }

  static int integer(String[] args, String name, int otherwise) {
    return Integer.parseInt(string(args, name, Integer.toString(otherwise)));
  }

  /** The PostgreSQL to measure on: {@code STRATA_PG_URL}, by default the local test database. */
  static String pgUrl() {
    return System.getenv()
        .getOrDefault("STRATA_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  }

  private Args() {}
}
