package org.knotwork.pathways.theory;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * The function whose differences are conserved by the reduced model (notes &sect;2.4):
 * F(p) = &int; (x<sup>2</sup> + c)<sup>&minus;(D&minus;1)/2</sup> dx, so that dF(p<sub>j</sub>)/dt equals
 * the shared error for every pathway and F<sub>D<sub>a</sub></sub>(p<sub>a</sub>) &minus;
 * F<sub>D<sub>b</sub></sub>(p<sub>b</sub>) stays constant.
 *
 * <ul>
 *   <li>D = 1: F = p (any c).
 *   <li>c &gt; 0: F(p) = c<sup>(2&minus;D)/2</sup> I<sub>D&minus;1</sub>(p/&radic;c) with
 *       I<sub>m</sub>(x) = &int;<sub>0</sub><sup>x</sup>(1 + t<sup>2</sup>)<sup>&minus;m/2</sup>dt: I<sub>0</sub> = x,
 *       I<sub>1</sub> = asinh x, I<sub>2</sub> = arctan x, and for m &ge; 3 the recurrence
 *       I<sub>m</sub> = x / ((m&minus;2)(1+x<sup>2</sup>)<sup>(m&minus;2)/2</sup>) + (m&minus;3)/(m&minus;2)
 *       I<sub>m&minus;2</sub> (so F<sub>4</sub> = p/&radic;(1+p<sup>2</sup>), F<sub>5</sub> =
 *       p/(2(1+p<sup>2</sup>)) + arctan(p)/2 at c = 1).
 *   <li>c = 0 (balanced, p &gt; 0, K = p<sup>D</sup>): F = ln p for D = 2 and
 *       &minus;p<sup>2&minus;D</sup>/(D&minus;2) for D &ge; 3, i.e. the invariants K<sub>a</sub>/K<sub>b</sub>
 *       and K<sub>a</sub><sup>&minus;(D&minus;2)/D</sup> &minus; K<sub>b</sub><sup>&minus;(D&minus;2)/D</sup>.
 * </ul>
 */
public final class ReducedInvariant {
  private ReducedInvariant() {}

  /** F(p) for depth D &ge; 1 and imbalance c &ge; 0 (p &gt; 0 when c = 0 and D &ge; 2). */
  public static double f(int depth, double c, double p) {
    check(depth, c);
    if (depth == 1) {
      return p;
    }
    if (c == 0) {
      if (!(p > 0)) {
        throw new IllegalArgumentException("p must be > 0 when c = 0 and depth >= 2, got " + p);
      }
      return depth == 2 ? Math.log(p) : -Math.pow(p, 2.0 - depth) / (depth - 2);
    }
    double sc = Math.sqrt(c);
    return Math.pow(c, (2.0 - depth) / 2) * integral(depth - 1, p / sc);
  }

  /** Lower end of the range of F (&minus;&infin; unless c &gt; 0 and D &ge; 3). */
  public static double lower(int depth, double c) {
    check(depth, c);
    if (depth >= 3 && c > 0) {
      return -upper(depth, c);
    }
    return Double.NEGATIVE_INFINITY;
  }

  /** Upper end of the range of F (+&infin; for D &le; 2; 0 for c = 0 and D &ge; 3). */
  public static double upper(int depth, double c) {
    check(depth, c);
    if (depth <= 2) {
      return Double.POSITIVE_INFINITY;
    }
    if (c == 0) {
      return 0;
    }
    return Math.pow(c, (2.0 - depth) / 2) * integralToInfinity(depth - 1);
  }

  /** F<sup>&minus;1</sup>(y) for y strictly inside the range of F. */
  public static double inverse(int depth, double c, double y) {
    check(depth, c);
    double lo = lower(depth, c);
    double hi = upper(depth, c);
    if (!(y > lo && y < hi)) {
      throw new IllegalArgumentException(
          "y must be in the open range (" + lo + ", " + hi + ") of F, got " + y);
    }
    if (depth == 1) {
      return y;
    }
    if (c == 0) {
      return depth == 2 ? Math.exp(y) : Math.pow(-(depth - 2) * y, -1.0 / (depth - 2));
    }
    double sc = Math.sqrt(c);
    if (depth == 2) {
      return sc * Math.sinh(y);
    }
    if (depth == 3) {
      return sc * Math.tan(y * sc);
    }
    return rootOfIncreasing(p -> f(depth, c, p) - y);
  }

  /** Bracketing 5th-order Brent solve to near machine precision. */
  /**
   * The root of an increasing function with a sign change: brackets it by doubling [&minus;1, 1]
   * outwards, then {@link #solve}s.
   */
  static double rootOfIncreasing(UnivariateFunction g) {
    double a = -1;
    double b = 1;
    while (g.value(a) > 0) {
      a *= 2;
    }
    while (g.value(b) < 0) {
      b *= 2;
    }
    return solve(g, a, b);
  }

  static double solve(UnivariateFunction g, double a, double b) {
    double ga = g.value(a);
    double gb = g.value(b);
    if (ga == 0) {
      return a;
    }
    if (gb == 0) {
      return b;
    }
    BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-15, 1e-18, 0, 5);
    return solver.solve(10_000, g, a, b, AllowedSolution.ANY_SIDE);
  }

  /** I<sub>m</sub>(x) = &int;<sub>0</sub><sup>x</sup>(1 + t<sup>2</sup>)<sup>&minus;m/2</sup>dt. */
  static double integral(int m, double x) {
    if (m == 0) {
      return x;
    }
    if (m == 1) {
      return asinh(x);
    }
    double prev;
    int k;
    if (m % 2 == 0) {
      prev = Math.atan(x);
      k = 4;
    } else {
      prev = asinh(x);
      k = 3;
    }
    double onePlus = 1 + x * x;
    for (; k <= m; k += 2) {
      prev = x / ((k - 2) * Math.pow(onePlus, (k - 2) / 2.0)) + (k - 3.0) / (k - 2) * prev;
    }
    return prev;
  }

  /** I<sub>m</sub>(&infin;) for m &ge; 2: I<sub>2</sub> = &pi;/2, I<sub>3</sub> = 1, I<sub>m</sub> = (m&minus;3)/(m&minus;2) I<sub>m&minus;2</sub>. */
  static double integralToInfinity(int m) {
    double v = m % 2 == 0 ? Math.PI / 2 : 1;
    for (int k = m % 2 == 0 ? 4 : 5; k <= m; k += 2) {
      v *= (k - 3.0) / (k - 2);
    }
    return v;
  }

  /** asinh x = log1p(|x| + x<sup>2</sup>/(1 + &radic;(1 + x<sup>2</sup>))), odd; accurate near 0. */
  private static double asinh(double x) {
    double ax = Math.abs(x);
    return Math.copySign(Math.log1p(ax + ax * ax / (1 + Math.sqrt(1 + ax * ax))), x);
  }

  private static void check(int depth, double c) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be >= 1, got " + depth);
    }
    if (!(c >= 0) || !Double.isFinite(c)) {
      throw new IllegalArgumentException("c must be finite and >= 0, got " + c);
    }
  }
}
