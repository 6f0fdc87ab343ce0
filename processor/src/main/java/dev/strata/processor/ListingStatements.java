package dev.strata.processor;

import static dev.strata.processor.SourceFiles.literal;

import dev.strata.processor.RegistryModel.BackfillModel;
import dev.strata.processor.RegistryModel.CheckModel;
import dev.strata.processor.RegistryModel.GateModel;
import dev.strata.processor.RegistryModel.MigrationModel;
import dev.strata.processor.RegistryModel.StepModel;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The registry's listing as source text: the {@code listing.…(..)} statements that describe each
 * migration to the runtime's {@code RegistryListing}, and the dialect-set constants they name.
 */
final class ListingStatements {

  private ListingStatements() {}

  /**
   * A constant for each set of dialects that steps cover, by name; always one for every dialect,
   * which {@code migration(..)} uses.
   */
  static SortedMap<String, List<String>> dialectSets(RegistryModel model) {
    SortedMap<String, List<String>> sets = new TreeMap<>();
    sets.put(dialectSet(model.dialects()), model.dialects());
    for (MigrationModel migration : model.migrations()) {
      for (List<StepModel> steps : List.of(migration.up(), migration.down())) {
        steps.forEach(s -> sets.putIfAbsent(dialectSet(s.dialects()), s.dialects()));
      }
    }
    return sets;
  }

  /** The stages of changes the migrations are in: a constant each, named as the stage. */
  static SortedSet<String> stages(RegistryModel model) {
    SortedSet<String> stages = new TreeSet<>();
    for (MigrationModel migration : model.migrations()) {
      if (migration.change() != null) {
        stages.add(migration.change().stage());
      }
    }
    return stages;
  }

  /** The name of the constant for {@code dialects}: {@code H2_POSTGRES}. */
  static String dialectSet(List<String> dialects) {
    return String.join("_", dialects);
  }

  /**
   * The statements that list the migrations, in version order, one list per migration: one {@code
   * listing.migration(..)} call for each migration of the common shape, else {@code begin(..)} and
   * a statement for each dependency, owner, tag, step, check, change, gate, attestation and
   * backfill. Text, with literals written by {@link SourceFiles#literal} and pasted past JavaPoet
   * ({@link SourceFiles#paste}): thousands of {@code $S} arguments, then thousands of lines, were
   * most of JavaPoet's time.
   */
  static List<List<String>> listing(RegistryModel model) {
    List<List<String>> listing = new ArrayList<>();
    for (MigrationModel m : model.migrations()) {
      List<String> statements = new ArrayList<>();
      listing.add(statements);
      // version, description, class, transactional, checksum: what both forms start with
      String header =
          String.join(
              ", ",
              literal(m.version()),
              literal(m.description()),
              literal(m.type().canonicalName()),
              String.valueOf(m.transactional()),
              literal(m.checksum()));
      if (isCommon(m, model.dialects())) {
        statements.add(
            statement(
                "migration",
                header,
                literal(first(m.dependsOn())),
                literal(first(m.owners())),
                literal(m.up().get(0).method()),
                literal(m.down().isEmpty() ? null : m.down().get(0).method()),
                check(m.preChecks()),
                check(m.postChecks())));
        continue;
      }
      statements.add(statement("begin", header));
      for (String version : m.dependsOn()) {
        statements.add(statement("dependsOn", literal(version)));
      }
      for (String owner : m.owners()) {
        statements.add(statement("owner", literal(owner)));
      }
      for (String tag : m.tags()) {
        statements.add(statement("tag", literal(tag)));
      }
      for (StepModel up : m.up()) {
        statements.add(step("up", up));
      }
      for (StepModel down : m.down()) {
        statements.add(step("down", down));
      }
      for (CheckModel check : m.preChecks()) {
        statements.add(
            statement("preCheck", literal(check.method()), literal(check.description())));
      }
      for (CheckModel check : m.postChecks()) {
        statements.add(
            statement("postCheck", literal(check.method()), literal(check.description())));
      }
      if (m.change() != null) {
        statements.add(statement("change", literal(m.change().name()), m.change().stage()));
      }
      for (GateModel gate : m.gates()) {
        statements.add(
            statement(
                "gate",
                literal(gate.method()),
                literal(gate.description()),
                String.valueOf(gate.timeoutSeconds())));
      }
      if (m.attested() != null) {
        statements.add(statement("attested", literal(m.attested())));
      }
      BackfillModel backfill = m.backfill();
      if (backfill != null) {
        statements.add(
            statement(
                "backfill",
                literal(backfill.method()),
                literal(backfill.table()),
                literal(backfill.key()),
                String.valueOf(backfill.batchSize()),
                String.valueOf(backfill.pauseMillis()),
                String.valueOf(backfill.targetBatchMillis()),
                String.valueOf(backfill.timeoutSeconds()),
                String.valueOf(backfill.retries())));
      }
    }
    return listing;
  }

  /**
   * Whether one {@code migration(..)} call lists it: at most one dependency, owner, {@code @Down},
   * {@code @PreCheck} and {@code @PostCheck}, no tags, one {@code @Up}, and steps for every dialect
   * without timeout or retries. One call instead of six statements costs javac about half as much.
   */
  private static boolean isCommon(MigrationModel m, List<String> dialects) {
    return m.dependsOn().size() <= 1
        && m.owners().size() <= 1
        && m.tags().isEmpty()
        && m.up().size() == 1
        && isPlain(m.up().get(0), dialects)
        && (m.down().isEmpty() || m.down().size() == 1 && isPlain(m.down().get(0), dialects))
        && m.preChecks().size() <= 1
        && m.postChecks().size() <= 1
        && m.change() == null
        && m.gates().isEmpty()
        && m.attested() == null
        && m.backfill() == null;
  }

  private static boolean isPlain(StepModel step, List<String> dialects) {
    return step.dialects().equals(dialects) && step.timeoutSeconds() == 0 && step.retries() == 0;
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  /** A check's method and description as two arguments; {@code null, null} for none. */
  private static String check(List<CheckModel> checks) {
    return checks.isEmpty()
        ? "null, null"
        : literal(checks.get(0).method()) + ", " + literal(checks.get(0).description());
  }

  private static String step(String kind, StepModel step) {
    return statement(
        kind,
        literal(step.method()),
        dialectSet(step.dialects()),
        String.valueOf(step.timeoutSeconds()),
        String.valueOf(step.retries()));
  }

  /** {@code listing.method(arguments);} */
  private static String statement(String method, String... arguments) {
    return "listing." + method + "(" + String.join(", ", arguments) + ");";
  }
}
