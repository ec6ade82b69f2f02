package org.knotwork.common.linalg;

/**
 * Counts of positive, zero and negative eigenvalues at a stated tolerance: &lambda; is "zero" when
 * |&lambda;| &le; tolerance.
 *
 * @param positive number of eigenvalues &gt; tolerance
 * @param zero number with |&lambda;| &le; tolerance
 * @param negative number &lt; &minus;tolerance
 * @param tolerance the threshold used
 */
public record Inertia(int positive, int zero, int negative, double tolerance) {

  /** Classifies {@code eigenvalues} at {@code tolerance}. */
  public static Inertia of(double[] eigenvalues, double tolerance) {
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
    }
    int pos = 0;
    int zero = 0;
    int neg = 0;
    for (double l : eigenvalues) {
      if (l > tolerance) {
        pos++;
      } else if (l < -tolerance) {
        neg++;
      } else {
        zero++;
      }
    }
    return new Inertia(pos, zero, neg, tolerance);
  }

  /**
   * The default, scale-aware tolerance 100&middot;P&middot;&epsilon;&middot;max|&lambda;| for a P&times;P
   * symmetric matrix: a small multiple of the backward error of a stable symmetric eigen-solver.
   */
  public static double defaultTolerance(double[] eigenvalues) {
    double max = 0;
    for (double l : eigenvalues) {
      max = Math.max(max, Math.abs(l));
    }
    return 100.0 * eigenvalues.length * Math.ulp(1.0) * max;
  }
}
