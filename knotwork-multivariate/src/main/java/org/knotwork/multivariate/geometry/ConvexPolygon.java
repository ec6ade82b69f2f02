package org.knotwork.multivariate.geometry;

import java.util.Arrays;
import org.knotwork.common.io.InputException;

/**
 * A convex polygon given by its vertices in counter-clockwise order (docs/multivariate-deep.md
 * §3.2), split by lines with {@link #split}. Immutable.
 *
 * @param xs vertex x coordinates (at least 3)
 * @param ys vertex y coordinates (as many)
 */
public record ConvexPolygon(double[] xs, double[] ys) {

  /** Validates (at least three vertices, same length, finite) and copies. */
  public ConvexPolygon {
    if (xs == null || ys == null || xs.length != ys.length || xs.length < 3) {
      throw new InputException("a polygon needs at least 3 vertices with x and y each");
    }
    xs = xs.clone();
    ys = ys.clone();
    for (int k = 0; k < xs.length; k++) {
      if (!Double.isFinite(xs[k]) || !Double.isFinite(ys[k])) {
        throw new InputException("polygon vertex " + k + " must be finite");
      }
    }
  }

  /** Number of vertices. */
  public int size() {
    return xs.length;
  }

  /** x of vertex k. */
  public double x(int k) {
    return xs[k];
  }

  /** y of vertex k. */
  public double y(int k) {
    return ys[k];
  }

  @Override
  public double[] xs() {
    return xs.clone();
  }

  @Override
  public double[] ys() {
    return ys.clone();
  }

  /** The area by the shoelace formula (positive for counter-clockwise order). */
  public double area() {
    double s = 0;
    int n = xs.length;
    for (int k = 0; k < n; k++) {
      int j = k + 1 == n ? 0 : k + 1;
      s += xs[k] * ys[j] - xs[j] * ys[k];
    }
    return 0.5 * s;
  }

  /** The mean of the vertices, a point inside a convex polygon. */
  public double[] vertexMean() {
    double sx = 0;
    double sy = 0;
    for (int k = 0; k < xs.length; k++) {
      sx += xs[k];
      sy += ys[k];
    }
    return new double[] {sx / xs.length, sy / ys.length};
  }

  /**
   * Whether (x, y) lies inside or within {@code slack} of every edge line (a slack &gt; 0 admits
   * points on the boundary).
   */
  public boolean contains(double x, double y, double slack) {
    int n = xs.length;
    for (int k = 0; k < n; k++) {
      int j = k + 1 == n ? 0 : k + 1;
      double ex = xs[j] - xs[k];
      double ey = ys[j] - ys[k];
      double cross = ex * (y - ys[k]) - ey * (x - xs[k]);
      if (cross < -slack * Math.hypot(ex, ey)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits the polygon by the affine function z(x, y) = gx&middot;x + gy&middot;y + g0 (M5): the
   * part where z &gt; 0 and the part where z &lt; 0, each null when empty. A vertex with |z| &le;
   * tol (times the largest |z| over the vertices) counts as lying on the line and belongs to both
   * parts; an edge whose ends lie strictly on opposite sides contributes the point where z = 0, by
   * linear interpolation. The parts are convex and counter-clockwise.
   *
   * @return {positive part, negative part}
   */
  public ConvexPolygon[] split(double gx, double gy, double g0, double tol) {
    int n = xs.length;
    double[] z = new double[n];
    double zmax = 0;
    for (int k = 0; k < n; k++) {
      z[k] = gx * xs[k] + gy * ys[k] + g0;
      zmax = Math.max(zmax, Math.abs(z[k]));
    }
    double eps = tol * zmax;
    int[] s = new int[n];
    boolean anyPos = false;
    boolean anyNeg = false;
    for (int k = 0; k < n; k++) {
      s[k] = z[k] > eps ? 1 : z[k] < -eps ? -1 : 0;
      anyPos |= s[k] > 0;
      anyNeg |= s[k] < 0;
    }
    if (!anyNeg) {
      return new ConvexPolygon[] {anyPos ? this : null, null};
    }
    if (!anyPos) {
      return new ConvexPolygon[] {null, this};
    }
    double[] px = new double[n + 2];
    double[] py = new double[n + 2];
    double[] nx = new double[n + 2];
    double[] ny = new double[n + 2];
    int np = 0;
    int nn = 0;
    for (int k = 0; k < n; k++) {
      int j = k + 1 == n ? 0 : k + 1;
      if (s[k] >= 0) {
        px[np] = xs[k];
        py[np++] = ys[k];
      }
      if (s[k] <= 0) {
        nx[nn] = xs[k];
        ny[nn++] = ys[k];
      }
      if (s[k] * s[j] < 0) {
        double t = z[k] / (z[k] - z[j]);
        double cx = xs[k] + t * (xs[j] - xs[k]);
        double cy = ys[k] + t * (ys[j] - ys[k]);
        px[np] = cx;
        py[np++] = cy;
        nx[nn] = cx;
        ny[nn++] = cy;
      }
    }
    return new ConvexPolygon[] {polygonOrNull(px, py, np), polygonOrNull(nx, ny, nn)};
  }

  private static ConvexPolygon polygonOrNull(double[] x, double[] y, int n) {
    return n < 3 ? null : new ConvexPolygon(Arrays.copyOf(x, n), Arrays.copyOf(y, n));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConvexPolygon p && Arrays.equals(xs, p.xs) && Arrays.equals(ys, p.ys);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
  }

  @Override
  public String toString() {
    return "ConvexPolygon[xs=" + Arrays.toString(xs) + ", ys=" + Arrays.toString(ys) + "]";
  }
}
