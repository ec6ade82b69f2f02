package org.knotwork.supertrex.model;

/**
 * The recursive-least-squares state of FORCE and of SUPERTREX's mastery readout (supertrex.md (ST6)):
 * P(0) = I/&gamma;, and for a state r: k = P r, c = 1/(1 + r&#7488;k), P &larr; P &minus; g c k
 * k&#7488;. Every entry is formed as (g c)&middot;(k_i k_j), which is exactly symmetric in floating
 * point (the product k_i k_j commutes bit for bit), so P stays exactly symmetric.
 */
public final class Rls {
  private final int n;
  private final double[] p;
  private final double[] k;

  /**
   * P(0) = I/&gamma;.
   *
   * @param n the state dimension
   * @param gamma the regulariser &gamma; &gt; 0
   */
  public Rls(int n, double gamma) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, got " + n);
    }
    if (!(gamma > 0) || !Double.isFinite(gamma)) {
      throw new IllegalArgumentException("gamma must be positive, got " + gamma);
    }
    this.n = n;
    this.p = new double[Math.multiplyExact(n, n)];
    this.k = new double[n];
    for (int i = 0; i < n; i++) {
      p[i * n + i] = 1.0 / gamma;
    }
  }

  /** The dimension. */
  public int size() {
    return n;
  }

  /**
   * Computes k = P r (kept, see {@link #gain()}) and returns c = 1/(1 + r&#7488;k).
   */
  public double prepare(double[] r) {
    double rk = 0;
    for (int i = 0; i < n; i++) {
      int row = i * n;
      // four partial sums in a fixed order: the same bytes every run, and no serial add chain
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      int j = 0;
      for (; j + 3 < n; j += 4) {
        s0 += p[row + j] * r[j];
        s1 += p[row + j + 1] * r[j + 1];
        s2 += p[row + j + 2] * r[j + 2];
        s3 += p[row + j + 3] * r[j + 3];
      }
      for (; j < n; j++) {
        s0 += p[row + j] * r[j];
      }
      double s = (s0 + s1) + (s2 + s3);
      k[i] = s;
      rk += r[i] * s;
    }
    return 1.0 / (1.0 + rk);
  }

  /** The gain vector k of the last {@link #prepare} (a view; do not modify). */
  public double[] gain() {
    return k;
  }

  /** P &larr; P &minus; scale k k&#7488;, each entry formed as scale&middot;(k_i k_j). */
  public void downdate(double scale) {
    if (scale == 0) {
      return;
    }
    for (int i = 0; i < n; i++) {
      int row = i * n;
      double ki = k[i];
      for (int j = 0; j < n; j++) {
        p[row + j] -= scale * (ki * k[j]);
      }
    }
  }

  /** P(i, j). */
  public double get(int i, int j) {
    return p[i * n + j];
  }

  /** A row-major copy of P. */
  public double[] matrix() {
    return p.clone();
  }
}
