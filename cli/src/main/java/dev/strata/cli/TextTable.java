package dev.strata.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Aligned text columns: the header, a line of dashes, then one line per row. */
final class TextTable {

  private TextTable() {}

  /**
   * @param rightAligned the columns of numbers, right-aligned so that their digits line up
   */
  static String render(List<String> header, List<List<String>> rows, Set<Integer> rightAligned) {
    int[] widths = new int[header.size()];
    List<List<String>> lines = new ArrayList<>();
    lines.add(header);
    lines.add(null); // the dashes, once the widths are known
    lines.addAll(rows);
    for (List<String> line : lines) {
      for (int i = 0; line != null && i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    StringBuilder table = new StringBuilder();
    for (List<String> line : lines) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String cell = line == null ? "-".repeat(widths[i]) : line.get(i);
        String padding = " ".repeat(widths[i] - cell.length());
        if (i > 0) {
          text.append("  ");
        }
        text.append(rightAligned.contains(i) ? padding + cell : cell + padding);
      }
      table.append(text.toString().stripTrailing()).append('\n');
    }
    return table.toString();
  }
}
