package org.knotwork.multivariate.deep;

import java.util.Arrays;
import org.knotwork.common.io.InputException;

/**
 * A continuous piecewise-linear function of one variable in knot form (docs/multivariate-deep.md
 * §4): f(x) = f(a) + s<sub>&minus;</sub>(x &minus; a) + &Sigma;<sub>k</sub>
 * &delta;<sub>k</sub>(relu(x &minus; t<sub>k</sub>) &minus; relu(a &minus; t<sub>k</sub>)), with
 * sorted knots t<sub>k</sub>, delta-slopes &delta;<sub>k</sub> (the slope jump at t<sub>k</sub>,
 * possibly 0 for a structural knot that carries no slope), the slope s<sub>&minus;</sub> at
 * &minus;&infin; and the value f(a) at an anchor a.
 *
 * @param knots knots, strictly increasing
 * @param deltaSlopes slope jumps, one per knot
 * @param leftSlope slope left of every knot (at &minus;&infin;)
 * @param anchor the point a where the value is pinned
 * @param anchorValue f(a)
 */
public record KnotSpline(double[] knots, double[] deltaSlopes, double leftSlope, double anchor,
    double anchorValue) {

  /** Validates (finite, strictly increasing knots, one delta-slope each) and copies. */
  public KnotSpline {
    knots = knots.clone();
    deltaSlopes = deltaSlopes.clone();
    if (deltaSlopes.length != knots.length) {
      throw new InputException("deltaSlopes has " + deltaSlopes.length + " entries, expected "
          + knots.length + " (one per knot)");
    }
    for (int k = 0; k < knots.length; k++) {
      if (!Double.isFinite(knots[k]) || !Double.isFinite(deltaSlopes[k])) {
        throw new InputException("knot " + k + " must be finite, got t = " + knots[k]
            + ", delta = " + deltaSlopes[k]);
      }
      if (k > 0 && !(knots[k] > knots[k - 1])) {
        throw new InputException("knots must be strictly increasing, knots[" + k + "] = "
            + knots[k] + " after " + knots[k - 1]);
      }
    }
    if (!Double.isFinite(leftSlope) || !Double.isFinite(anchor) || !Double.isFinite(anchorValue)) {
      throw new InputException("leftSlope, anchor and anchorValue must be finite");
    }
  }

  @Override
  public double[] knots() {
    return knots.clone();
  }

  @Override
  public double[] deltaSlopes() {
    return deltaSlopes.clone();
  }

  /** Number of knots. */
  public int size() {
    return knots.length;
  }

  /**
   * The slope right of every knot (at +&infin;): s<sub>&minus;</sub> + &Sigma;&delta;<sub>k</sub>.
   */
  public double rightSlope() {
    double s = leftSlope;
    for (double dk : deltaSlopes) {
      s += dk;
    }
    return s;
  }

  /** f(x). */
  public double value(double x) {
    double f = anchorValue + leftSlope * (x - anchor);
    for (int k = 0; k < knots.length; k++) {
      f += deltaSlopes[k] * (Math.max(0.0, x - knots[k]) - Math.max(0.0, anchor - knots[k]));
    }
    return f;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KnotSpline s
        && Arrays.equals(knots, s.knots)
        && Arrays.equals(deltaSlopes, s.deltaSlopes)
        && Double.compare(leftSlope, s.leftSlope) == 0
        && Double.compare(anchor, s.anchor) == 0
        && Double.compare(anchorValue, s.anchorValue) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new double[] {Arrays.hashCode(knots), Arrays.hashCode(deltaSlopes),
        leftSlope, anchor, anchorValue});
  }

  @Override
  public String toString() {
    return "KnotSpline[knots=" + Arrays.toString(knots) + ", deltaSlopes="
        + Arrays.toString(deltaSlopes) + ", leftSlope=" + leftSlope + ", anchor=" + anchor
        + ", anchorValue=" + anchorValue + "]";
  }
}
