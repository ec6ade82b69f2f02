package org.knotwork.regime;

import org.knotwork.data.Dataset;
import org.knotwork.common.random.Rng;

/**
 * Notes E8, the exact frozen-knot limit of the kernel regime: with the knots frozen (|w| = 1, &beta; ~
 * U(&minus;R, R), random orientations, f<sub>0</sub> = 0), training only v and c converges to the
 * minimum-norm interpolant, kernel regression with {@link EmpiricalKernels#frozenKnots} at t = &infin;.
 * As H grows it approaches the natural cubic spline on the hull (S24) and stays far from the linear
 * interpolant.
 *
 * @param supToCubic sup |f &minus; natural cubic spline| on {@link #GRID} points of the hull
 * @param supToLinear sup |f &minus; linear interpolant| on the same points
 */
public record FrozenKnotLimit(double supToCubic, double supToLinear) {
  /** Points of the uniform grid on the hull of the data. */
  public static final int GRID = 801;

  /**
   * The limit fit at width {@code h}: knots U(&minus;knotRange, knotRange) and orientations &plusmn;1
   * drawn from the stream "frozen-knots" of {@code seed}.
   */
  public static FrozenKnotLimit measure(Dataset d, int h, double knotRange, long seed) {
    if (h < 1) {
      throw new IllegalArgumentException("h must be >= 1, got " + h);
    }
    if (!(knotRange > 0) || !Double.isFinite(knotRange)) {
      throw new IllegalArgumentException("knotRange must be positive and finite, got " + knotRange);
    }
    Rng rng = Rng.of(seed, "frozen-knots");
    double[] beta = new double[h];
    int[] s = new int[h];
    for (int i = 0; i < h; i++) {
      beta[i] = rng.uniform(-knotRange, knotRange);
      s[i] = rng.sign();
    }
    KernelRegression kr = new KernelRegression(EmpiricalKernels.frozenKnots(beta, s), d,
        1.0 / d.size());
    double[] grid = d.hullGrid(GRID);
    double[] f = kr.predictMean(grid, Double.POSITIVE_INFINITY, d.y());
    Interpolant cubic = Interpolant.naturalCubicSpline(d);
    Interpolant lin = Interpolant.linear(d);
    double toCubic = 0;
    double toLinear = 0;
    for (int k = 0; k < grid.length; k++) {
      toCubic = Math.max(toCubic, Math.abs(f[k] - cubic.applyAsDouble(grid[k])));
      toLinear = Math.max(toLinear, Math.abs(f[k] - lin.applyAsDouble(grid[k])));
    }
    return new FrozenKnotLimit(toCubic, toLinear);
  }
}
