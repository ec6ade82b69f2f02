package org.knotwork.common.example;

/**
 * The spec of the example study: a Gaussian random walk x_{k+1} = x_k + drift + sigma * z_k.
 *
 * @param seed master seed
 * @param steps number of steps, &ge; 1
 * @param drift drift per step, finite
 * @param sigma noise scale, &ge; 0 and finite
 */
public record WalkSpec(long seed, int steps, double drift, double sigma) {

  /** The defaults. */
  public static final WalkSpec DEFAULTS = new WalkSpec(0, 100, 0.0, 1.0);

  /** Validates. */
  public WalkSpec {
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be >= 1, got " + steps);
    }
    if (!Double.isFinite(drift)) {
      throw new IllegalArgumentException("drift must be finite, got " + drift);
    }
    if (!(sigma >= 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException("sigma must be >= 0 and finite, got " + sigma);
    }
  }
}
