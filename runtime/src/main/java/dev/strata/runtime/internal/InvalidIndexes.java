package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's invalid indexes in the migrations' schema: what a failed (or killed) {@code CREATE
 * INDEX CONCURRENTLY} leaves behind ({@code pg_index.indisvalid} false). Such an index is never
 * used by queries yet still maintained, and {@code CREATE INDEX … IF NOT EXISTS} skips it, so a
 * migration run again after {@code repair} would be recorded as applied over it. Indexes being
 * built at this moment are invalid until their build ends, and are left out (PostgreSQL 12+, which
 * reports builds in progress).
 */
final class InvalidIndexes {

  private InvalidIndexes() {}

  /**
   * The invalid indexes of {@code schema} (null: the session's current schema), each as {@code
   * schema.name} quoted where it must be, ready for {@code drop index concurrently}; sorted.
   */
  static List<String> in(Connection connection, String schema) throws SQLException {
    String building =
        connection.getMetaData().getDatabaseMajorVersion() >= 12
            ? " and i.indexrelid not in (select index_relid from pg_stat_progress_create_index"
                + " where index_relid is not null)"
            : "";
    String sql =
        "select quote_ident(n.nspname) || '.' || quote_ident(c.relname) from pg_index i"
            + " join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace"
            + " where not i.indisvalid and n.nspname = coalesce(?, current_schema())"
            + building
            + " order by 1";
    return Bounded.call(
        connection,
        () -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            List<String> names = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
              while (result.next()) {
                names.add(result.getString(1));
              }
            }
            return names;
          }
        });
  }

  /** The statements that drop {@code indexes}, for a message. */
  static String dropStatements(List<String> indexes) {
    return String.join("; ", indexes.stream().map(i -> "drop index concurrently " + i).toList());
  }
}
