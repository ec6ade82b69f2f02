package org.knotwork.multivariate.geometry;

import java.util.Arrays;

/**
 * One cell of an arrangement (docs/multivariate-deep.md §3): a convex polygon on which every hidden
 * unit keeps its state, the activation pattern (unit after unit, layer after layer; true = active)
 * and the affine piece f(x) = c + g&middot;x of the network there (M6).
 *
 * @param polygon the cell
 * @param pattern the activation pattern
 * @param gx &part;f/&part;x<sub>1</sub> on the cell
 * @param gy &part;f/&part;x<sub>2</sub> on the cell
 * @param c the affine piece's value at the origin
 */
public record Cell(ConvexPolygon polygon, boolean[] pattern, double gx, double gy, double c) {

  /** Copies. */
  public Cell {
    pattern = pattern.clone();
  }

  @Override
  public boolean[] pattern() {
    return pattern.clone();
  }

  /** The affine piece at (x, y). */
  public double value(double x, double y) {
    return c + gx * x + gy * y;
  }

  /** The area of the polygon. */
  public double area() {
    return polygon.area();
  }

  /** The pattern as a string of 0s and 1s, a key for maps. */
  public String key() {
    return key(pattern);
  }

  /** A pattern as a string of 0s and 1s. */
  public static String key(boolean[] pattern) {
    StringBuilder sb = new StringBuilder(pattern.length);
    for (boolean a : pattern) {
      sb.append(a ? '1' : '0');
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cell q && polygon.equals(q.polygon) && Arrays.equals(pattern, q.pattern)
        && Double.compare(gx, q.gx) == 0 && Double.compare(gy, q.gy) == 0
        && Double.compare(c, q.c) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * polygon.hashCode() + Arrays.hashCode(pattern);
  }

  @Override
  public String toString() {
    return "Cell[" + key() + ", area=" + area() + ", f=" + c + " + " + gx + " x + " + gy + " y]";
  }
}
