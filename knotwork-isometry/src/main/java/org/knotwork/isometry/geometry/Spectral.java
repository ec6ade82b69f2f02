package org.knotwork.isometry.geometry;

import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.common.math.Vectors;
import org.knotwork.common.random.Rng;

/**
 * The largest eigenvalue of a symmetric positive semi-definite operator without forming it: power
 * iteration and Lanczos with full re-orthogonalisation (docs/isometry.md (I16)). For a symmetric
 * operator the residual &Vert;Av &minus; &lambda;v&Vert; of a unit vector v bounds the distance of
 * &lambda; to the spectrum, and is returned as the error bound.
 */
public final class Spectral {
  private Spectral() {}

  /**
   * An eigenvalue estimate.
   *
   * @param value the estimate
   * @param residual &Vert;Av &minus; &lambda;v&Vert; of its unit vector: an error bound
   * @param iterations operator applications used
   * @param vector the unit Ritz vector
   */
  public record Estimate(double value, double residual, int iterations, double[] vector) {}

  /**
   * Power iteration from a random start until the residual is at most {@code tolerance} times
   * the estimate, or {@code maxIterations} products.
   */
  public static Estimate power(LinearOperator a, Rng rng, double tolerance, int maxIterations) {
    int n = a.dimension();
    double[] v = randomUnit(n, rng);
    double[] w = a.apply(v);
    double lambda = Vectors.dot(v, w);
    double res = residual(w, v, lambda);
    int it = 1;
    while (it < maxIterations && res > tolerance * Math.abs(lambda)) {
      double norm = Vectors.norm(w);
      if (norm == 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        v[i] = w[i] / norm;
      }
      w = a.apply(v);
      lambda = Vectors.dot(v, w);
      res = residual(w, v, lambda);
      it++;
    }
    return new Estimate(lambda, res, it, v);
  }

  /**
   * The largest Ritz value of {@code steps} Lanczos steps (full re-orthogonalisation) from a random
   * start; stops early at an invariant subspace or when the Ritz residual &beta;<sub>k</sub>|y<sub>k</sub>|
   * falls below {@code tolerance} times the value.
   */
  public static Estimate lanczos(LinearOperator a, int steps, Rng rng, double tolerance) {
    int n = a.dimension();
    int m = Math.min(steps, n);
    double[][] q = new double[m + 1][];
    double[] alpha = new double[m];
    double[] beta = new double[m];
    q[0] = randomUnit(n, rng);
    int k = 0;
    Estimate best = null;
    while (k < m) {
      double[] w = a.apply(q[k]);
      alpha[k] = Vectors.dot(q[k], w);
      // full re-orthogonalisation, twice
      for (int pass = 0; pass < 2; pass++) {
        for (int j = 0; j <= k; j++) {
          double d = Vectors.dot(q[j], w);
          Vectors.axpy(-d, q[j], w);
        }
      }
      double b = Vectors.norm(w);
      beta[k] = b;
      k++;
      best = ritz(alpha, beta, k, q, n);
      if (b <= 1e-14 * Math.max(1e-300, Math.abs(best.value())) || best.residual()
          <= tolerance * Math.abs(best.value()) || k == m) {
        break;
      }
      q[k] = new double[n];
      for (int i = 0; i < n; i++) {
        q[k][i] = w[i] / b;
      }
    }
    return best;
  }

  private static Estimate ritz(double[] alpha, double[] beta, int k, double[][] q, int n) {
    double[][] t = new double[k][k];
    for (int i = 0; i < k; i++) {
      t[i][i] = alpha[i];
      if (i + 1 < k) {
        t[i][i + 1] = beta[i];
        t[i + 1][i] = beta[i];
      }
    }
    SymmetricEigen e = SymmetricEigen.full(t);
    double[] y = e.eigenvectors()[k - 1];
    double value = e.eigenvalues()[k - 1];
    double[] v = new double[n];
    for (int j = 0; j < k; j++) {
      Vectors.axpy(y[j], q[j], v);
    }
    return new Estimate(value, Math.abs(beta[k - 1] * y[k - 1]), k, v);
  }

  private static double residual(double[] w, double[] v, double lambda) {
    double s = 0;
    for (int i = 0; i < v.length; i++) {
      double d = w[i] - lambda * v[i];
      s += d * d;
    }
    return Math.sqrt(s);
  }

  private static double[] randomUnit(int n, Rng rng) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rng.gaussian();
    }
    double norm = Vectors.norm(v);
    for (int i = 0; i < n; i++) {
      v[i] /= norm;
    }
    return v;
  }
}
