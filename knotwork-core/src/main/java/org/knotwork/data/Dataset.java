package org.knotwork.data;

import java.util.Arrays;

/**
 * A non-empty one-dimensional data set of N points (x<sub>n</sub>, y<sub>n</sub>), all finite.
 * Immutable: arrays are copied in and out. Duplicate x values are allowed.
 *
 * @param x inputs
 * @param y targets
 */
public record Dataset(double[] x, double[] y) {

  /** Validates (non-empty, equal lengths, finite) and copies. */
  public Dataset {
    if (x == null || y == null) {
      throw new IllegalArgumentException("data needs both x and y");
    }
    if (x.length == 0) {
      throw new IllegalArgumentException("data is empty: at least one (x, y) point is required");
    }
    if (y.length != x.length) {
      throw new IllegalArgumentException(
          "y has " + y.length + " entries but x has " + x.length);
    }
    x = x.clone();
    y = y.clone();
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        throw new IllegalArgumentException("x[" + i + "] must be a finite number, got " + x[i]);
      }
      if (!Double.isFinite(y[i])) {
        throw new IllegalArgumentException("y[" + i + "] must be a finite number, got " + y[i]);
      }
    }
  }

  /** Number of points N. */
  public int size() {
    return x.length;
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] y() {
    return y.clone();
  }

  /** x<sub>n</sub>. */
  public double x(int n) {
    return x[n];
  }

  /** y<sub>n</sub>. */
  public double y(int n) {
    return y[n];
  }

  /** Smallest x. */
  public double xMin() {
    return Arrays.stream(x).min().orElseThrow();
  }

  /** Largest x. */
  public double xMax() {
    return Arrays.stream(x).max().orElseThrow();
  }

  /**
   * {@code points} evenly spaced points from {@link #xMin()} to {@link #xMax()} inclusive (all equal
   * to x<sub>min</sub> for one point or a degenerate hull).
   */
  public double[] hullGrid(int points) {
    if (points < 1) {
      throw new IllegalArgumentException("points must be >= 1, got " + points);
    }
    double lo = xMin();
    double hi = xMax();
    double[] g = new double[points];
    for (int k = 0; k < points; k++) {
      g[k] = points == 1 || hi == lo ? lo : lo + (hi - lo) * k / (points - 1);
    }
    return g;
  }

  /**
   * The eight-point data set of the notes' reference runs (spline-lens.md &sect;6): x =
   * linspace(&minus;1, 1, 8), y = (0, 0.8, &minus;0.5, 0.3, 1.0, &minus;0.7, 0.2, 0.5).
   */
  public static Dataset wiggly8() {
    double[] x = new double[8];
    for (int i = 0; i < 8; i++) {
      x[i] = -1.0 + 2.0 * i / 7.0;
    }
    return new Dataset(x, new double[] {0, 0.8, -0.5, 0.3, 1.0, -0.7, 0.2, 0.5});
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset d && Arrays.equals(x, d.x) && Arrays.equals(y, d.y);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
  }

  @Override
  public String toString() {
    return "Dataset[N=" + x.length + "]";
  }
}
