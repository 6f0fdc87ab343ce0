package dev.strata.runtime.internal;

import dev.strata.Version;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pending migrations a gate may hold: those with a {@code @Gate} or {@code @Attested}, and
 * those that a held one would hold behind it (its {@code dependsOn} dependents and the later stages
 * of its change, transitively). Such a migration may apply after newer versions without {@code
 * outOfOrder(true)}.
 */
final class GateBound {

  private GateBound() {}

  /** Whether {@code m} itself must pass gates or have an attestation before it applies. */
  static boolean gated(MigrationDescriptor m) {
    return !m.gates().isEmpty() || m.attestation() != null;
  }

  /** The versions of {@code pending} (in version order) that are gate-bound. */
  static Set<Version> of(List<Known> pending) {
    Set<Version> bound = new HashSet<>();
    List<Known> boundList = new ArrayList<>();
    for (Known k : pending) {
      if (gated(k.migration()) || behind(k, bound, boundList)) {
        bound.add(k.version());
        boundList.add(k);
      }
    }
    return bound;
  }

  /**
   * Whether {@code k} waits for one of {@code before}: it depends on one, or one is an earlier
   * stage of its change.
   */
  static boolean behind(Known k, Set<Version> before, List<Known> beforeList) {
    MigrationDescriptor m = k.migration();
    for (String d : m.dependsOn()) {
      Version v = Version.parseOrNull(d);
      if (v != null && before.contains(v)) {
        return true;
      }
    }
    if (m.change() != null) {
      for (Known b : beforeList) {
        if (m.change().equals(b.migration().change())
            && b.migration().stage().compareTo(m.stage()) < 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The versions of {@code pending} (version order) that {@code root} would hold behind it. */
  static List<String> heldBehind(Known root, List<Known> pending) {
    Set<Version> held = new HashSet<>(Set.of(root.version()));
    List<Known> heldList = new ArrayList<>(List.of(root));
    List<String> behind = new ArrayList<>();
    for (Known k : pending) {
      if (k.version().compareTo(root.version()) > 0 && behind(k, held, heldList)) {
        held.add(k.version());
        heldList.add(k);
        behind.add(k.migration().version());
      }
    }
    return List.copyOf(behind);
  }
}
