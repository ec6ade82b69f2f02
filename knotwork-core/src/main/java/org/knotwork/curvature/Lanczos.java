package org.knotwork.curvature;

import org.knotwork.common.math.Vectors;
import java.util.Arrays;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.common.random.Rng;

/**
 * Symmetric Lanczos with full reorthogonalisation (Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th
 * ed., &sect;10.1 and &sect;10.3.1): builds an orthonormal Krylov basis Q<sub>j</sub> and the tridiagonal
 * T<sub>j</sub> = Q<sub>j</sub><sup>T</sup>AQ<sub>j</sub> from products with A alone, and returns Ritz
 * pairs at the ends of the spectrum.
 *
 * <p>Every new basis vector is orthogonalised twice against all previous ones ("twice is enough"), so
 * no spurious copies of converged Ritz values appear; the cost is O(j&middot;P) per step on top of the
 * product, fine for the few hundred steps used here. When the Krylov space becomes invariant (the
 * next off-diagonal &beta;<sub>j</sub> falls below 10<sup>&minus;12</sup> of the largest Ritz value
 * magnitude seen) the run restarts from a fresh random vector orthogonal to the basis, so repeated
 * eigenvalues, which one Krylov space sees only once, are found across restarts. With P steps the
 * basis spans the whole space and the Ritz values are the exact spectrum up to rounding. With fewer
 * steps a repeated eigenvalue (the rescaling zeros, for one) may be returned with too small a
 * multiplicity: one Krylov space holds one copy of each distinct eigenvalue, and further copies only
 * appear after restarts. Counting inertia is the dense spectrum's job, not Lanczos's.
 *
 * <p>Convergence of a Ritz pair (&theta;, y = Q<sub>j</sub>s) is judged by the bound
 * &Vert;Ay &minus; &theta;y&Vert; = &beta;<sub>j</sub>|s<sub>j</sub>| (GVL eq. 10.1.8); on return the true
 * residuals are recomputed with one product each. Each returned &theta; lies within its residual of
 * some eigenvalue of A (GVL Theorem 8.1.15, Krylov&ndash;Bogoliubov), which is the error bound this
 * class states; whether it is the k-th extreme eigenvalue is only guaranteed once the run has
 * exhausted the space, and {@link LanczosResult#errorAgainst} measures it against the exact spectrum.
 */
public final class Lanczos {
  private static final double BREAKDOWN = 1e-12;

  private Lanczos() {}

  /** Which end of the spectrum to return. */
  public enum End {
    /** The k largest (algebraic) eigenvalues. */
    LARGEST,
    /** The k smallest (algebraic) eigenvalues, e.g. the most negative curvature. */
    SMALLEST
  }

  /**
   * Run controls.
   *
   * @param maxSteps largest Krylov dimension (capped at the operator's dimension), &ge; 1
   * @param tolerance stop when every wanted Ritz pair has residual bound &le; tolerance &times;
   *     max|&theta;|; in (0, 1)
   */
  public record Options(int maxSteps, double tolerance) {

    /** Validates. */
    public Options {
      if (maxSteps < 1) {
        throw new IllegalArgumentException("maxSteps must be >= 1, got " + maxSteps);
      }
      if (!(tolerance > 0 && tolerance < 1)) {
        throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
      }
    }

    /** 300 steps, relative tolerance 10<sup>&minus;10</sup>. */
    public static Options defaults() {
      return new Options(300, 1e-10);
    }
  }

  /**
   * The k eigenpairs at one end of the spectrum of {@code op}.
   *
   * @param k number of pairs, 1 &le; k &le; dimension
   * @param rng source of the random start and restart vectors
   */
  public static LanczosResult extremal(SymmetricOperator op, int k, End end, Options options,
      Rng rng) {
    int n = op.dimension();
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("k must be in [1, " + n + "], got " + k);
    }
    int maxSteps = Math.min(options.maxSteps(), n);
    if (maxSteps < k) {
      throw new IllegalArgumentException(
          "maxSteps (" + options.maxSteps() + ") must be >= k (" + k + ")");
    }
    double[][] q = new double[maxSteps + 1][];
    double[] alpha = new double[maxSteps];
    double[] beta = new double[maxSteps];
    q[0] = randomUnit(n, rng, q, 0);
    int restarts = 0;
    int steps = 0;
    boolean converged = false;
    double scale = 0;
    double[] w = new double[n];
    SymmetricEigen ritz = null;
    for (int j = 0; j < maxSteps; j++) {
      double b = step(op, q, j, alpha, beta, w);
      steps = j + 1;
      scale = Math.max(scale, Math.abs(alpha[j]) + (j > 0 ? beta[j - 1] : 0) + b);
      boolean last = steps == maxSteps;
      boolean invariant = b <= BREAKDOWN * scale;
      beta[j] = invariant ? 0.0 : b;
      if (steps >= k && (last || (!invariant && (steps <= 60 || steps % 10 == 0)))) {
        ritz = SymmetricEigen.full(tridiagonal(alpha, beta, steps));
        if (wantedConverged(ritz, beta[j], k, end, options.tolerance())) {
          converged = true;
          break;
        }
      }
      if (last) {
        break;
      }
      if (invariant) {
        double[] fresh = randomUnit(n, rng, q, steps);
        if (fresh == null) {
          break;
        }
        q[j + 1] = fresh;
        restarts++;
      } else {
        double[] next = w.clone();
        Vectors.scale(1.0 / b, next);
        q[j + 1] = next;
      }
    }
    if (ritz == null || ritz.eigenvalues().length != steps) {
      ritz = SymmetricEigen.full(tridiagonal(alpha, beta, steps));
    }
    if (!converged && steps == n) {
      converged = true;
    }
    return collect(op, q, ritz, steps, k, end, restarts, converged);
  }

  /**
   * The Lanczos tridiagonal of {@code op} from the unit vector {@code start}, without restarts: stops
   * early if the Krylov space becomes invariant. Used by stochastic Lanczos quadrature.
   *
   * @return {alpha, beta} with alpha of length j and beta of length j &minus; 1
   */
  static double[][] tridiagonalFrom(SymmetricOperator op, double[] start, int maxSteps) {
    int n = op.dimension();
    int m = Math.min(maxSteps, n);
    double[][] q = new double[m][];
    double[] alpha = new double[m];
    double[] beta = new double[m];
    q[0] = start.clone();
    double[] w = new double[n];
    double scale = 0;
    int steps = 0;
    for (int j = 0; j < m; j++) {
      double b = step(op, q, j, alpha, beta, w);
      steps = j + 1;
      scale = Math.max(scale, Math.abs(alpha[j]) + (j > 0 ? beta[j - 1] : 0) + b);
      if (j + 1 == m || b <= BREAKDOWN * scale) {
        break;
      }
      beta[j] = b;
      double[] next = w.clone();
      Vectors.scale(1.0 / b, next);
      q[j + 1] = next;
    }
    return new double[][] {Arrays.copyOf(alpha, steps), Arrays.copyOf(beta, Math.max(0, steps - 1))};
  }

  /**
   * Lanczos step j with full reorthogonalisation (twice, against q<sub>0</sub> &hellip; q<sub>j</sub>):
   * sets alpha[j] and leaves the residual in {@code w}; returns its norm, the next beta.
   */
  private static double step(SymmetricOperator op, double[][] q, int j, double[] alpha,
      double[] beta, double[] w) {
    op.apply(q[j], w);
    alpha[j] = Vectors.dot(q[j], w);
    Vectors.axpy(-alpha[j], q[j], w);
    if (j > 0) {
      Vectors.axpy(-beta[j - 1], q[j - 1], w);
    }
    Vectors.orthogonalize(w, q, j + 1);
    Vectors.orthogonalize(w, q, j + 1);
    return Vectors.norm(w);
  }

  static double[][] tridiagonal(double[] alpha, double[] beta, int m) {
    double[][] t = new double[m][m];
    for (int i = 0; i < m; i++) {
      t[i][i] = alpha[i];
      if (i + 1 < m) {
        t[i][i + 1] = beta[i];
        t[i + 1][i] = beta[i];
      }
    }
    return t;
  }

  private static boolean wantedConverged(SymmetricEigen ritz, double lastBeta, int k, End end,
      double tol) {
    double[] theta = ritz.eigenvalues();
    double[][] s = ritz.eigenvectors();
    int m = theta.length;
    double scale = Math.max(Math.abs(theta[0]), Math.abs(theta[m - 1]));
    for (int t = 0; t < k; t++) {
      int idx = end == End.LARGEST ? m - 1 - t : t;
      double bound = Math.abs(lastBeta * s[idx][m - 1]);
      if (bound > tol * scale) {
        return false;
      }
    }
    return true;
  }

  private static LanczosResult collect(SymmetricOperator op, double[][] q, SymmetricEigen ritz,
      int steps, int k, End end, int restarts, boolean converged) {
    int n = op.dimension();
    double[] theta = ritz.eigenvalues();
    double[][] s = ritz.eigenvectors();
    double[] values = new double[k];
    double[][] vectors = new double[k][];
    double[] residuals = new double[k];
    for (int t = 0; t < k; t++) {
      // ascending output: SMALLEST takes theta[0..k), LARGEST theta[m-k..m)
      int idx = end == End.LARGEST ? steps - k + t : t;
      double[] y = new double[n];
      for (int j = 0; j < steps; j++) {
        Vectors.axpy(s[idx][j], q[j], y);
      }
      Vectors.scale(1.0 / Vectors.norm(y), y);
      double[] ay = op.apply(y);
      double rq = Vectors.dot(y, ay);
      Vectors.axpy(-rq, y, ay);
      values[t] = rq;
      vectors[t] = y;
      residuals[t] = Vectors.norm(ay);
    }
    sortAscending(values, vectors, residuals);
    return new LanczosResult(end, values, vectors, residuals, steps, restarts, converged);
  }

  private static void sortAscending(double[] values, double[][] vectors, double[] residuals) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] v = values.clone();
    double[][] x = vectors.clone();
    double[] r = residuals.clone();
    for (int i = 0; i < order.length; i++) {
      values[i] = v[order[i]];
      vectors[i] = x[order[i]];
      residuals[i] = r[order[i]];
    }
  }

  /**
   * A standard-normal random unit vector orthogonal to the first {@code count} rows of {@code basis},
   * or null if the basis already spans (numerically) the whole space.
   */
  private static double[] randomUnit(int n, Rng rng, double[][] basis, int count) {
    if (count >= n) {
      return null;
    }
    for (int attempt = 0; attempt < 3; attempt++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = rng.gaussian();
      }
      double before = Vectors.norm(v);
      Vectors.orthogonalize(v, basis, count);
      Vectors.orthogonalize(v, basis, count);
      double after = Vectors.norm(v);
      if (after > 1e-8 * before) {
        Vectors.scale(1.0 / after, v);
        return v;
      }
    }
    return null;
  }
}
