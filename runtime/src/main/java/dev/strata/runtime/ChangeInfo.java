package dev.strata.runtime;

import dev.strata.Stage;
import java.util.List;

/**
 * A change ({@code @Change}) and how far it got, as {@link Migrator#changes()} reports it.
 *
 * @param name the change's name
 * @param reached the highest stage whose migrations, and those of every earlier stage, are all
 *     applied; null before that holds for its first stage
 * @param migrations its migrations in version order
 * @param held for each of its pending migrations with gates or {@code @Attested} that a run held:
 *     the last time it was held, from the journal
 */
public record ChangeInfo(
    String name, Stage reached, List<ChangeMigration> migrations, List<HeldMigration> held) {

  public ChangeInfo {
    migrations = List.copyOf(migrations);
    held = List.copyOf(held);
  }
}
