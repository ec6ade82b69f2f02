package org.knotwork.loss;

import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * The O(N&middot;H) reference path: builds the N&times;P Jacobian from its definition and forms
 * J<sup>T</sup>r and J<sup>T</sup>J plus the residual term directly (S7, S8, S17, S18). Written for
 * clarity, not speed; it exists to test {@link SweepLoss}.
 */
public final class NaiveLoss implements LossEvaluator {
  private final Dataset data;
  private final LossNormalization normalization;
  private final double weight;

  /** The reference loss on {@code data}. */
  public NaiveLoss(Dataset data, LossNormalization normalization) {
    this.data = data;
    this.normalization = normalization;
    this.weight = normalization.weight(data.size());
  }

  @Override
  public Dataset data() {
    return data;
  }

  @Override
  public LossNormalization normalization() {
    return normalization;
  }

  @Override
  public double[] predict(NetworkParams p) {
    double[] f = new double[data.size()];
    for (int n = 0; n < f.length; n++) {
      f[n] = p.value(data.x(n));
    }
    return f;
  }

  @Override
  public double[] predict(SplineParams p) {
    double[] f = new double[data.size()];
    for (int n = 0; n < f.length; n++) {
      f[n] = p.value(data.x(n));
    }
    return f;
  }

  private double[] residuals(double[] f) {
    for (int n = 0; n < f.length; n++) {
      f[n] -= data.y(n);
    }
    return f;
  }

  private double lossOf(double[] r) {
    double s = 0;
    for (double x : r) {
      s += x * x;
    }
    return 0.5 * weight * s;
  }

  @Override
  public double loss(NetworkParams p) {
    return lossOf(residuals(predict(p)));
  }

  @Override
  public double loss(SplineParams p) {
    return lossOf(residuals(predict(p)));
  }

  /** J<sub>n,k</sub> = &part;f(x<sub>n</sub>)/&part;&theta;<sub>k</sub> in network coordinates. */
  public double[][] jacobian(NetworkParams p) {
    int h = p.width();
    double[][] jac = new double[data.size()][3 * h + 1];
    for (int n = 0; n < jac.length; n++) {
      double x = data.x(n);
      for (int i = 0; i < h; i++) {
        double z = p.w(i) * x + p.b(i);
        if (z > 0) {
          jac[n][i] = p.v(i) * x;
          jac[n][h + i] = p.v(i);
          jac[n][2 * h + i] = z;
        }
      }
      jac[n][3 * h] = 1.0;
    }
    return jac;
  }

  /** J<sub>n,k</sub> = &part;f(x<sub>n</sub>)/&part;&theta;<sub>k</sub> in spline coordinates. */
  public double[][] jacobian(SplineParams p) {
    int h = p.width();
    double[][] jac = new double[data.size()][2 * h + 1];
    for (int n = 0; n < jac.length; n++) {
      double x = data.x(n);
      for (int i = 0; i < h; i++) {
        int s = p.orientation(i);
        double z = s * (x - p.beta(i));
        if (s != 0 && z > 0) {
          jac[n][i] = -s * p.mu(i);
          jac[n][h + i] = z;
        }
      }
      jac[n][2 * h] = 1.0;
    }
    return jac;
  }

  @Override
  public double[] gradient(NetworkParams p) {
    return transposeTimes(jacobian(p), residuals(predict(p)));
  }

  @Override
  public double[] gradient(SplineParams p) {
    return transposeTimes(jacobian(p), residuals(predict(p)));
  }

  @Override
  public double[][] hessian(NetworkParams p) {
    int h = p.width();
    double[][] hess = gramOf(jacobian(p));
    double[] r = residuals(predict(p));
    for (int i = 0; i < h; i++) {
      double sx = 0;
      double s0 = 0;
      for (int n = 0; n < r.length; n++) {
        double x = data.x(n);
        if (p.w(i) * x + p.b(i) > 0) {
          sx += r[n] * x;
          s0 += r[n];
        }
      }
      hess[2 * h + i][i] += weight * sx;
      hess[i][2 * h + i] += weight * sx;
      hess[2 * h + i][h + i] += weight * s0;
      hess[h + i][2 * h + i] += weight * s0;
    }
    return hess;
  }

  @Override
  public double[][] hessian(SplineParams p) {
    int h = p.width();
    double[][] hess = gramOf(jacobian(p));
    double[] r = residuals(predict(p));
    for (int i = 0; i < h; i++) {
      int s = p.orientation(i);
      double s0 = 0;
      for (int n = 0; n < r.length; n++) {
        if (s != 0 && s * (data.x(n) - p.beta(i)) > 0) {
          s0 += r[n];
        }
      }
      hess[i][h + i] -= weight * s * s0;
      hess[h + i][i] -= weight * s * s0;
    }
    return hess;
  }

  private double[] transposeTimes(double[][] jac, double[] r) {
    int dim = jac[0].length;
    double[] g = new double[dim];
    for (int n = 0; n < jac.length; n++) {
      for (int k = 0; k < dim; k++) {
        g[k] += weight * jac[n][k] * r[n];
      }
    }
    return g;
  }

  private double[][] gramOf(double[][] jac) {
    int dim = jac[0].length;
    double[][] g = new double[dim][dim];
    for (double[] row : jac) {
      for (int k = 0; k < dim; k++) {
        if (row[k] == 0) {
          continue;
        }
        for (int l = k; l < dim; l++) {
          g[k][l] += weight * row[k] * row[l];
        }
      }
    }
    for (int k = 0; k < dim; k++) {
      for (int l = 0; l < k; l++) {
        g[k][l] = g[l][k];
      }
    }
    return g;
  }
}
