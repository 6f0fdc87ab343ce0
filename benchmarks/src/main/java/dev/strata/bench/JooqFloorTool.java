package dev.strata.bench;

import java.sql.Connection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * The floor with the migrations' statements sent the way a Strata migration written against jOOQ's
 * {@code DSLContext} sends them: one context per run ({@code DSL.using(connection, dialect)}), and
 * {@code db.execute(sql)} on it; everything else plain JDBC as in {@link FloorTool}. The difference
 * to the JDBC floor is what running migrations through jOOQ costs (in a cold JVM, mostly loading
 * jOOQ), which a migration that takes {@code DSLContext} chooses; the difference to Strata
 * (DSLContext) is Strata's runtime's own.
 */
public final class JooqFloorTool extends FloorTool {

  public JooqFloorTool(Workload workload) {
    super(workload);
  }

  @Override
  public String name() {
    return "jOOQ floor";
  }

  private Connection connection;
  private DSLContext db;

  @Override
  void runStatements(Connection connection, List<String> statements) {
    if (connection != this.connection) { // one context per run, as Strata has
      this.connection = connection;
      this.db =
          DSL.using(
              connection,
              JDBCUtils.dialect(connection),
              new Settings().withExecuteLogging(false)); // as Strata's contexts
    }
    for (String sql : statements) {
      db.execute(sql);
    }
  }
}
