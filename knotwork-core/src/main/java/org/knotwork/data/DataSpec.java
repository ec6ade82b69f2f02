package org.knotwork.data;

import org.knotwork.common.random.Rng;

/**
 * A seeded generator of a 1-D data set: N inputs on [xMin, xMax], either an even grid (endpoints
 * included) or i.i.d. uniform draws, targets y = target(x) + noise&middot;&epsilon; with &epsilon;
 * standard normal.
 *
 * @param target the target function
 * @param n number of points, at least 1
 * @param xMin left end of the input interval
 * @param xMax right end (&gt; xMin, or equal when n = 1)
 * @param randomX false for an even grid, true for uniform random inputs
 * @param noise standard deviation of the additive Gaussian noise, &ge; 0
 * @param seed seed of the "data" random stream
 */
public record DataSpec(Target target, int n, double xMin, double xMax, boolean randomX,
    double noise, long seed) {

  /** Validates every field; messages name the field and the allowed range. */
  public DataSpec {
    if (target == null) {
      throw new IllegalArgumentException("target is required");
    }
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    if (!Double.isFinite(xMin) || !Double.isFinite(xMax)) {
      throw new IllegalArgumentException("xMin and xMax must be finite");
    }
    if (!(xMax > xMin) && !(n == 1 && xMax == xMin)) {
      throw new IllegalArgumentException(
          "xMax must be greater than xMin, got [" + xMin + ", " + xMax + "]");
    }
    if (!(noise >= 0) || !Double.isFinite(noise)) {
      throw new IllegalArgumentException("noise must be finite and >= 0, got " + noise);
    }
  }

  /** Noise-free grid data on [&minus;1, 1]. */
  public static DataSpec grid(Target target, int n) {
    return new DataSpec(target, n, -1, 1, false, 0.0, 0L);
  }

  /** Draws the data set. The same spec always gives the same bytes. */
  public Dataset generate() {
    Rng rng = Rng.of(seed, "data");
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      if (randomX) {
        x[i] = rng.uniform(xMin, xMax);
      } else {
        x[i] = n == 1 ? 0.5 * (xMin + xMax) : xMin + (xMax - xMin) * i / (n - 1);
      }
    }
    for (int i = 0; i < n; i++) {
      y[i] = target.value(x[i]) + (noise > 0 ? noise * rng.gaussian() : 0.0);
    }
    return new Dataset(x, y);
  }
}
