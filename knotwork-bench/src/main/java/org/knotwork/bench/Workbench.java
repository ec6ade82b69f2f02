package org.knotwork.bench;

import org.knotwork.data.Dataset;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.HessianOperator;
import org.knotwork.loss.LossWorkspace;
import org.knotwork.loss.ShallowObjective;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;

/**
 * Everything needed to run the {@link Operation}s on one {@link BenchProblem}, built once: the loss,
 * a workspace, the step size, a Hessian operator at the initial point and a probe vector. Not
 * thread-safe (one per benchmark thread). Gradient descent advances its own copy of the parameters;
 * every other operation is evaluated at the initial network.
 */
public final class Workbench {
  /** Power iterations used for the step size. */
  public static final int POWER_ITERATIONS = 20;

  private final BenchProblem problem;
  private final Dataset data;
  private final SweepLoss loss;
  private final NetworkParams initial;
  private final double[] theta0;
  private final ShallowObjective objective;
  private final LossWorkspace workspace;
  private final double eta;
  private final GradientDescent descent;
  private final double[] descentTheta;
  private final double[] gradient;
  private final HessianOperator hessian;
  private final double[] probe;
  private final double[] product;
  private final FlowField flow;
  private final double[] betaDot;
  private final double[] muDot;
  private double[][] denseHessian;

  /** Builds the problem's data, network, step size and buffers. */
  public Workbench(BenchProblem problem) {
    this.problem = problem;
    this.data = problem.data();
    this.loss = SweepLoss.of(data);
    this.initial = problem.initialNetwork();
    this.theta0 = initial.toVector();
    this.objective = ShallowObjective.network(loss, problem.width());
    this.workspace = objective.workspace();
    this.hessian = loss.hessianOperator(initial);
    this.eta = GradientDescent.stableStep(hessian, POWER_ITERATIONS);
    this.descent = new GradientDescent(objective.workspace(), eta);
    this.descentTheta = theta0.clone();
    int dim = theta0.length;
    this.gradient = new double[dim];
    this.product = new double[dim];
    this.probe = new double[dim];
    Rng rng = Rng.of(problem.seed(), "bench/probe");
    for (int k = 0; k < dim; k++) {
      probe[k] = rng.gaussian();
    }
    this.flow = new FlowField(objective.workspace(), problem.width());
    this.betaDot = new double[problem.width()];
    this.muDot = new double[problem.width()];
  }

  /** The problem. */
  public BenchProblem problem() {
    return problem;
  }

  /** The data set. */
  public Dataset data() {
    return data;
  }

  /** The initial network. */
  public NetworkParams initialNetwork() {
    return initial;
  }

  /** The loss. */
  public SweepLoss loss() {
    return loss;
  }

  /** The gradient-descent step size ({@link GradientDescent#stableStep} at the initial point). */
  public double eta() {
    return eta;
  }

  /**
   * Runs {@code steps} gradient-descent steps from the initial network on a fresh copy and returns
   * the loss after them (the check value shared with the peer script).
   */
  public double lossAfterSteps(int steps) {
    double[] theta = theta0.clone();
    GradientDescent gd = new GradientDescent(objective.workspace(), eta);
    for (int k = 0; k < steps; k++) {
      gd.step(theta);
    }
    return objective.value(theta);
  }

  /**
   * Runs {@code op} once and returns a number derived from its result (for a benchmark harness to
   * consume, so that nothing is optimised away).
   *
   * @throws IllegalArgumentException if the operation does not fit this problem
   */
  public double run(Operation op) {
    switch (op) {
      case VALUES:
        return loss.predict(initial)[0];
      case GRADIENT:
        return objective.valueAndGradient(theta0, gradient);
      case GRADIENT_WORKSPACE:
        return workspace.valueAndGradient(theta0, gradient);
      case GD_STEP:
        return descent.step(descentTheta);
      case HVP:
        hessian.apply(probe, product);
        return product[0];
      case FLOW_RHS:
        return flow.evaluate(theta0, gradient, betaDot, muDot);
      case DENSE_HESSIAN:
        checkDense(op);
        return loss.hessian(initial)[0][0];
      case EIGEN:
        checkDense(op);
        if (denseHessian == null) {
          denseHessian = loss.hessian(initial);
        }
        return SymmetricEigen.fullUnchecked(denseHessian).eigenvalues()[0];
      default:
        throw new IllegalStateException("unhandled operation " + op);
    }
  }

  private void checkDense(Operation op) {
    if (!op.fits(problem)) {
      throw new IllegalArgumentException(op.label() + " needs width at most "
          + Operation.MAX_DENSE_WIDTH + ", got " + problem.width());
    }
  }
}
