package org.knotwork.multivariate.geometry;

import org.knotwork.multivariate.net.HyperplaneNet;

/**
 * The closed-form region count of a line arrangement in a box (docs/multivariate-deep.md §3.1):
 * for lines in general position (no two parallel, no three through one point, no intersection on
 * the boundary) the number of cells inside the box is 1 + L<sub>D</sub> + V<sub>D</sub> (M4),
 * where L<sub>D</sub> counts the lines that cross the open box and V<sub>D</sub> the intersection
 * points inside it. Computed here by brute force over lines and pairs, independently of {@link
 * Arrangement}: O(H<sup>2</sup>).
 *
 * @param lines L<sub>D</sub>
 * @param vertices V<sub>D</sub>
 */
public record LineCounts(int lines, int vertices) {

  /** The counts for the hyperplanes (lines) of a d = 2 net; null units are skipped. */
  public static LineCounts of(HyperplaneNet net, Box box) {
    int h = net.width();
    int lines = 0;
    int vertices = 0;
    for (int i = 0; i < h; i++) {
      if (net.isNull(i)) {
        continue;
      }
      double[] n = net.n(i);
      double beta = net.beta(i);
      if (beta < box.support(n[0], n[1]) && beta > -box.support(-n[0], -n[1])) {
        lines++;
      }
      for (int j = i + 1; j < h; j++) {
        if (net.isNull(j)) {
          continue;
        }
        double[] m = net.n(j);
        double det = n[0] * m[1] - n[1] * m[0];
        if (det == 0) {
          continue;
        }
        double x = (beta * m[1] - n[1] * net.beta(j)) / det;
        double y = (n[0] * net.beta(j) - m[0] * beta) / det;
        if (box.containsStrictly(x, y)) {
          vertices++;
        }
      }
    }
    return new LineCounts(lines, vertices);
  }

  /** 1 + L<sub>D</sub> + V<sub>D</sub> (M4). */
  public int regions() {
    return 1 + lines + vertices;
  }

  /** The global count 1 + H + H(H&minus;1)/2 of H lines in general position in the plane (M4). */
  public static long globalRegions(int h) {
    return 1L + h + (long) h * (h - 1) / 2;
  }
}
