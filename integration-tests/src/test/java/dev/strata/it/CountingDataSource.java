package dev.strata.it;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over a JDBC URL that records the SQL of every statement its connections send: each
 * {@code execute…} of a {@link Statement} or {@link PreparedStatement}, Strata's own and the
 * migrations' alike, on every connection (the lock's too). {@code Connection.isValid}, commits and
 * rollbacks are not statements and are not recorded. Told to, it fails one statement as a broken
 * connection would.
 */
final class CountingDataSource implements DataSource {

  private final String url;
  private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
  private final java.util.concurrent.atomic.AtomicInteger opened =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile int failingConnection;
  private volatile String failingState;

  CountingDataSource(String url) {
    this.url = url;
  }

  /** The SQL sent so far, in order. */
  List<String> sent() {
    synchronized (sent) {
      return List.copyOf(sent);
    }
  }

  /**
   * Makes the first statement sent on the {@code connection}-th connection opened (counting from 1)
   * fail with {@code sqlState}, before it reaches the database: a connection that broke.
   */
  void failFirstStatementOf(int connection, String sqlState) {
    failingConnection = connection;
    failingState = sqlState;
  }

  /** Forgets what was sent so far. */
  void clear() {
    sent.clear();
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = DriverManager.getConnection(url);
    int number = opened.incrementAndGet();
    return proxy(
        Connection.class,
        connection,
        (method, args) -> {
          Object result = method.invoke(connection, args);
          if (result instanceof PreparedStatement prepared) { // prepareStatement, prepareCall
            return proxy(
                PreparedStatement.class, prepared, recording(number, prepared, (String) args[0]));
          }
          if (result instanceof Statement statement) {
            return proxy(Statement.class, statement, recording(number, statement, null));
          }
          return result;
        });
  }

  /** Records {@code prepared} (or the SQL an execute is given) when a statement is sent. */
  private Call recording(int connection, Statement statement, String prepared) {
    List<String> batch = new ArrayList<>();
    return (method, args) -> {
      String name = method.getName();
      if (name.startsWith("execute") && connection == failingConnection) {
        failingConnection = 0; // once
        throw new SQLException("injected: the connection broke", failingState);
      }
      if (name.equals("addBatch")) {
        batch.add(args == null ? prepared : (String) args[0]);
      } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
        sent.addAll(batch);
        batch.clear();
      } else if (name.startsWith("execute")) {
        sent.add(args == null ? prepared : (String) args[0]);
      }
      return method.invoke(statement, args);
    };
  }

  @FunctionalInterface
  private interface Call {
    Object invoke(Method method, Object[] args) throws Exception;
  }

  /**
   * {@code target} behind {@code type}, each call through {@code call}; the driver's exceptions
   * unwrapped.
   */
  private static <T> T proxy(Class<T> type, T target, Call call) {
    return type.cast(
        Proxy.newProxyInstance(
            CountingDataSource.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              try {
                return call.invoke(method, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }

  @Override
  public Connection getConnection(String username, String password) {
    throw new UnsupportedOperationException("credentials go in the URL");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
