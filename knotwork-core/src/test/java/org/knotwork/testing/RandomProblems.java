package org.knotwork.testing;

import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;

/** Seeded random networks and data sets for property-style tests. */
public final class RandomProblems {
  private RandomProblems() {}

  /**
   * A random network of width h: w of both signs (a fraction {@code zeroW} exactly 0), knots spread
   * over [&minus;knotSpread, knotSpread], v and c standard normal.
   */
  public static NetworkParams network(Rng rng, int h, double knotSpread, double zeroW) {
    double[] w = new double[h];
    double[] b = new double[h];
    double[] v = new double[h];
    for (int i = 0; i < h; i++) {
      double mag = Math.exp(rng.uniform(-1.5, 1.5));
      w[i] = rng.uniform() < zeroW ? 0.0 : rng.sign() * mag;
      double beta = rng.uniform(-knotSpread, knotSpread);
      b[i] = w[i] == 0.0 ? rng.gaussian() : -w[i] * beta;
      v[i] = rng.gaussian();
    }
    return new NetworkParams(w, b, v, rng.gaussian());
  }

  /** N points uniform on [lo, hi] with standard-normal targets. */
  public static Dataset data(Rng rng, int n, double lo, double hi) {
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rng.uniform(lo, hi);
      y[i] = rng.gaussian();
    }
    return new Dataset(x, y);
  }

  /** Smallest |x<sub>n</sub> &minus; &beta;<sub>i</sub>| over neurons with a knot. */
  public static double minKnotDataGap(NetworkParams p, Dataset d) {
    double gap = Double.POSITIVE_INFINITY;
    for (int i = 0; i < p.width(); i++) {
      if (p.w(i) == 0) {
        continue;
      }
      double beta = -p.b(i) / p.w(i);
      for (int n = 0; n < d.size(); n++) {
        gap = Math.min(gap, Math.abs(d.x(n) - beta));
      }
    }
    return gap;
  }

  /** Normwise relative error &Vert;a &minus; e&Vert;<sub>&infin;</sub> / &Vert;e&Vert;<sub>&infin;</sub>. */
  public static double relErr(double[] a, double[] e) {
    double num = 0;
    double den = 0;
    for (int i = 0; i < e.length; i++) {
      num = Math.max(num, Math.abs(a[i] - e[i]));
      den = Math.max(den, Math.abs(e[i]));
    }
    return den == 0 ? num : num / den;
  }

  /** Normwise relative error of two matrices (max-entry norm). */
  public static double relErr(double[][] a, double[][] e) {
    double num = 0;
    double den = 0;
    for (int i = 0; i < e.length; i++) {
      for (int j = 0; j < e[i].length; j++) {
        num = Math.max(num, Math.abs(a[i][j] - e[i][j]));
        den = Math.max(den, Math.abs(e[i][j]));
      }
    }
    return den == 0 ? num : num / den;
  }

  /**
   * Entrywise error relative to a rounding-error scale: max<sub>i</sub> |a<sub>i</sub> &minus;
   * e<sub>i</sub>| / scale<sub>i</sub>, where scale<sub>i</sub> is the same quantity computed with
   * absolute values of every term (the standard forward-error bound of a sum).
   */
  public static double scaledErr(double[] a, double[] e, double[] scale) {
    double worst = 0;
    for (int i = 0; i < e.length; i++) {
      double s = scale[i] == 0 ? 1e-300 : scale[i];
      worst = Math.max(worst, Math.abs(a[i] - e[i]) / s);
    }
    return worst;
  }
}
