package org.knotwork.reservoir.system;

import org.knotwork.common.random.Rng;

/**
 * Benettin's two-trajectory estimate of the largest Lyapunov exponent (notes &sect;1&ndash;2, check 5):
 * a reference and a perturbed trajectory, both advanced by the same fixed-step RK4 map, the separation
 * renormalised to {@code delta0} every {@code renormEvery} steps and the logarithmic growth averaged.
 */
public final class Lyapunov {
  private Lyapunov() {}

  /**
   * An exponent estimate.
   *
   * @param exponent largest Lyapunov exponent per time unit
   * @param standardError standard error from {@code blocks} batch means (NaN if fewer than 2 blocks)
   * @param time averaging time in time units
   * @param blocks number of batch-mean blocks
   */
  public record Estimate(double exponent, double standardError, double time, int blocks) {
    /** One Lyapunov time, 1/&lambda;, in time units. */
    public double lyapunovTime() {
      return 1.0 / exponent;
    }
  }

  /**
   * Estimates the largest exponent of {@code system}.
   *
   * @param x0 start state (should already be on the attractor; {@code transientSteps} more are discarded)
   * @param dt RK4 step
   * @param transientSteps steps run before averaging starts
   * @param steps averaging steps (a multiple of {@code renormEvery} is used)
   * @param renormEvery steps between renormalisations, &ge; 1
   * @param delta0 initial separation (Euclidean norm), &gt; 0
   * @param blocks batch-mean blocks for the standard error, &ge; 1
   * @param rng stream for the random perturbation direction
   */
  public static Estimate benettin(OdeSystem system, double[] x0, double dt, int transientSteps,
      int steps, int renormEvery, double delta0, int blocks, Rng rng) {
    if (system == null || x0 == null || rng == null) {
      throw new IllegalArgumentException("system, x0 and rng are required");
    }
    if (x0.length != system.dimension()) {
      throw new IllegalArgumentException("x0 must have " + system.dimension() + " components");
    }
    if (!(dt > 0) || transientSteps < 0 || renormEvery < 1 || steps < renormEvery || blocks < 1
        || !(delta0 > 0)) {
      throw new IllegalArgumentException("need dt > 0, transientSteps >= 0, renormEvery >= 1, "
          + "steps >= renormEvery, blocks >= 1, delta0 > 0");
    }
    int n = x0.length;
    double[] x = x0.clone();
    Rk4 rk4a = new Rk4(system);
    Rk4 rk4b = new Rk4(system);
    for (int s = 0; s < transientSteps; s++) {
      rk4a.step(x, dt);
    }
    double[] dir = new double[n];
    double norm = 0;
    for (int q = 0; q < n; q++) {
      dir[q] = rng.gaussian();
      norm += dir[q] * dir[q];
    }
    norm = Math.sqrt(norm);
    double[] y = new double[n];
    for (int q = 0; q < n; q++) {
      y[q] = x[q] + delta0 * dir[q] / norm;
    }
    int intervals = steps / renormEvery;
    int nBlocks = Math.min(blocks, intervals);
    double[] blockSum = new double[nBlocks];
    int[] blockCount = new int[nBlocks];
    double total = 0;
    for (int m = 0; m < intervals; m++) {
      for (int s = 0; s < renormEvery; s++) {
        rk4a.step(x, dt);
        rk4b.step(y, dt);
      }
      double d2 = 0;
      for (int q = 0; q < n; q++) {
        double diff = y[q] - x[q];
        d2 += diff * diff;
      }
      double d = Math.sqrt(d2);
      if (!(d > 0) || !Double.isFinite(d)) {
        throw new IllegalStateException("separation became " + d + "; reduce dt or delta0");
      }
      double growth = Math.log(d / delta0);
      total += growth;
      int b = (int) ((long) m * nBlocks / intervals);
      blockSum[b] += growth;
      blockCount[b]++;
      double f = delta0 / d;
      for (int q = 0; q < n; q++) {
        y[q] = x[q] + (y[q] - x[q]) * f;
      }
    }
    double interval = renormEvery * dt;
    double exponent = total / (intervals * interval);
    double se = Double.NaN;
    if (nBlocks >= 2) {
      double mean = 0;
      double[] rates = new double[nBlocks];
      for (int b = 0; b < nBlocks; b++) {
        rates[b] = blockSum[b] / (blockCount[b] * interval);
        mean += rates[b];
      }
      mean /= nBlocks;
      double v = 0;
      for (double r : rates) {
        v += (r - mean) * (r - mean);
      }
      se = Math.sqrt(v / (nBlocks - 1) / nBlocks);
    }
    return new Estimate(exponent, se, intervals * interval, nBlocks);
  }
}
