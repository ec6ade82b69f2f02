package org.knotwork.regime;

import java.util.function.DoubleBinaryOperator;
import org.knotwork.data.Dataset;
import org.knotwork.common.linalg.SymmetricEigen;

/**
 * Kernel regression with a fixed kernel &Theta;: the exact predictions of the linearised model trained
 * by gradient flow on L = w&middot;&frac12;&Sigma;r<sup>2</sup> (Jacot et al. 2018; Lee et al. 2019).
 * On the training inputs X, d(f &minus; y)/dt = &minus;w&Theta;(X,X)(f &minus; y), so at flow time t
 * <pre>
 *   f_t(x) = f_0(x) + &Theta;(x,X) &Theta;(X,X)<sup>+</sup> (I &minus; e<sup>&minus;wt&Theta;(X,X)</sup>) (y &minus; f_0(X)),
 * </pre>
 * computed through the eigen-decomposition of &Theta;(X,X); directions with eigenvalue at most
 * {@code tolerance} are not learned (pseudo-inverse), which is the t &rarr; &infin; limit on the
 * range of &Theta;(X,X). With the NNGP kernel and f<sub>0</sub> = 0 the t = &infin; prediction is the
 * noise-free GP posterior mean.
 */
public final class KernelRegression {
  private final DoubleBinaryOperator kernel;
  private final double[] x;
  private final double[] lambda;
  private final double[][] vectors;
  private final double weight;
  private final double tolerance;

  /**
   * @param kernel the kernel &Theta;(x, x')
   * @param data the training set
   * @param weight w in L = w&middot;&frac12;&Sigma;r<sup>2</sup> (1/N for Knotwork's mean loss)
   */
  public KernelRegression(DoubleBinaryOperator kernel, Dataset data, double weight) {
    if (!(weight > 0)) {
      throw new IllegalArgumentException("weight must be positive, got " + weight);
    }
    this.kernel = kernel;
    this.x = data.x();
    this.weight = weight;
    int n = x.length;
    double[][] g = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double k = kernel.applyAsDouble(x[i], x[j]);
        g[i][j] = k;
        g[j][i] = k;
      }
    }
    SymmetricEigen eig = SymmetricEigen.full(g);
    this.lambda = eig.eigenvalues();
    this.vectors = eig.eigenvectors();
    this.tolerance = Math.max(1e-300, 1e3 * n * Math.ulp(1.0) * Math.abs(lambda[n - 1]));
  }

  /** Eigenvalues of &Theta;(X,X), ascending. */
  public double[] gramEigenvalues() {
    return lambda.clone();
  }

  /**
   * Predictions at {@code query} after flow time t (use {@code Double.POSITIVE_INFINITY} for the
   * converged model).
   *
   * @param targets the training targets y (data order)
   * @param f0Train f<sub>0</sub> on the training inputs (zeros for the mean prediction)
   * @param f0Query f<sub>0</sub> at the query points (zeros for the mean prediction)
   */
  public double[] predict(double[] query, double t, double[] targets, double[] f0Train,
      double[] f0Query) {
    if (!(t >= 0)) {
      throw new IllegalArgumentException("time t must be >= 0, got " + t);
    }
    return combine(query, targets, f0Train, f0Query, l -> Double.isInfinite(t) ? 1.0 / l
        : -Math.expm1(-weight * t * l) / l);
  }

  /**
   * Predictions of the linearised model after {@code steps} steps of full-batch gradient descent with
   * learning rate {@code lr}: e<sup>&minus;wt&Theta;</sup> above becomes (I &minus;
   * lr&middot;w&Theta;)<sup>steps</sup> exactly.
   */
  public double[] predictAfterSteps(double[] query, long steps, double lr, double[] targets,
      double[] f0Train, double[] f0Query) {
    if (steps < 0 || !(lr > 0)) {
      throw new IllegalArgumentException("steps must be >= 0 and lr > 0, got " + steps + ", " + lr);
    }
    return combine(query, targets, f0Train, f0Query, l -> {
      double x = lr * weight * l;
      double decay = x < 1 ? Math.expm1(steps * Math.log1p(-x)) : Math.pow(1 - x, steps) - 1;
      return -decay / l;
    });
  }

  private double[] combine(double[] query, double[] targets, double[] f0Train, double[] f0Query,
      java.util.function.DoubleUnaryOperator gain) {
    int n = x.length;
    // coefficients a = Θ⁺ (I - e^{-wtΘ}) (y - f0) in the eigenbasis
    double[] a = new double[n];
    for (int k = 0; k < n; k++) {
      double l = lambda[k];
      if (l <= tolerance) {
        continue;
      }
      double proj = 0;
      for (int i = 0; i < n; i++) {
        proj += vectors[k][i] * (targets[i] - f0Train[i]);
      }
      double factor = gain.applyAsDouble(l);
      for (int i = 0; i < n; i++) {
        a[i] += vectors[k][i] * factor * proj;
      }
    }
    double[] out = new double[query.length];
    for (int q = 0; q < query.length; q++) {
      double s = f0Query[q];
      for (int i = 0; i < n; i++) {
        s += kernel.applyAsDouble(query[q], x[i]) * a[i];
      }
      out[q] = s;
    }
    return out;
  }

  /** The mean prediction (f<sub>0</sub> = 0) at flow time t. */
  public double[] predictMean(double[] query, double t, double[] targets) {
    return predict(query, t, targets, new double[x.length], new double[query.length]);
  }
}
