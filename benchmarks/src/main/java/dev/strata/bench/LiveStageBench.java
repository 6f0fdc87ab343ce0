package dev.strata.bench;

import dev.strata.Dialect;
import dev.strata.Stage;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.MigrationStep;
import dev.strata.runtime.Migrator;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The cost of one {@code Migrator.stage(change)} call, as application code makes it per request: on
 * H2 in-memory and PostgreSQL, with a history of {@code --history} plain migrations and a change at
 * its last stage, on one connection the data source hands out again and again (what a pool does),
 * so a call costs its query and its work, not a connection. Beside it, on the same connection: a
 * prepared {@code select 1} (the round trip every query pays), and {@code stages()}.
 *
 * <p>{@code java -cp … dev.strata.bench.LiveStageBench [--history 100] [--calls 20000] [--rounds
 * 7]}; prints a Markdown table. Environment: {@code STRATA_PG_URL}.
 */
public final class LiveStageBench {

  private static final String CHANGE = "users-full-name";

  public static void main(String[] args) throws Exception {
    int history = Args.integer(args, "--history", 100);
    int calls = Args.integer(args, "--calls", 20_000);
    int rounds = Args.integer(args, "--rounds", 7);
    String pgUrl = Args.pgUrl();
    PrintWriter out = new PrintWriter(System.out, true);
    out.printf(
        "history: %d plain migrations and a change of 4 stages (%d rows); %d calls per round,"
            + " %d rounds after one round of warm-up; median and best round, microseconds per"
            + " call%n%n",
        history, history + 4, calls, rounds);
    out.println("| database | call | median µs | best µs |");
    out.println("|---|---|---|---|");
    for (Target target : List.of(new Target.H2(), new Target.Postgres(pgUrl))) {
      DataSource plain = target.create();
      try {
        MigrationRegistry registry = registry(history);
        Migrator.builder().dataSource(plain).registry(registry).build().migrate();
        try (Connection kept = plain.getConnection()) {
          Migrator migrator =
              Migrator.builder().dataSource(oneConnection(kept)).registry(registry).build();
          if (!migrator.stage(CHANGE).equals(Optional.of(Stage.CONTRACT))) {
            throw new IllegalStateException("the change is not at CONTRACT");
          }
          try (PreparedStatement one = kept.prepareStatement("select 1")) {
            row(out, target, "`select 1` (the round trip)", time(calls, rounds, () -> select(one)));
          }
          row(out, target, "`stage(change)`", time(calls, rounds, () -> migrator.stage(CHANGE)));
          row(out, target, "`stages()`", time(calls, rounds, migrator::stages));
        }
      } finally {
        target.drop(plain);
      }
    }
  }

  private static void select(PreparedStatement one) throws SQLException {
    try (ResultSet r = one.executeQuery()) {
      r.next();
    }
  }

  private static void row(PrintWriter out, Target target, String call, double[] micros) {
    Arrays.sort(micros);
    out.printf(
        "| %s | %s | %.1f | %.1f |%n", target.name(), call, micros[micros.length / 2], micros[0]);
  }

  /** Microseconds per call of each round; the first round warms up and is left out. */
  private static double[] time(int calls, int rounds, Call call) throws Exception {
    double[] micros = new double[rounds];
    for (int round = -1; round < rounds; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        call.run();
      }
      if (round >= 0) {
        micros[round] = (System.nanoTime() - start) / 1000.0 / calls;
      }
    }
    return micros;
  }

  @FunctionalInterface
  private interface Call {
    void run() throws Exception;
  }

  private static MigrationRegistry registry(int plainMigrations) {
    List<MigrationDescriptor> all = new ArrayList<>();
    for (int i = 1; i <= plainMigrations; i++) {
      all.add(migration(i, null, null));
    }
    Stage[] stages = Stage.values();
    for (int s = 0; s < stages.length; s++) {
      all.add(migration(plainMigrations + 1 + s, CHANGE, stages[s]));
    }
    List<MigrationDescriptor> listed = List.copyOf(all);
    return () -> listed;
  }

  private static MigrationDescriptor migration(int i, String change, Stage stage) {
    Set<Dialect> both = Set.of(Dialect.H2, Dialect.POSTGRES);
    MigrationStep up =
        new MigrationStep("up", both, 0, 0, db -> db.execute("create table s_" + i + " (id int)"));
    return new MigrationDescriptor(
        Integer.toString(i),
        "migration " + i,
        "bench.S" + i,
        List.of(),
        true,
        List.of(),
        List.of(),
        "sum" + i,
        List.of(up),
        List.of(),
        List.of(),
        List.of(),
        change,
        stage,
        List.of(),
        null,
        null);
  }

  /**
   * A data source that hands out {@code kept} again and again, its {@code close()} a no-op: what a
   * pool's borrow and return come to, without a pool's own cost.
   */
  private static DataSource oneConnection(Connection kept) {
    Connection handedOut =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (self, method, methodArgs) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(kept, methodArgs);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (self, method, methodArgs) -> {
              if (!method.getName().equals("getConnection")) {
                throw new UnsupportedOperationException(method.getName());
              }
              return handedOut;
            });
  }

  private LiveStageBench() {}
}
