package dev.strata.test.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The differences between two snapshots, each a sentence naming the object. */
public final class Differences {

  private Differences() {}

  /** What in {@code actual} differs from {@code expected}, in name order. */
  public static List<String> between(CatalogSnapshot expected, CatalogSnapshot actual) {
    List<String> differences = new ArrayList<>();
    Set<String> reshaped = new HashSet<>(); // tables whose columns differ: their rows must too
    TreeSet<String> names = new TreeSet<>(expected.objects().keySet());
    names.addAll(actual.objects().keySet());
    for (String name : names) {
      Map<String, String> was = expected.objects().get(name);
      Map<String, String> is = actual.objects().get(name);
      if (name.startsWith("column ") && !Objects.equals(was, is)) {
        reshaped.add(name.substring("column ".length(), name.lastIndexOf('.')));
      }
      if (was == null) {
        differences.add(name + " still exists");
      } else if (is == null) {
        differences.add(name + " is missing");
      } else {
        for (String attribute : new TreeSet<>(was.keySet())) {
          String before = was.get(attribute);
          String after = is.get(attribute);
          if (!before.equals(after)) {
            differences.add(name + ": " + attribute + " was " + before + ", is " + after);
          }
        }
      }
    }
    for (Map.Entry<String, Long> table : expected.rows().entrySet()) {
      Long rows = actual.rows().get(table.getKey());
      if (rows == null) {
        continue; // the table itself is named above
      }
      if (!rows.equals(table.getValue())) {
        differences.add(
            "table " + table.getKey() + ": " + rows + " rows, expected " + table.getValue());
      } else if (!reshaped.contains(table.getKey())
          && !actual.hashes().get(table.getKey()).equals(expected.hashes().get(table.getKey()))) {
        differences.add(
            "table " + table.getKey() + ": " + rows + " rows as expected, but their values differ");
      }
    }
    return List.copyOf(differences);
  }
}
