package org.knotwork.curvature;

import org.knotwork.common.math.Vectors;
import org.knotwork.common.random.Rng;

/**
 * Hutchinson's trace estimator (Hutchinson, Commun. Stat. Simul. Comput. 18(3), 1989): tr(A) &asymp;
 * (1/n)&Sigma;<sub>l</sub> z<sub>l</sub><sup>T</sup>Az<sub>l</sub> with independent Rademacher probes
 * z<sub>l</sub>. The estimate is unbiased; one probe has variance 2(&Vert;A&Vert;<sub>F</sub><sup>2</sup>
 * &minus; &Sigma;<sub>i</sub>a<sub>ii</sub><sup>2</sup>) (Avron &amp; Toledo, J. ACM 58(2), 2011,
 * Lemma 1), so the standard error of the mean of n probes is that over &radic;n. The reported
 * standard error is the sample estimate (sample standard deviation / &radic;n);
 * {@link #exactStandardError} gives the exact value when the matrix is available.
 */
public final class HutchinsonTrace {

  private HutchinsonTrace() {}

  /**
   * Estimates tr(A) from {@code probes} &ge; 2 Rademacher probes.
   *
   * @param rng source of the probes
   */
  public static TraceEstimate estimate(SymmetricOperator op, int probes, Rng rng) {
    if (probes < 2) {
      throw new IllegalArgumentException("probes must be >= 2 for a standard error, got " + probes);
    }
    int n = op.dimension();
    double[] z = new double[n];
    double[] az = new double[n];
    double mean = 0;
    double m2 = 0;
    for (int l = 0; l < probes; l++) {
      for (int i = 0; i < n; i++) {
        z[i] = rng.sign();
      }
      op.apply(z, az);
      double v = Vectors.dot(z, az);
      double delta = v - mean;
      mean += delta / (l + 1);
      m2 += delta * (v - mean);
    }
    return new TraceEstimate(mean, Math.sqrt(m2 / (probes - 1) / probes), probes);
  }

  /**
   * The exact standard error of the n-probe estimate for a dense symmetric matrix:
   * &radic;(2(&Vert;A&Vert;<sub>F</sub><sup>2</sup> &minus; &Sigma;a<sub>ii</sub><sup>2</sup>)/n).
   */
  public static double exactStandardError(double[][] a, int probes) {
    double off = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        if (i != j) {
          off += a[i][j] * a[i][j];
        }
      }
    }
    return Math.sqrt(2 * off / probes);
  }
}
