package org.knotwork.common.linalg;

import org.knotwork.common.math.Vectors;
import org.knotwork.common.random.Rng;

/**
 * &Vert;A&Vert;<sub>2</sub> = max|&lambda;| of a dense symmetric matrix by Lanczos with full
 * reorthogonalisation (docs/linalg.md (LA6)): the extreme Ritz values of the Krylov space grow
 * monotonically towards the extreme eigenvalues; the iteration stops when max|&theta;| has changed by
 * less than 10<sup>&minus;14</sup> relative on two consecutive steps, when the Krylov space is
 * invariant, or after min(n, 120) steps. The estimate never exceeds &Vert;A&Vert;<sub>2</sub> (up to
 * rounding). Costs one product A&middot;q per step (in Java: O(n&sup2;), no copy); the start vector is a fixed named random stream,
 * so the result is a pure function of A.
 */
public final class SpectralNorm {
  private static final int MAX_STEPS = 120;
  private static final double RELATIVE_CHANGE = 1e-14;

  private SpectralNorm() {
  }

  /** max|&lambda;| of the symmetric {@code a}. */
  public static double estimate(double[][] a) {
    return estimate(SymmetricEigen.flatten(a), a.length);
  }

  /** max|&lambda;| of the flat symmetric n&times;n {@code a}. */
  static double estimate(double[] a, int n) {
    if (n == 0) {
      return 0;
    }
    int steps = Math.min(n, MAX_STEPS);
    double[][] q = new double[steps + 1][];
    double[] alpha = new double[steps];
    double[] beta = new double[steps];
    Rng rng = Rng.of(0, "spectral-norm");
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rng.gaussian();
    }
    Vectors.scale(1 / Vectors.norm(v), v);
    q[0] = v;
    double previous = -1;
    int calm = 0;
    double estimate = 0;
    for (int j = 0; j < steps; j++) {
      double[] w = times(a, n, q[j]);
      alpha[j] = Vectors.dot(q[j], w);
      Vectors.orthogonalize(w, q, j + 1);
      Vectors.orthogonalize(w, q, j + 1);
      double b = Vectors.norm(w);
      estimate = ritzRadius(alpha, beta, j + 1);
      if (b <= 1e-13 * Math.max(estimate, Math.abs(alpha[j]))) {
        return estimate;
      }
      if (previous >= 0 && estimate - previous <= RELATIVE_CHANGE * estimate) {
        if (++calm == 2) {
          return estimate;
        }
      } else {
        calm = 0;
      }
      previous = estimate;
      beta[j] = b;
      Vectors.scale(1 / b, w);
      q[j + 1] = w;
    }
    return estimate;
  }

  /**
   * A&middot;x in Java, row by row: one pass over A, no copy (a native product would copy the whole
   * matrix into native memory on every call, which costs more than the product).
   */
  private static double[] times(double[] a, int n, double[] x) {
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      int row = i * n;
      for (int j = 0; j < n; j++) {
        s += a[row + j] * x[j];
      }
      y[i] = s;
    }
    return y;
  }

  /** max|&theta;| over the eigenvalues of the m&times;m Lanczos tridiagonal. */
  private static double ritzRadius(double[] alpha, double[] beta, int m) {
    double[] t = new double[m * m];
    for (int i = 0; i < m; i++) {
      t[i * m + i] = alpha[i];
      if (i + 1 < m) {
        t[i * m + i + 1] = beta[i];
        t[(i + 1) * m + i] = beta[i];
      }
    }
    double[] theta = JavaEigenBackend.INSTANCE.solve(t, m, false).values();
    return Math.max(Math.abs(theta[0]), Math.abs(theta[m - 1]));
  }
}
