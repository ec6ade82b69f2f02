package org.knotwork.multivariate.loss;

import java.util.function.ToDoubleFunction;
import org.knotwork.common.io.InputException;
import org.knotwork.multivariate.net.HyperplaneNet;
import org.knotwork.multivariate.net.ShallowNet;

/**
 * The mean squared loss L = 1/(2N) &Sigma;<sub>j</sub> r<sub>j</sub><sup>2</sup>, r<sub>j</sub> =
 * f(x<sub>j</sub>) &minus; y<sub>j</sub>, with its gradient and exact Hessian, computed naively in
 * O(N&middot;H) per loss or gradient (docs/multivariate-deep.md §2). This is the reference path
 * that faster engines are tested against.
 *
 * <p><b>Parameter orders (§2.1).</b> Network coordinates, any d: w<sub>1</sub> (d entries),
 * &hellip;, w<sub>H</sub>, b<sub>1..H</sub>, v<sub>1..H</sub>, c (as {@link
 * ShallowNet#toVector()}). Hyperplane coordinates, d = 2 only: &theta;<sub>1..H</sub>,
 * &beta;<sub>1..H</sub>, &mu;<sub>1..H</sub>, c (as {@link HyperplaneNet#toAngleVector()}).
 *
 * <p><b>One-sided convention (§2.3).</b> relu'(0) = 0: a data point exactly on a hyperplane counts
 * as inactive for that neuron, in the loss's gradient and Hessian alike. The formulas are the true
 * derivatives wherever no data point lies on a hyperplane; where one does, L is not differentiable
 * and they are the derivatives of the branch on which that neuron is off at that point (PyTorch's
 * convention).
 */
public final class NaiveLoss2D {
  private final double[][] x;
  private final double[] y;
  private final int d;

  /**
   * A data set of N &ge; 1 points x<sub>j</sub> &isin; R<sup>d</sup> (rows of equal length) with
   * targets y<sub>j</sub>; copied, all finite.
   */
  public NaiveLoss2D(double[][] x, double[] y) {
    if (x == null || x.length == 0 || y == null) {
      throw new InputException("x must have at least one row (one data point)");
    }
    if (y.length != x.length) {
      throw new InputException("y has " + y.length + " entries, expected " + x.length
          + " (one per row of x)");
    }
    this.d = x[0] == null ? 0 : x[0].length;
    if (d == 0) {
      throw new InputException("x[0] must have at least one entry (d >= 1)");
    }
    this.x = new double[x.length][];
    for (int j = 0; j < x.length; j++) {
      if (x[j] == null || x[j].length != d) {
        throw new InputException("x[" + j + "] has " + (x[j] == null ? 0 : x[j].length)
            + " entries, expected d = " + d);
      }
      for (int k = 0; k < d; k++) {
        if (!Double.isFinite(x[j][k])) {
          throw new InputException("x[" + j + "][" + k + "] must be finite, got " + x[j][k]);
        }
      }
      this.x[j] = x[j].clone();
      if (!Double.isFinite(y[j])) {
        throw new InputException("y[" + j + "] must be finite, got " + y[j]);
      }
    }
    this.y = y.clone();
  }

  /** Number of data points N. */
  public int size() {
    return x.length;
  }

  /** Input dimension d. */
  public int dim() {
    return d;
  }

  /** L for a network in network coordinates. */
  public double loss(ShallowNet net) {
    requireDim(net.dim());
    return meanHalfSquare(net::value);
  }

  /** L for a network in hyperplane coordinates. */
  public double loss(HyperplaneNet net) {
    requireDim(net.dim());
    return meanHalfSquare(net::value);
  }

  private double meanHalfSquare(ToDoubleFunction<double[]> f) {
    double s = 0;
    for (int j = 0; j < x.length; j++) {
      double r = f.applyAsDouble(x[j]) - y[j];
      s += r * r;
    }
    return s / (2.0 * x.length);
  }

  /** &nabla;L in network coordinates (order of the class comment), §2.2. */
  public double[] gradient(ShallowNet net) {
    return network(net, false).gradient;
  }

  /**
   * The exact Hessian in network coordinates (§2.2):
   * (1/N)&Sigma;J<sub>j</sub><sup>T</sup>J<sub>j</sub> +
   * (1/N)&Sigma;r<sub>j</sub>&nabla;<sup>2</sup>f(x<sub>j</sub>), whose only nonzero second
   * derivatives of f are &part;<sup>2</sup>f/&part;v<sub>i</sub>&part;w<sub>i</sub> = x and
   * &part;<sup>2</sup>f/&part;v<sub>i</sub>&part;b<sub>i</sub> = 1 on active points.
   */
  public double[][] hessian(ShallowNet net) {
    return network(net, true).hessian;
  }

  /** &nabla;L in hyperplane coordinates (&theta;, &beta;, &mu;, c), d = 2, §2.2. */
  public double[] gradient(HyperplaneNet net) {
    return hyperplane(net, false).gradient;
  }

  /** The exact Hessian in hyperplane coordinates (&theta;, &beta;, &mu;, c), d = 2, §2.2. */
  public double[][] hessian(HyperplaneNet net) {
    return hyperplane(net, true).hessian;
  }

  private record Derivatives(double[] gradient, double[][] hessian) {}

  private Derivatives network(ShallowNet net, boolean withHessian) {
    requireDim(net.dim());
    int h = net.width();
    int p = h * (d + 2) + 1;
    double[][] w = net.w();
    double[] b = net.b();
    double[] v = net.v();
    double[] grad = new double[p];
    double[][] hess = withHessian ? new double[p][p] : null;
    int[] idx = new int[p];
    double[] jac = new double[p];
    for (int j = 0; j < x.length; j++) {
      double[] xj = x[j];
      int nnz = 0;
      double f = net.c();
      for (int i = 0; i < h; i++) {
        double z = b[i];
        for (int k = 0; k < d; k++) {
          z += w[i][k] * xj[k];
        }
        if (!(z > 0)) {
          continue;
        }
        f += v[i] * z;
        for (int k = 0; k < d; k++) {
          idx[nnz] = i * d + k;
          jac[nnz++] = v[i] * xj[k];
        }
        idx[nnz] = h * d + i;
        jac[nnz++] = v[i];
        idx[nnz] = h * (d + 1) + i;
        jac[nnz++] = z;
      }
      idx[nnz] = p - 1;
      jac[nnz++] = 1.0;
      double r = f - y[j];
      accumulate(grad, hess, idx, jac, nnz, r);
      if (withHessian) {
        for (int i = 0; i < h; i++) {
          double z = b[i];
          for (int k = 0; k < d; k++) {
            z += w[i][k] * xj[k];
          }
          if (!(z > 0)) {
            continue;
          }
          int vi = h * (d + 1) + i;
          for (int k = 0; k < d; k++) {
            addSym(hess, vi, i * d + k, r * xj[k]);
          }
          addSym(hess, vi, h * d + i, r);
        }
      }
    }
    return scale(grad, hess);
  }

  private Derivatives hyperplane(HyperplaneNet net, boolean withHessian) {
    requireDim(net.dim());
    if (d != 2) {
      throw new InputException("hyperplane-coordinate derivatives need d = 2, got d = " + d);
    }
    int h = net.width();
    for (int i = 0; i < h; i++) {
      if (net.isNull(i)) {
        throw new InputException("neuron " + i + " is a null neuron: its angle is undefined");
      }
    }
    int p = 3 * h + 1;
    double[] theta = net.angles();
    double[] beta = net.beta();
    double[] mu = net.mu();
    double[] cos = new double[h];
    double[] sin = new double[h];
    for (int i = 0; i < h; i++) {
      cos[i] = Math.cos(theta[i]);
      sin[i] = Math.sin(theta[i]);
    }
    double[] grad = new double[p];
    double[][] hess = withHessian ? new double[p][p] : null;
    int[] idx = new int[p];
    double[] jac = new double[p];
    for (int j = 0; j < x.length; j++) {
      double x1 = x[j][0];
      double x2 = x[j][1];
      int nnz = 0;
      double f = net.c();
      for (int i = 0; i < h; i++) {
        double z = cos[i] * x1 + sin[i] * x2 - beta[i];
        if (!(z > 0)) {
          continue;
        }
        f += mu[i] * z;
        idx[nnz] = i;
        jac[nnz++] = mu[i] * (-sin[i] * x1 + cos[i] * x2);
        idx[nnz] = h + i;
        jac[nnz++] = -mu[i];
        idx[nnz] = 2 * h + i;
        jac[nnz++] = z;
      }
      idx[nnz] = p - 1;
      jac[nnz++] = 1.0;
      double r = f - y[j];
      accumulate(grad, hess, idx, jac, nnz, r);
      if (withHessian) {
        for (int i = 0; i < h; i++) {
          double along = cos[i] * x1 + sin[i] * x2;
          if (!(along - beta[i] > 0)) {
            continue;
          }
          double perp = -sin[i] * x1 + cos[i] * x2;
          addSym(hess, 2 * h + i, h + i, -r);
          addSym(hess, 2 * h + i, i, r * perp);
          hess[i][i] += -r * mu[i] * along;
        }
      }
    }
    return scale(grad, hess);
  }

  private static void accumulate(double[] grad, double[][] hess, int[] idx, double[] jac, int nnz,
      double r) {
    for (int a = 0; a < nnz; a++) {
      grad[idx[a]] += r * jac[a];
    }
    if (hess != null) {
      for (int a = 0; a < nnz; a++) {
        double[] row = hess[idx[a]];
        for (int bb = 0; bb < nnz; bb++) {
          row[idx[bb]] += jac[a] * jac[bb];
        }
      }
    }
  }

  private static void addSym(double[][] hess, int a, int b, double value) {
    hess[a][b] += value;
    hess[b][a] += value;
  }

  private Derivatives scale(double[] grad, double[][] hess) {
    double inv = 1.0 / x.length;
    for (int k = 0; k < grad.length; k++) {
      grad[k] *= inv;
      if (hess != null) {
        for (int l = 0; l < grad.length; l++) {
          hess[k][l] *= inv;
        }
      }
    }
    return new Derivatives(grad, hess);
  }

  private void requireDim(int netDim) {
    if (netDim != d) {
      throw new InputException("the network has input dimension " + netDim + ", the data " + d);
    }
  }
}
