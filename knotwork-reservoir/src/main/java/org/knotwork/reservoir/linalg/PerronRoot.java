package org.knotwork.reservoir.linalg;

import java.util.Arrays;

/**
 * The spectral radius of a square non-negative sparse matrix by power iteration (notes &sect;11).
 *
 * <p>For A &ge; 0 the spectral radius &rho;(A) is itself an eigenvalue (Perron&ndash;Frobenius). Other
 * eigenvalues may share its modulus (periodic components make plain power iteration oscillate), so the
 * iteration runs on A + I: every eigenvalue &lambda; &ne; &rho; of A has |&lambda; + 1| &lt; &rho; + 1,
 * and &rho;(A + I) = &rho;(A) + 1 is the unique dominant eigenvalue. Start vector: all ones. A matrix
 * whose graph has no cycle is nilpotent and reported with radius exactly 0.
 *
 * @param radius the estimate of &rho;(A)
 * @param iterations power iterations used
 * @param residual &Vert;A x &minus; &rho; x&Vert; / &Vert;x&Vert; for the final unit vector x
 * @param converged whether the relative change fell below the tolerance
 */
public record PerronRoot(double radius, int iterations, double residual, boolean converged) {

  /**
   * Runs the shifted power iteration until the estimate changes by less than {@code tolerance}
   * (relative) over 20 consecutive iterations, or {@code maxIterations} is reached.
   *
   * @throws IllegalArgumentException for a non-square matrix, a negative entry or bad limits
   */
  public static PerronRoot of(CsrMatrix a, double tolerance, int maxIterations) {
    if (a == null) {
      throw new IllegalArgumentException("matrix is required");
    }
    if (a.rows() != a.cols()) {
      throw new IllegalArgumentException("matrix must be square, got " + a.rows() + "x" + a.cols());
    }
    if (a.nonZeros() > 0 && a.minValue() < 0) {
      throw new IllegalArgumentException("matrix must be non-negative, found " + a.minValue());
    }
    if (!(tolerance > 0) || maxIterations < 1) {
      throw new IllegalArgumentException("tolerance must be > 0 and maxIterations >= 1");
    }
    int n = a.rows();
    if (n == 0 || a.isAcyclic()) {
      return new PerronRoot(0.0, 0, 0.0, true);
    }
    double[] x = new double[n];
    double[] y = new double[n];
    Arrays.fill(x, 1.0 / Math.sqrt(n));
    double estimate = Double.NaN;
    int stable = 0;
    int it = 0;
    boolean converged = false;
    while (it < maxIterations) {
      it++;
      a.multiply(x, y);
      double norm = 0;
      for (int i = 0; i < n; i++) {
        y[i] += x[i];
        norm += y[i] * y[i];
      }
      norm = Math.sqrt(norm);
      double next = norm - 1.0; // ||(A + I) x|| with ||x|| = 1, minus the shift
      for (int i = 0; i < n; i++) {
        x[i] = y[i] / norm;
      }
      if (Math.abs(next - estimate) <= tolerance * Math.max(next, 1e-300)) {
        if (++stable >= 20) {
          estimate = next;
          converged = true;
          break;
        }
      } else {
        stable = 0;
      }
      estimate = next;
    }
    a.multiply(x, y);
    double res = 0;
    for (int i = 0; i < n; i++) {
      double r = y[i] - estimate * x[i];
      res += r * r;
    }
    return new PerronRoot(estimate, it, Math.sqrt(res), converged);
  }
}
