package org.knotwork.common.math;

/** Dense-vector helpers: dot products, scaled norms, axpy, scaling, Gram-Schmidt steps. */
public final class Vectors {
  private Vectors() {}

  /** The dot product a&middot;b. */
  public static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** The Euclidean norm, scaled by the largest |a_i| so that it neither overflows nor underflows. */
  public static double norm(double[] a) {
    double scale = 0;
    for (double x : a) {
      scale = Math.max(scale, Math.abs(x));
    }
    if (scale == 0) {
      return 0;
    }
    double s = 0;
    for (double x : a) {
      double y = x / scale;
      s += y * y;
    }
    return scale * Math.sqrt(s);
  }

  /**
   * &radic;(&Sigma; a<sub>i</sub><sup>2</sup>) summed in index order without scaling: the norm that
   * training records (fast, and bit-stable across releases; it overflows to infinity past about
   * 1e154, which divergence checks rely on). Prefer {@link #norm} elsewhere.
   */
  public static double sqrtSumOfSquares(double[] a) {
    double s = 0;
    for (double x : a) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  /** y += a&middot;x. */
  public static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < y.length; i++) {
      y[i] += a * x[i];
    }
  }

  /** x *= a. */
  public static void scale(double a, double[] x) {
    for (int i = 0; i < x.length; i++) {
      x[i] *= a;
    }
  }

  /** Removes from {@code w} its components along the first {@code count} rows of {@code basis}. */
  public static void orthogonalize(double[] w, double[][] basis, int count) {
    for (int j = 0; j < count; j++) {
      axpy(-dot(basis[j], w), basis[j], w);
    }
  }
}
