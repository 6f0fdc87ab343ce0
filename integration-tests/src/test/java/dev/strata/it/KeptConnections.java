package dev.strata.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A data source whose connections ignore {@code close()}, as a pool's do, so that a test can look
 * at what Strata left on each connection it was handed; {@link #close()} closes them for real.
 */
final class KeptConnections implements AutoCloseable {

  private final List<Connection> handedOut = new ArrayList<>();
  private final DataSource dataSource;

  /**
   * {@code prepare} sets a connection up before it is handed out, as a pool's configuration does.
   */
  KeptConnections(TestDatabase db, SqlSetup prepare) {
    dataSource =
        (DataSource)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("getConnection")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  Connection real = db.connect();
                  prepare.apply(real);
                  synchronized (handedOut) {
                    handedOut.add(real);
                  }
                  return Proxy.newProxyInstance(
                      getClass().getClassLoader(),
                      new Class<?>[] {Connection.class},
                      (p, m, a) -> {
                        if (m.getName().equals("close")) {
                          return null;
                        }
                        try {
                          return m.invoke(real, a);
                        } catch (InvocationTargetException e) {
                          throw e.getCause();
                        }
                      });
                });
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** The real connections handed out so far. */
  List<Connection> handedOut() {
    synchronized (handedOut) {
      return List.copyOf(handedOut);
    }
  }

  @Override
  public void close() throws SQLException {
    for (Connection c : handedOut()) {
      c.close();
    }
  }

  /** Prepares a connection before it is handed out. */
  @FunctionalInterface
  interface SqlSetup {
    void apply(Connection connection) throws SQLException;
  }
}
