package org.knotwork.net;

import java.util.Arrays;

/**
 * The canonical ("base plus right-hinges") form of a network's function (S4):
 * f(x) = a + m<sub>L</sub>x + &Sigma;<sub>k</sub> &Delta;m<sub>k</sub>&middot;relu(x &minus; t<sub>k</sub>),
 * with distinct knots t<sub>1</sub> &lt; &hellip; &lt; t<sub>K</sub> and non-zero slope jumps
 * &Delta;m<sub>k</sub>. Neurons with equal &beta; are merged (their &mu; added) and zero jumps dropped,
 * so two networks compute the same function iff their canonical forms agree.
 *
 * @param intercept a = c + &Sigma;<sub>s<sub>i</sub>=&minus;1</sub> &mu;<sub>i</sub>&beta;<sub>i</sub>
 * @param leftSlope m<sub>L</sub> = &minus;&Sigma;<sub>s<sub>i</sub>=&minus;1</sub> &mu;<sub>i</sub>, the
 *     slope at &minus;&infin;
 * @param knots distinct knots t<sub>k</sub>, ascending
 * @param jumps slope jumps &Delta;m<sub>k</sub>, non-zero
 */
public record CanonicalSpline(double intercept, double leftSlope, double[] knots, double[] jumps) {

  /** Copies the arrays. */
  public CanonicalSpline {
    knots = knots.clone();
    jumps = jumps.clone();
  }

  @Override
  public double[] knots() {
    return knots.clone();
  }

  @Override
  public double[] jumps() {
    return jumps.clone();
  }

  /** Number of distinct knots K. */
  public int knotCount() {
    return knots.length;
  }

  /** Slope at +&infin;: m<sub>L</sub> + &Sigma;&Delta;m<sub>k</sub>. */
  public double rightSlope() {
    double m = leftSlope;
    for (double d : jumps) {
      m += d;
    }
    return m;
  }

  /** f(x) from the canonical form. */
  public double value(double x) {
    double f = intercept + leftSlope * x;
    for (int k = 0; k < knots.length && knots[k] < x; k++) {
      f += jumps[k] * (x - knots[k]);
    }
    return f;
  }

  /** Builds the canonical form of {@code p} (S4). */
  static CanonicalSpline of(SplineParams p) {
    int h = p.width();
    Integer[] idx = new Integer[h];
    int m = 0;
    double a = p.c();
    double mL = 0.0;
    for (int i = 0; i < h; i++) {
      int s = p.orientation(i);
      if (s == 0) {
        continue;
      }
      if (s < 0) {
        a += p.mu(i) * p.beta(i);
        mL -= p.mu(i);
      }
      idx[m++] = i;
    }
    Integer[] order = Arrays.copyOf(idx, m);
    Arrays.sort(order, (i, j) -> Double.compare(p.beta(i), p.beta(j)));
    double[] t = new double[m];
    double[] d = new double[m];
    int k = 0;
    for (int r = 0; r < m; ) {
      double knot = p.beta(order[r]);
      double jump = 0.0;
      while (r < m && p.beta(order[r]) == knot) {
        jump += p.mu(order[r]);
        r++;
      }
      if (jump != 0.0) {
        t[k] = knot;
        d[k] = jump;
        k++;
      }
    }
    return new CanonicalSpline(a, mL, Arrays.copyOf(t, k), Arrays.copyOf(d, k));
  }
}
