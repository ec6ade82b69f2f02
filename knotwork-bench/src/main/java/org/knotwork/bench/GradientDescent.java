package org.knotwork.bench;

import org.knotwork.loss.HessianOperator;
import org.knotwork.objective.DifferentiableObjective;
import org.knotwork.train.UpdateRule;

/**
 * One full-batch gradient-descent step &theta; &larr; &theta; &minus; &eta;&nabla;L(&theta;) with no allocation,
 * as {@link org.knotwork.train.Trainer} takes it: the objective's value and gradient, then the
 * training package's {@link UpdateRule.GradientDescent} update, which rounds as PyTorch's
 * {@code p -= lr * p.grad} does. The JMH benchmarks time this step alone, without the trainer's
 * stopping checks and listeners.
 */
public final class GradientDescent {
  private static final double[][] NO_STATE = new double[0][];

  private final DifferentiableObjective objective;
  private final UpdateRule.GradientDescent rule;
  private final double[] gradient;

  /**
   * @param objective the loss (use a {@link org.knotwork.loss.LossWorkspace} for speed)
   * @param eta step size, positive and finite
   */
  public GradientDescent(DifferentiableObjective objective, double eta) {
    this.objective = objective;
    this.rule = new UpdateRule.GradientDescent(eta);
    this.gradient = new double[objective.dimension()];
  }

  /** The step size. */
  public double eta() {
    return rule.learningRate();
  }

  /** One step in place; returns the loss at &theta; before the step. */
  public double step(double[] theta) {
    double value = objective.valueAndGradient(theta, gradient);
    rule.apply(theta, gradient, NO_STATE, 0);
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
