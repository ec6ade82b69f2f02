package org.knotwork.reservoir.linalg;

/**
 * A ridge readout W (K &times; P, row-major) and how it was obtained.
 *
 * @param weights row-major K &times; P readout
 * @param targets K
 * @param features P
 * @param samples number of (feature, target) pairs T
 * @param ridge &beta;
 * @param solver {@code cholesky}, or {@code lu} when G + &beta;I was not numerically positive definite
 */
public record RidgeSolution(double[] weights, int targets, int features, long samples, double ridge,
    String solver) {

  /** Validates the shape. */
  public RidgeSolution {
    if (weights == null || weights.length != (long) targets * features) {
      throw new IllegalArgumentException("weights must have targets * features entries");
    }
    weights = weights.clone();
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }
}
