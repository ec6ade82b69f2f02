package org.knotwork.loss;

import org.knotwork.objective.DifferentiableObjective;

/**
 * A reusable evaluator of one {@link ShallowObjective} for iterative methods (gradient descent, flows,
 * line searches): loss and gradient (S7, S8) written into caller buffers, with no allocation per call,
 * and each neuron's active interval updated incrementally: its cut is searched by galloping from the
 * previous call's cut, O(1) probes when knots move little between calls instead of a fresh
 * O(log N) binary search. A call costs O(N + H) and its results are bit-identical to
 * {@link ShallowObjective#valueAndGradient}, whatever the previous calls were.
 *
 * <p>Not thread-safe: it owns O(N + H) scratch memory; give each thread its own
 * ({@link ShallowObjective#workspace()}).
 */
public final class LossWorkspace implements DifferentiableObjective {
  private final SweepLoss loss;
  private final int[] orientation;
  private final ActiveIntervals a;
  private final AffineBuckets buckets;
  private final double[] residuals;
  private final IntervalSums sums;
  /** Network coordinates: the fused sweeps (null in spline coordinates). */
  private final NetworkSweep network;
  private final int dimension;

  LossWorkspace(SweepLoss loss, int width, int[] orientation) {
    this.loss = loss;
    this.orientation = orientation;
    int n = loss.points().n;
    boolean spline = orientation != null;
    this.dimension = (spline ? 2 : 3) * width + 1;
    this.a = spline ? new ActiveIntervals(width, false) : null;
    this.network = spline ? null : new NetworkSweep(loss, width);
    this.buckets = spline ? new AffineBuckets(n) : null;
    this.residuals = spline ? new double[n] : null;
    this.sums = spline ? new IntervalSums(n, width) : null;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradient) {
    if (gradient.length != dimension) {
      throw new IllegalArgumentException("gradient must have length " + dimension
          + ", got " + gradient.length);
    }
    if (network != null) {
      return network.evaluate(theta, gradient);
    }
    double value = fill(theta);
    sums.compute(a, residuals, loss.points());
    SweepLoss.jacobianTranspose(a, sums, loss.weight(), gradient);
    return value;
  }

  @Override
  public double value(double[] theta) {
    if (network != null) {
      return network.evaluate(theta, null);
    }
    return fill(theta);
  }

  /** Refills the linearisation at {@code theta} and the residuals; returns the loss. */
  private double fill(double[] theta) {
    a.fillSpline(theta, orientation, loss.points());
    loss.sortedResiduals(a, buckets, residuals);
    return loss.lossOf(residuals);
  }
}
