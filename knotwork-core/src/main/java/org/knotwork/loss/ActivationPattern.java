package org.knotwork.loss;

import java.util.Arrays;

/**
 * A prescribed activation pattern: neuron i counts as active at a data point x<sub>n</sub> iff
 * side<sub>i</sub>&middot;(x<sub>n</sub> &minus; threshold<sub>i</sub>) &gt; 0, whatever the parameters.
 *
 * <p>Evaluating the loss under a fixed pattern ({@link SweepLoss#evaluate(org.knotwork.net.NetworkParams,
 * ActivationPattern)}) gives the polynomial extension of L from one activation region (S16) to all of
 * parameter space: inside the region it equals L, and it stays smooth when a knot crosses a data point.
 * This is the vector field an event-driven gradient flow integrates between pattern changes. The
 * active set of every neuron is a prefix or a suffix of the sorted data, as it is for the real pattern
 * of a shallow univariate network; thresholds of &plusmn;&infin; give all or no points.
 *
 * <p>Immutable: arrays are copied in and out.
 *
 * @param threshold per-neuron thresholds (any value but NaN; &plusmn;&infin; allowed)
 * @param side per-neuron active side, +1 (points above the threshold) or &minus;1 (below)
 */
public record ActivationPattern(double[] threshold, int[] side) {

  /** Validates (equal lengths, sides &plusmn;1, no NaN threshold) and copies. */
  public ActivationPattern {
    if (threshold == null || side == null) {
      throw new IllegalArgumentException("threshold and side are both required");
    }
    if (side.length != threshold.length) {
      throw new IllegalArgumentException("side has " + side.length
          + " entries but threshold has " + threshold.length);
    }
    threshold = threshold.clone();
    side = side.clone();
    for (int i = 0; i < side.length; i++) {
      if (side[i] != 1 && side[i] != -1) {
        throw new IllegalArgumentException("side[" + i + "] must be +1 or -1, got " + side[i]);
      }
      if (Double.isNaN(threshold[i])) {
        throw new IllegalArgumentException("threshold[" + i + "] must not be NaN");
      }
    }
  }

  /** Number of neurons H. */
  public int width() {
    return side.length;
  }

  @Override
  public double[] threshold() {
    return threshold.clone();
  }

  @Override
  public int[] side() {
    return side.clone();
  }

  /** threshold<sub>i</sub>. */
  public double threshold(int i) {
    return threshold[i];
  }

  /** side<sub>i</sub>. */
  public int side(int i) {
    return side[i];
  }

  /** Whether neuron i is active at x under this pattern. */
  public boolean isActive(int i, double x) {
    return side[i] * (x - threshold[i]) > 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActivationPattern p
        && Arrays.equals(threshold, p.threshold) && Arrays.equals(side, p.side);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(threshold) + Arrays.hashCode(side);
  }

  @Override
  public String toString() {
    return "ActivationPattern[threshold=" + Arrays.toString(threshold)
        + ", side=" + Arrays.toString(side) + "]";
  }
}
