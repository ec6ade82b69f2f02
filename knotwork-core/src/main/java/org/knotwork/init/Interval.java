package org.knotwork.init;

/**
 * A closed interval [lo, hi] of the real line: a data window, a knot range or a histogram bin.
 *
 * @param lo left end, finite
 * @param hi right end, finite and &ge; lo
 */
public record Interval(double lo, double hi) {

  /** Validates finiteness and order. */
  public Interval {
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
      throw new IllegalArgumentException(
          "interval ends must be finite, got [" + lo + ", " + hi + "]");
    }
    if (hi < lo) {
      throw new IllegalArgumentException(
          "interval hi must be >= lo, got [" + lo + ", " + hi + "]");
    }
  }

  /** The symmetric interval [&minus;t, t], t &ge; 0. */
  public static Interval symmetric(double t) {
    return new Interval(-t, t);
  }

  /** hi &minus; lo. */
  public double length() {
    return hi - lo;
  }

  /** Whether lo &le; x &le; hi. */
  public boolean contains(double x) {
    return lo <= x && x <= hi;
  }
}
