package org.knotwork.supertrex.model;

/**
 * The target curve of every task, the "butterfly" (supertrex.md (ST8)): radius
 * &rho;(&theta;) = 9 &minus; sin &theta; + 2 sin 3&theta; + 2 sin 5&theta; &minus; sin 7&theta;
 * + 3 cos 2&theta; &minus; 2 cos 4&theta;, point f(&theta;) = &rho;(&theta;)(cos &theta;, sin
 * &theta;)/14.4734, sampled at &theta;_j = 2&pi;(j &minus; 1)/(T_p &minus; 1), j = 1 ... T_p, so that
 * the first and last samples of a period coincide (MATLAB's {@code linspace}). StrictMath throughout.
 */
public final class Butterfly {
  /** The authors' normalisation ("max r"); the true maximum of &rho; is 14.5171. */
  public static final double SCALE = 14.4734;

  private final int period;
  private final double[] xs;
  private final double[] ys;

  /**
   * The sampled curve of one period.
   *
   * @param period T_p, the steps per period, &ge; 2
   */
  public Butterfly(int period) {
    if (period < 2) {
      throw new IllegalArgumentException("period must be >= 2 steps, got " + period);
    }
    this.period = period;
    this.xs = new double[period];
    this.ys = new double[period];
    for (int j = 0; j < period; j++) {
      double theta = j == period - 1 ? 2 * Math.PI : 2 * Math.PI * j / (period - 1);
      double rho = radius(theta) / SCALE;
      xs[j] = rho * StrictMath.cos(theta);
      ys[j] = rho * StrictMath.sin(theta);
    }
  }

  /** &rho;(&theta;) of (ST8), unnormalised. */
  public static double radius(double theta) {
    return 9 - StrictMath.sin(theta) + 2 * StrictMath.sin(3 * theta) + 2 * StrictMath.sin(5 * theta)
        - StrictMath.sin(7 * theta) + 3 * StrictMath.cos(2 * theta) - 2 * StrictMath.cos(4 * theta);
  }

  /** T_p. */
  public int period() {
    return period;
  }

  /** x of the target at step n &ge; 1 (periodic with period T_p). */
  public double x(long n) {
    return xs[(int) ((n - 1) % period)];
  }

  /** y of the target at step n &ge; 1. */
  public double y(long n) {
    return ys[(int) ((n - 1) % period)];
  }
}
