package org.knotwork.lapack;

import org.knotwork.common.random.Rng;
import org.knotwork.curvature.CurvaturePoint;
import org.knotwork.data.Dataset;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;

/** Test matrices: random symmetric ones, and spline-lens Hessians with exact null spaces. */
final class Matrices {
  private Matrices() {
  }

  /** A symmetric n&times;n matrix with independent N(0, 1) entries on and below the diagonal. */
  static double[][] randomSymmetric(int n, Rng rng) {
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double x = rng.gaussian();
        a[i][j] = x;
        a[j][i] = x;
      }
    }
    return a;
  }

  /** Q diag(&lambda;) Q<sup>T</sup>, Q = product of two Householder reflections from {@code rng}. */
  static double[][] withSpectrum(double[] lambda, Rng rng) {
    int n = lambda.length;
    double[][] q = new double[n][n];
    for (int i = 0; i < n; i++) {
      q[i][i] = 1;
    }
    for (int r = 0; r < 2; r++) {
      double[] u = new double[n];
      double uu = 0;
      for (int i = 0; i < n; i++) {
        u[i] = rng.gaussian();
        uu += u[i] * u[i];
      }
      double[][] next = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double s = 0;
          for (int k = 0; k < n; k++) {
            s += q[i][k] * ((k == j ? 1 : 0) - 2 * u[k] * u[j] / uu);
          }
          next[i][j] = s;
        }
      }
      q = next;
    }
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += q[i][k] * lambda[k] * q[j][k];
        }
        a[i][j] = s;
        a[j][i] = s;
      }
    }
    return a;
  }

  /** A random width-h network (knots inside the data, both orientations) and its data. */
  static NetworkParams randomNet(int h, Rng rng) {
    double[] w = new double[h];
    double[] b = new double[h];
    double[] v = new double[h];
    for (int i = 0; i < h; i++) {
      w[i] = rng.sign() * rng.uniform(0.3, 2.0);
      b[i] = -w[i] * rng.uniform(-1.2, 1.2);
      v[i] = rng.gaussian();
    }
    return new NetworkParams(w, b, v, rng.gaussian());
  }

  /**
   * The exact Hessian (network or spline coordinates, loss &frac12;&Sigma;r&sup2;) at an interpolating
   * minimum: n points on [&minus;1.5, 1.5] with targets y = f(x) of a random width-h network, so the
   * residual vanishes and every rescaling direction (and more) is an exact null direction.
   */
  static double[][] interpolatingHessian(int h, int n, Coordinates coords, Rng rng) {
    NetworkParams p = randomNet(h, rng);
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = -1.5 + 3.0 * (i + 0.5) / n;
      y[i] = p.value(x[i]);
    }
    SweepLoss loss = SweepLoss.of(new Dataset(x, y), LossNormalization.SUM);
    return CurvaturePoint.of(loss, p, coords).hessian();
  }

  /** The Hessian at a generic (non-critical) point: random network, noisy targets. */
  static double[][] genericHessian(int h, int n, Coordinates coords, Rng rng) {
    NetworkParams p = randomNet(h, rng);
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rng.uniform(-1.5, 1.5);
      y[i] = Math.sin(3 * x[i]) + 0.2 * rng.gaussian();
    }
    SweepLoss loss = SweepLoss.of(new Dataset(x, y), LossNormalization.SUM);
    return CurvaturePoint.of(loss, p, coords).hessian();
  }
}
