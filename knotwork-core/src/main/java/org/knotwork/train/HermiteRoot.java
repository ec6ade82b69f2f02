package org.knotwork.train;

/**
 * Cheap estimates from the cubic Hermite interpolant of a switching function on a step, given its
 * values p0, p1 and rates r0, r1 at the ends [t0, t1]: used only to order and to bracket the
 * precise root searches, never as a result.
 */
final class HermiteRoot {
  private static final int SAMPLES = 32;

  private HermiteRoot() {}

  private static double cubic(double p0, double p1, double m0, double m1, double s) {
    double s2 = s * s;
    double s3 = s2 * s;
    return (2 * s3 - 3 * s2 + 1) * p0 + (s3 - 2 * s2 + s) * m0 + (-2 * s3 + 3 * s2) * p1
        + (s3 - s2) * m1;
  }

  /**
   * The first zero crossing of the interpolant in [t0, t1] (p0 &gt; 0), or the linear estimate if
   * the sampled interpolant has none.
   */
  static double firstRoot(double p0, double p1, double r0, double r1, double t0, double t1) {
    double dt = t1 - t0;
    double m0 = r0 * dt;
    double m1 = r1 * dt;
    double prev = 0;
    for (int k = 1; k <= SAMPLES; k++) {
      double s = (double) k / SAMPLES;
      if (cubic(p0, p1, m0, m1, s) <= 0) {
        double lo = prev;
        double hi = s;
        for (int it = 0; it < 40; it++) {
          double mid = 0.5 * (lo + hi);
          if (cubic(p0, p1, m0, m1, mid) > 0) {
            lo = mid;
          } else {
            hi = mid;
          }
        }
        return t0 + hi * dt;
      }
      prev = s;
    }
    return p1 < p0 ? t0 + dt * p0 / (p0 - p1) : t1;
  }

  /**
   * For p0, p1 &gt; 0: the time of the lowest sampled point of the interpolant if it is negative
   * (the function may cross zero twice inside the step), else NaN.
   */
  static double dip(double p0, double p1, double r0, double r1, double t0, double t1) {
    if (!(r0 < 0 && r1 > 0)) {
      return Double.NaN;
    }
    double dt = t1 - t0;
    double m0 = r0 * dt;
    double m1 = r1 * dt;
    double best = 0;
    double at = Double.NaN;
    for (int k = 1; k < SAMPLES; k++) {
      double s = (double) k / SAMPLES;
      double v = cubic(p0, p1, m0, m1, s);
      if (v < best) {
        best = v;
        at = t0 + s * dt;
      }
    }
    return at;
  }
}
