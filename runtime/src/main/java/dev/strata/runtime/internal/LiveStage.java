package dev.strata.runtime.internal;

import dev.strata.Stage;
import dev.strata.runtime.ChangeMigration;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code stage(change)} and {@code stages()}: the stage a change reached, asked per request by
 * application code, so one query on plain JDBC, without the lock, jOOQ or validation. What counts
 * as reached is {@link ChangesCommand#reached}'s rule, over the same {@link Snapshot} a run builds,
 * fed only the rows of the change's versions and the baseline.
 *
 * <p>The query selects by {@code change_name}, and takes rows written before the history had that
 * column (change null) by version, both through the index on {@code (change_name, version)}. A
 * table an earlier Strata wrote has no such column: then the rows are selected by version alone,
 * which is as correct and uses no index. Which of the two is learnt from the catalog on the first
 * call, and kept: a table is upgraded only once, and a migrator that found it old (or missing)
 * keeps the by-version query until it is built again, so that every later call is one query.
 */
public final class LiveStage {

  private final MigratorOptions options;

  /** The changes the registries list, by name: their migrations in version order. */
  private final Map<String, List<Known>> changes;

  /** Learnt on the first call: the history table, and whether it has change_name. */
  private volatile Shape shape;

  private record Shape(History history, boolean indexed) {}

  public LiveStage(MigratorOptions options) {
    this.options = options;
    Map<String, List<Known>> byName = new TreeMap<>();
    for (Known k : options.migrations()) {
      if (k.migration().change() != null) {
        byName.computeIfAbsent(k.migration().change(), c -> new ArrayList<>()).add(k);
      }
    }
    byName.replaceAll((name, known) -> List.copyOf(known));
    this.changes = Collections.unmodifiableMap(byName);
  }

  /** The stage {@code change} reached; refused for a name no registry lists. */
  public Optional<Stage> stage(String change) {
    List<Known> known = changes.get(change);
    if (known == null) {
      throw GateMessages.unknownChange(change, changes.keySet());
    }
    return Optional.ofNullable(reached(known, query(change, known)));
  }

  /** Every change that reached a stage, by name in alphabetical order. */
  public Map<String, Stage> stages() {
    List<Known> all = new ArrayList<>();
    changes.values().forEach(all::addAll);
    all.sort(Comparator.comparing(Known::version));
    List<HistoryRow> rows = query(null, all);
    Map<String, Stage> reached = new TreeMap<>();
    changes.forEach(
        (name, known) -> {
          Stage stage = reached(known, rows);
          if (stage != null) {
            reached.put(name, stage);
          }
        });
    return Collections.unmodifiableMap(reached);
  }

  private static Stage reached(List<Known> known, List<HistoryRow> rows) {
    Map<String, MigrationState> states = ChangesCommand.states(new Snapshot(known, rows));
    List<ChangeMigration> migrations = new ArrayList<>();
    for (Known k : known) {
      migrations.add(ChangesCommand.migration(k, states));
    }
    return ChangesCommand.reached(migrations);
  }

  /**
   * The history rows of {@code known}'s versions and the baseline, in rank order; with {@code
   * change} null, every row. Empty when there is no history table yet.
   */
  private List<HistoryRow> query(String change, List<Known> known) {
    Connection connection = options.connections().open();
    String table = null;
    try {
      Shape s = shape(connection);
      table = s.history().displayName();
      String sql = sql(s, change == null ? -1 : known.size());
      return Bounded.call(connection, () -> rows(connection, s, sql, change, known));
    } catch (SQLException e) {
      if (Failures.isMissingTable(e.getSQLState())) {
        return List.of();
      }
      if (Failures.isNetworkTimeout(e)) {
        throw FailureMessages.stoppedAnswering(e);
      }
      throw FailureMessages.ownStatementFailed(
          options.connections().describe(), table == null ? options.historyTable() : table, e);
    } finally {
      Closing.quietly(connection, null);
    }
  }

  private Shape shape(Connection connection) throws SQLException {
    Shape s = shape;
    if (s == null) {
      Database database = Database.detect(connection, options.executeListeners());
      History history = new History(database, options.schema(), options.historyTable());
      s = new Shape(history, Bounded.call(connection, () -> history.current(connection)));
      shape = s;
    }
    return s;
  }

  /**
   * The query for {@code versions} versions of a change (-1: every row), by {@code change_name}
   * where the table has it: {@code change_name = ? or rank = 1 or (change_name is null and version
   * in (…))}, each arm answered by an index (on PostgreSQL a bitmap OR of the three), so the cost
   * does not grow with the history. Built per call: a few string appends, cheaper than a cache
   * keyed by change.
   */
  private static String sql(Shape s, int versions) {
    History h = s.history();
    StringBuilder sql = new StringBuilder(h.select(History.Read.LEAN)); // as status() reads
    if (versions < 0) {
      return sql.toString();
    }
    String change = h.column(HistorySchema.CHANGE);
    // a baseline row is always rank 1: baseline() is refused once the history records anything
    sql.append(" where ");
    if (s.indexed()) {
      sql.append(change).append(" = ? or ");
    }
    sql.append(h.column("rank")).append(" = 1 or ");
    if (s.indexed()) {
      sql.append(change).append(" is null and ");
    }
    sql.append(h.column("version")).append(" in (");
    for (int i = 0; i < versions; i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    sql.append(")");
    return sql.toString();
  }

  private static List<HistoryRow> rows(
      Connection connection, Shape s, String sql, String change, List<Known> known)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (change != null) {
        int at = 1;
        if (s.indexed()) {
          statement.setString(at++, change);
        }
        for (Known k : known) {
          statement.setString(at++, k.migration().version());
        }
      }
      try (ResultSet result = statement.executeQuery()) {
        return s.history().rows(result, History.Read.LEAN, false); // in rank order
      }
    } finally {
      if (!connection.getAutoCommit()) {
        connection.rollback(); // a pool's connection outside autocommit: end the read
      }
    }
  }
}
