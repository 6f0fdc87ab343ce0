package dev.strata.runtime.internal;

import dev.strata.Dialect;
import dev.strata.runtime.KeyRange;
import dev.strata.runtime.MigrationBackfill;
import dev.strata.runtime.MigrationContext;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationStep;
import dev.strata.runtime.Plan;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.Connection;
import java.sql.SQLException;
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

  /** The plan of {@code k}; a backfill's first batch and estimate are read on {@code c}. */
  public static Plan.Step record(Database database, Connection c, Known k) throws SQLException {
    MigrationStep up = k.migration().up(database.dialect()).orElse(null);
    List<String> statements = new ArrayList<>();
    if (up != null) {
      statements =
          recorded(database, db -> up.body().run(db), e -> FailureMessages.cannotPlan(k, up, e));
    }
    MigrationBackfill b = k.migration().backfill();
    Plan.Backfill backfill = null;
    if (b != null) {
      KeyRange range = BackfillKeys.firstRange(c, database, k);
      List<String> batch =
          recorded(
              database, db -> b.filler().fill(db, range), e -> BackfillMessages.cannotPlan(k, e));
      long estimate = BackfillKeys.estimate(c, database, b.table());
      backfill =
          new Plan.Backfill(
              b.table(),
              b.key(),
              b.batchSize(),
              batch,
              estimate < 0 ? -1 : (estimate + b.batchSize() - 1) / b.batchSize());
    }
    return new Plan.Step(
        k.migration().version(),
        k.migration().description(),
        k.migration().transactional(),
        statements,
        backfill);
  }

  /** What {@code body} sends, recorded and not sent. */
  private static List<String> recorded(
      Database database,
      MigrationStep.Body body,
      java.util.function.Function<Exception, MigrationException> failure) {
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
      body.run(new Recording(database.dialect(), connection, jooq, statements));
    } catch (Exception e) {
      throw failure.apply(e);
    }
    return statements;
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
