package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.runtime.MigrationContext;
import dev.strata.runtime.MigrationStep;
import dev.strata.runtime.Plan;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockResult;

/**
 * Runs {@code @Up} methods against a context that records each statement instead of sending it:
 * {@link MigrationContext#execute} calls with their values inlined, and what jOOQ's context
 * renders, with inlined values for the connected dialect, through a connection that records.
 * Queries see no rows and update counts are 0, so code that branches on data takes the "empty
 * database" path.
 */
public final class SqlRecorder {

  private SqlRecorder() {}

  public static Plan.Step record(Database database, Known k) {
    MigrationStep up = k.migration().up(database.dialect()).orElseThrow();
    List<String> statements = new ArrayList<>();
    MockConnection connection =
        new MockConnection(
            context -> {
              statements.add(context.sql());
              // an empty result for queries, an update count of 0 for everything else
              return new MockResult[] {
                new MockResult(0, DSL.using(database.sqlDialect()).newResult())
              };
            });
    DSLContext jooq =
        DSL.using(
            connection,
            database.sqlDialect(),
            Database.settings().withStatementType(StatementType.STATIC_STATEMENT));
    try {
      up.body().run(new Recording(database.dialect(), connection, jooq, statements));
    } catch (Exception e) {
      throw FailureMessages.cannotPlan(k, up, e);
    }
    return new Plan.Step(
        k.migration().version(),
        k.migration().description(),
        k.migration().transactional(),
        statements);
  }

  /** A statement without values is recorded as written; jOOQ inlines the values of one with. */
  private record Recording(
      Dialect dialect, Connection connection, DSLContext dsl, List<String> statements)
      implements MigrationContext {

    @Override
    public int execute(String sql, Object... bindings) {
      statements.add(bindings.length == 0 ? sql : dsl.renderInlined(DSL.query(sql, bindings)));
      return 0;
    }
  }
}
