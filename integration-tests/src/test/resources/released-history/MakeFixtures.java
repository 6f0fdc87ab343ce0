import dev.strata.Dialect;
import dev.strata.Stage;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationRegistry;
import dev.strata.runtime.MigrationStep;
import dev.strata.runtime.Migrator;
import java.util.List;
import java.util.Set;

/**
 * Writes a history table with the jars of the release before the history gained its change and
 * stage columns; see README in this directory for the command. The migrations are the first three
 * of HistoryUpgradeTest's, with the same checksums.
 */
public class MakeFixtures {

  static MigrationDescriptor migration(
      String version, String change, Stage stage, String sql, String undo) {
    MigrationStep up =
        new MigrationStep(
            "up", Set.of(Dialect.H2, Dialect.POSTGRES), 0, 0, db -> db.execute(sql));
    MigrationStep down =
        new MigrationStep(
            "down", Set.of(Dialect.H2, Dialect.POSTGRES), 0, 0, db -> db.execute(undo));
    return new MigrationDescriptor(
        version, "migration " + version, "app.V" + version, List.of(), true, List.of("team-a"),
        List.of(), "sum" + version, List.of(up), List.of(down), List.of(), List.of(), change,
        stage, List.of(), null);
  }

  record Listed(List<MigrationDescriptor> migrations) implements MigrationRegistry {}

  public static void main(String[] args) {
    List<MigrationDescriptor> all =
        List.of(
            migration("1", null, null, "create table customers (id int primary key, name varchar(100))",
                "drop table customers"),
            migration("2", "customers-email", Stage.EXPAND, "alter table customers add column email varchar(200)",
                "alter table customers drop column email"),
            migration("3", null, null, "create table orders (id int primary key)",
                "drop table orders"));
    Migrator migrator = Migrator.builder().url(args[0]).registry(new Listed(all)).build();
    migrator.migrate();
    migrator.undo("2"); // an UNDO row, then 3 applied again
    migrator.migrate();
  }
}
