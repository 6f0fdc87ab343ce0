package dev.strata.runtime;

import java.sql.SQLException;

/**
 * A statement sent with {@link MigrationContext#execute} failed. The cause is the driver's {@link
 * SQLException}: its SQL state decides whether a step with {@code retries} is retried and reaches
 * {@link MigrationException#sqlState()}.
 */
public final class SqlStatementException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sql;

  public SqlStatementException(String sql, SQLException cause) {
    super("SQL [" + sql + "]; " + cause.getMessage(), cause);
    this.sql = sql;
  }

  /** The statement as the migration wrote it. */
  public String sql() {
    return sql;
  }

  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }
}
