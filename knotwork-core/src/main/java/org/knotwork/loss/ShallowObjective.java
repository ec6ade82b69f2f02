package org.knotwork.loss;

import java.util.Arrays;
import org.knotwork.data.Dataset;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.objective.DifferentiableObjective;
import org.knotwork.objective.MinibatchObjective;

/**
 * The loss of a shallow network as a function of a flat parameter vector in one coordinate system
 * (layouts in {@link Coordinates}); in spline coordinates the orientations are fixed at construction.
 * Backed by the production path {@link SweepLoss}.
 *
 * <p>Minibatch estimates ({@link MinibatchObjective}) evaluate the same normalisation on the subset
 * and rescale it to be unbiased: for the mean loss this is the subset mean 1/(2|B|)&middot;&Sigma;<sub>B</sub>
 * r<sup>2</sup>; for the sum loss N/|B| times the subset sum. Each call sorts the subset once,
 * O(|B| log |B| + H log |B|).
 */
public final class ShallowObjective implements MinibatchObjective {
  private final SweepLoss loss;
  private final Coordinates coords;
  private final int width;
  private final int[] orientation;

  private ShallowObjective(SweepLoss loss, Coordinates coords, int width, int[] orientation) {
    this.loss = loss;
    this.coords = coords;
    this.width = width;
    this.orientation = orientation;
  }

  /** The loss over network coordinates (w, b, v, c) of a width-{@code width} network. */
  public static ShallowObjective network(SweepLoss loss, int width) {
    return new ShallowObjective(loss, Coordinates.NETWORK, width, null);
  }

  /** The loss over spline coordinates (&beta;, &mu;, c) with the given fixed orientations. */
  public static ShallowObjective spline(SweepLoss loss, int[] orientation) {
    return new ShallowObjective(loss, Coordinates.SPLINE, orientation.length, orientation.clone());
  }

  /** Which coordinates the vector is in. */
  public Coordinates coordinates() {
    return coords;
  }

  /** The fixed orientations (spline coordinates), or null in network coordinates. */
  public int[] orientation() {
    return orientation == null ? null : orientation.clone();
  }

  /** The underlying loss. */
  public SweepLoss loss() {
    return loss;
  }

  @Override
  public int dimension() {
    return coords.dimension(width);
  }

  /** The network-coordinate parameters for {@code theta} (spline: the unit-|w| representative). */
  public NetworkParams network(double[] theta) {
    return coords == Coordinates.NETWORK
        ? NetworkParams.fromVector(theta)
        : SplineParams.fromVector(theta, orientation).toNetwork();
  }

  /** The spline-coordinate parameters for {@code theta}. */
  public SplineParams spline(double[] theta) {
    return coords == Coordinates.NETWORK
        ? NetworkParams.fromVector(theta).toSpline()
        : SplineParams.fromVector(theta, orientation);
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradient) {
    return new LossWorkspace(loss, width, orientation).valueAndGradient(theta, gradient);
  }

  @Override
  public double value(double[] theta) {
    return new LossWorkspace(loss, width, orientation).value(theta);
  }

  /**
   * A reusable, allocation-free evaluator of this objective for iterative methods, bit-identical to
   * {@link #valueAndGradient}; not thread-safe (one per thread).
   */
  public LossWorkspace workspace() {
    return new LossWorkspace(loss, width, orientation);
  }

  /** A {@link #workspace()}: no allocation per evaluation. */
  @Override
  public DifferentiableObjective evaluator() {
    return workspace();
  }

  @Override
  public int sampleCount() {
    return loss.data().size();
  }

  @Override
  public double valueAndGradient(double[] theta, int[] samples, int count, double[] gradient) {
    Dataset data = loss.data();
    int n = data.size();
    if (count < 1 || count > n || count > samples.length) {
      throw new IllegalArgumentException("count must be in [1, " + Math.min(n, samples.length)
          + "], got " + count);
    }
    double[] x = new double[count];
    double[] y = new double[count];
    for (int k = 0; k < count; k++) {
      int idx = samples[k];
      if (idx < 0 || idx >= n) {
        throw new IllegalArgumentException(
            "samples[" + k + "] must be in [0, " + n + "), got " + idx);
      }
      x[k] = data.x(idx);
      y[k] = data.y(idx);
    }
    LossNormalization norm = loss.normalization();
    SweepLoss sub = SweepLoss.of(new Dataset(x, y), norm);
    SweepLoss.Evaluation e = coords == Coordinates.NETWORK
        ? sub.evaluate(NetworkParams.fromVector(theta))
        : sub.evaluate(SplineParams.fromVector(theta, orientation));
    double[] g = e.gradient();
    // unbiased: E over subsets of (N/|B|) * sum_B equals sum_N; the subset mean needs no factor
    double scale = norm == LossNormalization.MEAN ? 1.0 : (double) n / count;
    if (scale == 1.0) {
      System.arraycopy(g, 0, gradient, 0, g.length);
      return e.loss();
    }
    for (int k = 0; k < g.length; k++) {
      gradient[k] = scale * g[k];
    }
    return scale * e.loss();
  }

  /** The exact dense Hessian at {@code theta}. */
  public double[][] hessian(double[] theta) {
    return coords == Coordinates.NETWORK
        ? loss.hessian(NetworkParams.fromVector(theta))
        : loss.hessian(SplineParams.fromVector(theta, orientation));
  }

  /** The Hessian at {@code theta} as a matrix-free operator. */
  public HessianOperator hessianOperator(double[] theta) {
    return coords == Coordinates.NETWORK
        ? loss.hessianOperator(NetworkParams.fromVector(theta))
        : loss.hessianOperator(SplineParams.fromVector(theta, orientation));
  }

  @Override
  public String toString() {
    return "ShallowObjective[" + coords.cliName() + ", H=" + width
        + (orientation == null ? "" : ", s=" + Arrays.toString(orientation)) + "]";
  }
}
