package dev.strata.runtime.internal;

import dev.strata.Version;
import dev.strata.runtime.GateOutcome;
import dev.strata.runtime.HeldMigration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.internal.RegistryLoader.Known;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides, just before each pending migration of a run (in version order, under the lock), whether
 * it applies or is held: held behind a migration held earlier in the run (a {@code dependsOn}
 * dependency, or an earlier stage of its change), or held by its own gates or a missing
 * attestation. A migration held behind another is not evaluated: it could not apply anyway.
 */
final class GateKeeper {

  private final Gates gates;
  private final Set<String> attested;

  /** Held directly, in version order, with their outcomes and when. */
  private final Map<Version, Held> direct = new LinkedHashMap<>();

  /** Held behind others: each with the held migrations it waits for. */
  private final Map<Version, Set<Version>> behind = new HashMap<>();

  private final Set<Version> heldVersions = new HashSet<>();
  private final List<Known> heldList = new ArrayList<>();
  private final Map<Version, String> text = new HashMap<>();

  /** The outcomes of the last migration admitted, for its APPLIED row. */
  private final Map<Version, List<GateOutcome>> passed = new HashMap<>();

  private record Held(Known known, List<GateOutcome> gates, boolean attested, Instant at) {}

  /**
   * @param gates runs the gates
   * @param attested the versions the journal has an attestation for
   */
  GateKeeper(Gates gates, Set<String> attested) {
    this.gates = gates;
    this.attested = Set.copyOf(attested);
  }

  /**
   * Whether {@code k} applies now. False when it is held; {@link #wasHeldDirectly} then tells
   * whether its own gates held it, and {@link #outcomes} what they said.
   */
  boolean admit(Known k) {
    MigrationDescriptor m = k.migration();
    Set<Version> waitsFor = new TreeSet<>();
    for (String d : m.dependsOn()) {
      Version v = Version.parseOrNull(d);
      if (v != null && heldVersions.contains(v)) {
        waitsFor.add(v);
      }
    }
    for (Known b : heldList) {
      if (m.change() != null
          && m.change().equals(b.migration().change())
          && b.migration().stage().compareTo(m.stage()) < 0) {
        waitsFor.add(b.version());
      }
    }
    if (!waitsFor.isEmpty()) {
      behind.put(k.version(), waitsFor);
      hold(k);
      return false;
    }
    if (!GateBound.gated(m)) {
      return true;
    }
    List<GateOutcome> outcomes = gates.evaluate(m);
    boolean isAttested = m.attestation() == null || attested.contains(m.version());
    boolean ok = isAttested && outcomes.stream().allMatch(GateOutcome::isOk);
    if (ok) {
      passed.put(k.version(), outcomes);
      return true;
    }
    direct.put(k.version(), new Held(k, outcomes, isAttested, Instant.now()));
    hold(k);
    return false;
  }

  private void hold(Known k) {
    heldVersions.add(k.version());
    heldList.add(k);
    text.put(k.version(), k.migration().version());
  }

  boolean wasHeldDirectly(Known k) {
    return direct.containsKey(k.version());
  }

  /** The gates' outcomes of {@code k}: why it was held, or what let it apply; empty for none. */
  List<GateOutcome> outcomes(Known k) {
    Held h = direct.get(k.version());
    return h != null ? h.gates() : passed.getOrDefault(k.version(), List.of());
  }

  /** The migrations held directly, in version order, each with what is held behind it. */
  List<HeldMigration> held() {
    List<HeldMigration> result = new ArrayList<>();
    for (Held h : direct.values()) {
      MigrationDescriptor m = h.known().migration();
      result.add(
          new HeldMigration(
              m.version(),
              m.description(),
              m.change(),
              m.stage(),
              h.gates(),
              m.attestation(),
              m.attestation() != null && h.attested(),
              holding(h.known().version()),
              h.at()));
    }
    return List.copyOf(result);
  }

  /** The versions held behind {@code root}, transitively, in version order. */
  private List<String> holding(Version root) {
    Set<Version> reached = new TreeSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<Version, Set<Version>> e : behind.entrySet()) {
        if (!reached.contains(e.getKey())
            && (e.getValue().contains(root) || e.getValue().stream().anyMatch(reached::contains))) {
          reached.add(e.getKey());
          grew = true;
        }
      }
    }
    return reached.stream().map(text::get).toList();
  }
}
