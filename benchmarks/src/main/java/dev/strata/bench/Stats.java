package dev.strata.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Measured durations of one tool in one scenario, in nanoseconds. */
final class Stats {

  private final List<Long> nanos = new ArrayList<>();

  void add(long value) {
    nanos.add(value);
  }

  int count() {
    return nanos.size();
  }

  double medianMillis() {
    List<Long> sorted = sorted();
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    return median / 1e6;
  }

  double minMillis() {
    return sorted().get(0) / 1e6;
  }

  double maxMillis() {
    return sorted().get(nanos.size() - 1) / 1e6;
  }

  private List<Long> sorted() {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted;
  }
}
