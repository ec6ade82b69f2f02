package org.knotwork.bench;

import org.knotwork.loss.HessianOperator;
import org.knotwork.objective.DifferentiableObjective;

/**
 * Full-batch gradient descent &theta; &larr; &theta; &minus; &eta;&nabla;L(&theta;) with no allocation per
 * step. A stand-in for the optimizers of the training package until that lands in the core; the
 * update is written exactly as PyTorch's {@code p -= lr * p.grad}, so both sides round the same way.
 */
public final class GradientDescent {
  private final DifferentiableObjective objective;
  private final double eta;
  private final double[] gradient;

  /**
   * @param objective the loss (use a {@link org.knotwork.loss.LossWorkspace} for speed)
   * @param eta step size, positive and finite
   */
  public GradientDescent(DifferentiableObjective objective, double eta) {
    if (!(eta > 0) || !Double.isFinite(eta)) {
      throw new IllegalArgumentException("eta must be positive and finite, got " + eta);
    }
    this.objective = objective;
    this.eta = eta;
    this.gradient = new double[objective.dimension()];
  }

  /** The step size. */
  public double eta() {
    return eta;
  }

  /** One step in place; returns the loss at &theta; before the step. */
  public double step(double[] theta) {
    double value = objective.valueAndGradient(theta, gradient);
    for (int k = 0; k < theta.length; k++) {
      theta[k] -= eta * gradient[k];
    }
    return value;
  }

  /**
   * A step size safely inside the stability limit 2/&lambda;<sub>max</sub> of gradient descent:
   * 0.5/|&lambda;| for the eigenvalue of largest magnitude of the Hessian, estimated by
   * {@code iterations} power iterations from the all-ones vector (deterministic).
   */
  public static double stableStep(HessianOperator hessian, int iterations) {
    int dim = hessian.dimension();
    double[] u = new double[dim];
    double[] hu = new double[dim];
    java.util.Arrays.fill(u, 1 / Math.sqrt(dim));
    double lambda = 0;
    for (int it = 0; it < iterations; it++) {
      hessian.apply(u, hu);
      double norm = 0;
      for (double x : hu) {
        norm += x * x;
      }
      norm = Math.sqrt(norm);
      if (norm == 0) {
        break;
      }
      lambda = norm;
      for (int k = 0; k < dim; k++) {
        u[k] = hu[k] / norm;
      }
    }
    if (!(lambda > 0) || !Double.isFinite(lambda)) {
      throw new IllegalArgumentException("the Hessian has no usable curvature: |lambda| = " + lambda);
    }
    return 0.5 / lambda;
  }
}
