package org.knotwork.pathways.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One pathway's shape: the widths of its hidden layers. Its depth D (number of weight matrices) is
 * the number of hidden layers plus one; D = 1 is a single n<sub>out</sub> &times; n<sub>in</sub>
 * matrix.
 *
 * @param hiddenWidths widths of hidden layers 1..D&minus;1, each &ge; 1 (empty for D = 1)
 */
public record PathwaySpec(List<Integer> hiddenWidths) {
  /** Validates the widths. */
  public PathwaySpec {
    if (hiddenWidths == null) {
      throw new IllegalArgumentException("hiddenWidths is missing (use an empty list for depth 1)");
    }
    for (int i = 0; i < hiddenWidths.size(); i++) {
      Integer w = hiddenWidths.get(i);
      if (w == null || w < 1) {
        throw new IllegalArgumentException(
            "hiddenWidths[" + i + "] must be an integer >= 1, got " + w);
      }
    }
    hiddenWidths = List.copyOf(hiddenWidths);
  }

  /**
   * A pathway of depth D with every hidden layer of the same width.
   *
   * @param depth D &ge; 1
   * @param width hidden width &ge; 1 (ignored for D = 1)
   */
  public static PathwaySpec of(int depth, int width) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be >= 1, got " + depth);
    }
    if (depth > 1 && width < 1) {
      throw new IllegalArgumentException("width must be >= 1, got " + width);
    }
    List<Integer> w = new ArrayList<>();
    for (int i = 1; i < depth; i++) {
      w.add(width);
    }
    return new PathwaySpec(w);
  }

  /** Number of weight matrices D. */
  public int depth() {
    return hiddenWidths.size() + 1;
  }
}
