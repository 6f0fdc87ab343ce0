package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * H2: the other sessions of the database that are running a statement, which {@code repair} asks
 * before removing a failed non-transactional migration's entry. H2's lock has a session of its own,
 * so a migrator whose lock session was ended may still be running that migration on its work
 * connection; removing its entry then would let it run twice. Migrators waiting for the lock (their
 * statement is the lock's own {@code select … for update}) are not running anything. H2 shows other
 * sessions to admin users only, so a repairing user without admin rights sees none of them.
 */
final class OtherSessions {

  private OtherSessions() {}

  /**
   * Each other session running a statement, as {@code session <id> (since <time>): <statement>},
   * except those waiting for {@code lockTable} (quoted, as the lock's statement names it).
   */
  static List<String> running(Connection connection, String lockTable) throws SQLException {
    String sql =
        "select session_id, executing_statement_start, executing_statement"
            + " from information_schema.sessions where executing_statement is not null"
            + " and session_id <> session_id() and locate(?, executing_statement) = 0"
            + " order by session_id";
    return Bounded.call(
        connection,
        () -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, lockTable);
            List<String> running = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
              while (result.next()) {
                String text = result.getString(3).strip();
                running.add(
                    "session %s (since %s): %s"
                        .formatted(
                            result.getLong(1),
                            result.getString(2),
                            text.length() > 200 ? text.substring(0, 200) + "…" : text));
              }
            }
            return running;
          }
        });
  }
}
