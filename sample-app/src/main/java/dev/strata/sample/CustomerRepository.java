package dev.strata.sample;

import dev.strata.Stage;
import dev.strata.runtime.Migrator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.sql.DataSource;

/**
 * The shop's customers, in whichever shape the change {@value #CHANGE} has reached: it asks the
 * migrator for the stage on every call, so every instance switches as soon as a migration commits,
 * without a restart or a feature flag.
 *
 * <ul>
 *   <li>before the change and at {@code EXPAND}: reads {@code full_name}, and counts each read in
 *       {@code column_usage} once that table exists (the evidence migration 15 waits for);
 *   <li>from {@code BACKFILL} on: reads {@code first_name} / {@code last_name};
 *   <li>writes {@code full_name} until {@code CONTRACT} (older instances and reports still read
 *       it), and the new columns from {@code EXPAND} on.
 * </ul>
 */
public final class CustomerRepository {

  /** The change that moves customers from {@code full_name} to first and last name. */
  public static final String CHANGE = "customers-split-name";

  /** A customer as the shop shows it, whatever the shape of the table. */
  public record Customer(long id, String email, CustomerName name) {}

  private final DataSource dataSource;
  private final Migrator migrator;
  private final EmailNormalizer emails;

  @Inject
  public CustomerRepository(DataSource dataSource, Migrator migrator, EmailNormalizer emails) {
    this.dataSource = dataSource;
    this.migrator = migrator;
    this.emails = emails;
  }

  /** Adds a customer and returns its id. */
  public long add(String email, CustomerName name) throws SQLException {
    Optional<Stage> stage = migrator.stage(CHANGE);
    List<String> columns = new ArrayList<>(List.of("email", "created_at"));
    List<String> values = new ArrayList<>(List.of(emails.normalize(email)));
    if (stage.isEmpty() || stage.get().compareTo(Stage.CONTRACT) < 0) {
      columns.add("full_name");
      values.add(name.full());
    }
    if (stage.isPresent()) {
      columns.addAll(List.of("first_name", "last_name"));
      values.addAll(List.of(name.first(), name.last()));
    }
    String sql =
        "insert into customers ("
            + String.join(", ", columns)
            + ") values (?, localtimestamp(0)"
            + ", ?".repeat(values.size() - 1)
            + ")";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
      for (int i = 0; i < values.size(); i++) {
        insert.setString(i + 1, values.get(i));
      }
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** The customer who signs in with {@code email}, if any. */
  public Optional<Customer> findByEmail(String email) throws SQLException {
    Optional<Stage> stage = migrator.stage(CHANGE);
    boolean newShape = stage.isPresent() && stage.get().compareTo(Stage.BACKFILL) >= 0;
    String sql =
        newShape
            ? "select id, email, first_name, last_name from customers where email = ?"
            : "select id, email, full_name from customers where email = ?";
    try (Connection connection = dataSource.getConnection()) {
      Optional<Customer> found;
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setString(1, emails.normalize(email));
        try (ResultSet row = select.executeQuery()) {
          found =
              row.next()
                  ? Optional.of(
                      new Customer(
                          row.getLong(1),
                          row.getString(2),
                          newShape
                              ? new CustomerName(row.getString(3), row.getString(4))
                              : CustomerName.split(row.getString(3))))
                  : Optional.empty();
        }
      }
      if (!newShape && stage.isPresent()) {
        countFullNameRead(connection);
      }
      return found;
    }
  }

  private static void countFullNameRead(Connection connection) throws SQLException {
    try (Statement update = connection.createStatement()) {
      update.executeUpdate(
          "update column_usage set reads = reads + 1, last_read_at = localtimestamp(0)"
              + " where table_name = 'customers' and column_name = 'full_name'");
    }
  }
}
