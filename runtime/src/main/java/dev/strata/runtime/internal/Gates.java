package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.runtime.Evidence;
import dev.strata.runtime.GateOutcome;
import dev.strata.runtime.GateOutcome.Result;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationGate;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the {@code @Gate}s of migrations, each in a transaction that is always rolled back (on
 * PostgreSQL also {@code READ ONLY}, so a write is refused), on a connection of their own: never
 * the one that holds the migration lock or runs the migrations, so a gate that hangs cannot take
 * the lock with it. A gate runs on a thread of its own; one still running past its timeout is
 * abandoned with its connection (aborted), and the next gate opens a new one.
 */
final class Gates implements AutoCloseable {

  /** How long a gate past its timeout may take to notice the interrupt before it is abandoned. */
  private static final long GRACE_MILLIS = 500;

  private final ConnectionSource connections;
  private final Database database;
  private final String schema; // quoted, or null

  private Connection connection;

  Gates(ConnectionSource connections, Database database, String schema) {
    this.connections = connections;
    this.database = database;
    this.schema = schema == null ? null : History.quote(database.fold(schema));
  }

  /** Every gate's outcome, in source order; all gates run, so a report shows each of them. */
  List<GateOutcome> evaluate(MigrationDescriptor m) {
    List<GateOutcome> outcomes = new ArrayList<>();
    for (MigrationGate gate : m.gates()) {
      outcomes.add(evaluate(gate));
    }
    return List.copyOf(outcomes);
  }

  private GateOutcome evaluate(MigrationGate gate) {
    long start = System.nanoTime();
    Connection c;
    try {
      c = open(gate.timeoutSeconds());
    } catch (SQLException | RuntimeException e) {
      abandon();
      return outcome(gate, Result.ERROR, GateMessages.threw(e), start);
    }
    FutureTask<Evidence> task =
        new FutureTask<>(() -> gate.probe().evaluate(database.context(c, gate.timeoutSeconds())));
    Thread worker = new Thread(task, "strata-gate-" + gate.method());
    worker.setDaemon(true);
    worker.start();
    try {
      Evidence evidence =
          gate.timeoutSeconds() > 0
              ? task.get(gate.timeoutSeconds(), TimeUnit.SECONDS)
              : task.get();
      end(c);
      if (evidence == null) {
        return outcome(gate, Result.ERROR, GateMessages.returnedNull(gate.method()), start);
      }
      return outcome(gate, evidence.isOk() ? Result.OK : Result.NOT_YET, evidence.details(), start);
    } catch (TimeoutException e) {
      worker.interrupt();
      try {
        worker.join(GRACE_MILLIS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      if (worker.isAlive()) {
        abandon();
      } else {
        end(c);
      }
      return outcome(gate, Result.TIMED_OUT, GateMessages.timedOut(gate.timeoutSeconds()), start);
    } catch (ExecutionException e) {
      end(c);
      Throwable cause = e.getCause();
      if (isTimeout(cause)) {
        return outcome(
            gate,
            Result.TIMED_OUT,
            GateMessages.statementTimedOut(gate.timeoutSeconds(), Failures.describe(cause)),
            start);
      }
      String said =
          "25006".equals(Failures.sqlState(cause))
              ? GateMessages.refusedWrite(Failures.describe(cause))
              : GateMessages.threw(cause);
      return outcome(gate, Result.ERROR, said, start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      worker.interrupt();
      abandon();
      return outcome(gate, Result.ERROR, "interrupted while the gate ran", start);
    }
  }

  private static boolean isTimeout(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLTimeoutException) {
        return true;
      }
    }
    return "57014".equals(Failures.sqlState(t)); // canceled: the query timeout
  }

  private static GateOutcome outcome(
      MigrationGate gate, Result result, String details, long start) {
    return new GateOutcome(
        gate.method(),
        gate.description(),
        result,
        details,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** The gates' connection in a fresh transaction, read-only where the database can say so. */
  private Connection open(int timeoutSeconds) throws SQLException {
    if (connection == null) {
      connection = connections.open();
      if (schema != null) {
        try (Statement s = connection.createStatement()) {
          s.execute(
              (database.dialect() == Dialect.H2 ? "set schema " : "set search_path = ") + schema);
        }
      }
    }
    connection.setAutoCommit(false);
    if (database.dialect() == Dialect.POSTGRES) {
      try (Statement s = connection.createStatement()) {
        s.execute("set transaction read only");
        if (timeoutSeconds > 0) { // the server stops a statement even if the client cannot
          s.execute("set local statement_timeout = " + (timeoutSeconds * 1000L));
        }
      }
    }
    return connection;
  }

  /** Rolls back what the gate did; a connection that cannot is replaced by the next gate. */
  private void end(Connection c) {
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException e) {
      abandon();
    }
  }

  /** Drops the connection without waiting for a gate that may still use it. */
  private void abandon() {
    Connection c = connection;
    connection = null;
    if (c != null) {
      Thread closer =
          new Thread(
              () -> {
                try {
                  c.abort(Runnable::run);
                } catch (SQLException | RuntimeException e) {
                  // aborting what is broken
                }
                Closing.quietly(c, null);
              },
              "strata-gate-abort");
      closer.setDaemon(true);
      closer.start();
    }
  }

  @Override
  public void close() {
    if (connection != null) {
      end(connection);
      if (connection != null) {
        Closing.quietly(connection, null);
        connection = null;
      }
    }
  }
}
