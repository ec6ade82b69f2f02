package org.knotwork.reservoir.math;

/**
 * tanh by fdlibm 5.3's algorithm ({@code s_tanh.c} with the parts of {@code s_expm1.c} it reaches),
 * written in Java. It returns exactly {@code StrictMath.tanh(x)} (tested on millions of arguments), so
 * results do not depend on the JVM or the JIT, but it avoids the native call that JDK 17's
 * {@code Math.tanh} makes, which costs more than the rest of an echo-state update.
 */
public final class Tanh {
  private static final double LN2_HI = 6.93147180369123816490e-01;
  private static final double LN2_LO = 1.90821492927058770002e-10;
  private static final double INV_LN2 = 1.44269504088896338700e+00;
  private static final double Q1 = -3.33333333333331316428e-02;
  private static final double Q2 = 1.58730158725481460165e-03;
  private static final double Q3 = -7.93650757867487942473e-05;
  private static final double Q4 = 4.00821782732936239552e-06;
  private static final double Q5 = -2.01099218183624371326e-07;
  private static final double TINY = 1.0e-300;

  private Tanh() {}

  /** tanh(x), bit-identical to {@code StrictMath.tanh(x)}. */
  public static double tanh(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int jx = (int) (bits >>> 32);
    int ix = jx & 0x7fffffff;
    if (ix >= 0x7ff00000) { // inf or NaN
      return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
    }
    double z;
    if (ix < 0x40360000) { // |x| < 22
      if (ix < 0x3c800000) { // |x| < 2^-55
        return x * (1.0 + x);
      }
      if (ix >= 0x3ff00000) { // |x| >= 1
        double t = expm1(2.0 * Math.abs(x));
        z = 1.0 - 2.0 / (t + 2.0);
      } else {
        double t = expm1(-2.0 * Math.abs(x));
        z = -t / (t + 2.0);
      }
    } else {
      z = 1.0 - TINY;
    }
    return jx >= 0 ? z : -z;
  }

  /**
   * fdlibm's expm1 on the arguments tanh passes: 2^-54 &le; |x| &lt; 2 for negative x, and
   * 2 &le; x &lt; 44. The overflow, tiny-argument and k = 1 branches of {@code s_expm1.c} are not
   * reachable from here and are left out.
   */
  private static double expm1(double x) {
    int hx = (int) (Double.doubleToRawLongBits(x) >>> 32);
    boolean negative = hx < 0;
    hx &= 0x7fffffff;
    double hi;
    double lo;
    double c = 0;
    int k;
    if (hx > 0x3fd62e42) { // |x| > 0.5 ln2
      if (hx < 0x3FF0A2B2 && negative) { // |x| < 1.5 ln2 (only negative x reach this)
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      } else {
        k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
        double t = k;
        hi = x - t * LN2_HI;
        lo = t * LN2_LO;
      }
      x = hi - lo;
      c = (hi - x) - lo;
    } else {
      k = 0;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3.0 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) {
      return x - (x * e - hxs);
    }
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1) {
      return 0.5 * (x - e) - 0.5;
    }
    if (k <= -2 || k > 56) {
      double y = 1.0 - (e - x);
      y = addToExponent(y, k);
      return y - 1.0;
    }
    double y;
    if (k < 20) {
      double t1 = Double.longBitsToDouble((long) (0x3ff00000 - (0x200000 >> k)) << 32);
      y = t1 - (e - x);
      y = addToExponent(y, k);
    } else {
      double t2 = Double.longBitsToDouble((long) ((0x3ff - k) << 20) << 32);
      y = x - (e + t2);
      y += 1.0;
      y = addToExponent(y, k);
    }
    return y;
  }

  /** fdlibm's {@code __HI(y) += k << 20}. */
  private static double addToExponent(double y, int k) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52));
  }
}
