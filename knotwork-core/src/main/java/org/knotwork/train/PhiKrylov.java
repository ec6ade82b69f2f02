package org.knotwork.train;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.knotwork.common.math.Vectors;

/**
 * Products of the &phi;-functions of a symmetric operator with a vector, by symmetric Lanczos
 * (docs/flow.md F3):
 * &Sigma;<sub>q</sub> c<sub>q</sub>&phi;<sub>k<sub>q</sub></sub>(&minus;s<sub>q</sub>A)v &asymp;
 * &beta;<sub>0</sub>V<sub>m</sub>&Sigma;<sub>q</sub>c<sub>q</sub>&phi;<sub>k<sub>q</sub></sub>(&minus;s<sub>q</sub>T<sub>m</sub>)e<sub>1</sub>,
 * with T<sub>m</sub> the Lanczos tridiagonal of A on v (eigen-decomposed, so each scalar function is
 * applied to its eigenvalues, F4). The Krylov dimension grows until two successive approximations
 * differ by less than the requested absolute tolerance, or the cap is reached (then the caller
 * shortens its step, which makes the functions smoother and the Krylov space smaller).
 */
final class PhiKrylov {
  /** A symmetric linear operator u &rarr; Au written into out. */
  interface Operator {
    void apply(double[] u, double[] out);
  }

  /** One term c&middot;&phi;<sub>k</sub>(&minus;sA) of a combination. */
  record Term(int k, double s, double c) {}

  private final int dim;
  private final int maxDim;
  /** Lanczos vectors, allocated once and reused by every product. */
  private final double[][] basis;
  private long products;

  PhiKrylov(int dim, int maxDim) {
    this.dim = dim;
    this.maxDim = Math.max(2, Math.min(maxDim, dim + 1));
    this.basis = new double[this.maxDim + 1][];
  }

  /** Number of operator products so far. */
  long products() {
    return products;
  }

  private double[] row(int j) {
    if (basis[j] == null) {
      basis[j] = new double[dim];
    }
    return basis[j];
  }

  /**
   * The combinations {@code combos[p]} = &Sigma; c&phi;<sub>k</sub>(&minus;sA)v of one start vector v,
   * each to absolute accuracy {@code tol} (2-norm), or null if the Krylov space reached its cap first.
   */
  double[][] apply(Operator a, double[] v, Term[][] combos, double tol) {
    int np = combos.length;
    double[][] out = new double[np][dim];
    double beta0 = Math.sqrt(Vectors.dot(v, v));
    if (beta0 == 0.0) {
      return out;
    }
    double[] alpha = new double[maxDim];
    double[] beta = new double[maxDim];
    double[] v0 = row(0);
    double inv = 1.0 / beta0;
    for (int k = 0; k < dim; k++) {
      v0[k] = v[k] * inv;
    }
    double[][] coef = null;
    int m = 0;
    int nextCheck = 2;
    boolean done = false;
    while (!done) {
      double[] vj = basis[m];
      double[] w = row(m + 1);
      a.apply(vj, w);
      products++;
      double al = 0;
      if (m > 0) {
        double[] prev = basis[m - 1];
        double b = beta[m - 1];
        for (int k = 0; k < dim; k++) {
          double x = w[k] - b * prev[k];
          w[k] = x;
          al += x * vj[k];
        }
      } else {
        al = Vectors.dot(w, vj);
      }
      double ss = 0;
      for (int k = 0; k < dim; k++) {
        double x = w[k] - al * vj[k];
        w[k] = x;
        ss += x * x;
      }
      alpha[m] = al;
      double bn = Math.sqrt(ss);
      beta[m] = bn;
      m++;
      boolean breakdown = !(bn > 1e-14 * (Math.abs(al) + (m > 1 ? beta[m - 2] : 0.0)))
          || m >= dim;
      if (m >= nextCheck || breakdown || m == maxDim) {
        double[][] c = coefficients(alpha, beta, m, combos);
        if (breakdown) {
          coef = c;
          done = true;
        } else if (coef != null && difference(c, coef) * beta0 <= tol) {
          coef = c;
          done = true;
        } else if (m == maxDim) {
          return null;
        } else {
          coef = c;
          nextCheck = m < 8 ? m + 1 : m + Math.max(2, m / 4);
        }
      }
      if (!done) {
        double scale = 1.0 / bn;
        for (int k = 0; k < dim; k++) {
          w[k] *= scale;
        }
      }
    }
    for (int p = 0; p < np; p++) {
      double[] o = out[p];
      double[] cp = coef[p];
      for (int j = 0; j < m; j++) {
        double f = beta0 * cp[j];
        double[] bj = basis[j];
        for (int k = 0; k < dim; k++) {
          o[k] += f * bj[k];
        }
      }
    }
    return out;
  }

  /** Coefficients &Sigma;c&phi;<sub>k</sub>(&minus;sT<sub>m</sub>)e<sub>1</sub> of every combination. */
  private static double[][] coefficients(double[] alpha, double[] beta, int m, Term[][] combos) {
    double[] main = java.util.Arrays.copyOf(alpha, m);
    double[] off = java.util.Arrays.copyOf(beta, Math.max(0, m - 1));
    double[][] out = new double[combos.length][m];
    if (m == 1) {
      for (int p = 0; p < combos.length; p++) {
        for (Term t : combos[p]) {
          out[p][0] += t.c() * phi(t.k(), -t.s() * main[0]);
        }
      }
      return out;
    }
    EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(main, off);
    double[] lambda = eig.getEigenvalues();
    RealMatrix q = eig.getV();
    double[] first = new double[m];
    for (int i = 0; i < m; i++) {
      first[i] = q.getEntry(0, i);
    }
    for (int p = 0; p < combos.length; p++) {
      double[] g = new double[m];
      for (int i = 0; i < m; i++) {
        double f = 0;
        for (Term t : combos[p]) {
          f += t.c() * phi(t.k(), -t.s() * lambda[i]);
        }
        g[i] = f * first[i];
      }
      for (int j = 0; j < m; j++) {
        double s = 0;
        for (int i = 0; i < m; i++) {
          s += q.getEntry(j, i) * g[i];
        }
        out[p][j] = s;
      }
    }
    return out;
  }

  private static double difference(double[][] c, double[][] prev) {
    double worst = 0;
    for (int p = 0; p < c.length; p++) {
      double s = 0;
      for (int j = 0; j < c[p].length; j++) {
        double d = c[p][j] - (j < prev[p].length ? prev[p][j] : 0.0);
        s += d * d;
      }
      worst = Math.max(worst, Math.sqrt(s));
    }
    return worst;
  }

  /**
   * &phi;<sub>k</sub>(z) (F2): e<sup>z</sup> for k = 0, (&phi;<sub>k&minus;1</sub>(z) &minus; 1/(k&minus;1)!)/z
   * above; its Taylor series &Sigma;<sub>j</sub>z<sup>j</sup>/(j + k)! for |z| &lt; 1, where the
   * recurrence cancels.
   */
  static double phi(int k, double z) {
    if (Math.abs(z) < 1.0) {
      double term = 1.0;
      for (int j = 2; j <= k; j++) {
        term /= j;
      }
      double sum = term;
      for (int j = 1; j < 30; j++) {
        term *= z / (j + k);
        sum += term;
        if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
          break;
        }
      }
      return sum;
    }
    double p = Math.exp(z);
    double fact = 1.0;
    for (int j = 1; j <= k; j++) {
      p = (p - 1.0 / fact) / z;
      fact *= j;
    }
    return p;
  }
}
