package dev.strata.runtime;

import static java.util.Objects.requireNonNull;

import dev.strata.Dialect;
import dev.strata.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One migration as the processor saw it at compile time. Created by generated registries; every
 * field is a literal in the generated code, and the steps call the migration's methods directly.
 *
 * @param version the version as written, such as {@code "1.2"}
 * @param description what the migration does
 * @param className the fully qualified name of the migration class
 * @param dependsOn the versions of the migrations this one depends on
 * @param transactional whether it runs in one transaction with its checks and history row
 * @param owners who owns the migration
 * @param tags free-form labels
 * @param checksum checksum of the migration's code; {@code null} when javac had no syntax trees
 * @param up the {@code @Up} methods, at most one per dialect
 * @param down the {@code @Down} methods, at most one per dialect; empty when it cannot be undone
 * @param preChecks the {@code @PreCheck} methods, in source order
 * @param postChecks the {@code @PostCheck} methods, in source order
 * @param change the name of the {@code @Change} it is a stage of; {@code null} when it is none
 * @param stage its stage in that change; {@code null} when it is part of no change
 * @param gates the {@code @Gate} methods, in source order
 * @param attestation what a person must confirm ({@code @Attested}); {@code null} when nobody need
 * @param backfill the {@code @Backfill} method; {@code null} when it has none
 */
public record MigrationDescriptor(
    String version,
    String description,
    String className,
    List<String> dependsOn,
    boolean transactional,
    List<String> owners,
    List<String> tags,
    String checksum,
    List<MigrationStep> up,
    List<MigrationStep> down,
    List<MigrationCheck> preChecks,
    List<MigrationCheck> postChecks,
    String change,
    Stage stage,
    List<MigrationGate> gates,
    String attestation,
    MigrationBackfill backfill) {

  public MigrationDescriptor {
    requireNonNull(version, "version");
    requireNonNull(description, "description");
    requireNonNull(className, "className");
    dependsOn = List.copyOf(dependsOn);
    owners = List.copyOf(owners);
    tags = List.copyOf(tags);
    up = List.copyOf(up);
    down = List.copyOf(down);
    preChecks = List.copyOf(preChecks);
    postChecks = List.copyOf(postChecks);
    gates = List.copyOf(gates);
    if ((change == null) != (stage == null)) {
      throw new IllegalArgumentException("a change needs a stage, and a stage a change");
    }
  }

  /** A migration that is no stage of a change, has no gates and needs no attestation. */
  public MigrationDescriptor(
      String version,
      String description,
      String className,
      List<String> dependsOn,
      boolean transactional,
      List<String> owners,
      List<String> tags,
      String checksum,
      List<MigrationStep> up,
      List<MigrationStep> down,
      List<MigrationCheck> preChecks,
      List<MigrationCheck> postChecks) {
    this(
        version,
        description,
        className,
        dependsOn,
        transactional,
        owners,
        tags,
        checksum,
        up,
        down,
        preChecks,
        postChecks,
        null,
        null,
        List.of(),
        null,
        null);
  }

  /** The {@code @Up} method for {@code dialect}, if the migration has one. */
  public Optional<MigrationStep> up(Dialect dialect) {
    return up.stream().filter(step -> step.dialects().contains(dialect)).findFirst();
  }

  /** The {@code @Down} method for {@code dialect}, if the migration has one. */
  public Optional<MigrationStep> down(Dialect dialect) {
    return down.stream().filter(step -> step.dialects().contains(dialect)).findFirst();
  }

  /**
   * The dialects this migration can be applied to: those of its {@code @Up} methods, or every
   * dialect for a backfill without {@code @Up} (its batches are the caller's SQL).
   */
  public Set<Dialect> dialects() {
    if (up.isEmpty() && backfill != null) {
      return EnumSet.allOf(Dialect.class);
    }
    Set<Dialect> dialects = EnumSet.noneOf(Dialect.class);
    up.forEach(step -> dialects.addAll(step.dialects()));
    return Set.copyOf(dialects);
  }
}
