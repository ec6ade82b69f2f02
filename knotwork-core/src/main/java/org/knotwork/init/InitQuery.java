package org.knotwork.init;

import java.util.ArrayList;
import java.util.List;

/**
 * What to evaluate, analytically or by Monte Carlo: probe points x for Var f<sub>0</sub>(x) and Var
 * f<sub>0</sub>&prime;(x), windows for knot counts and roughness, and histogram bins for the knot and
 * delta-slope laws. All intervals are closed.
 *
 * @param points probe points (finite)
 * @param windows windows [a, b] for the expected number of knots and E[&Sigma;&mu;<sup>2</sup>1(&beta;
 *     &isin; [a, b])]
 * @param knotBins bins for P(&beta; &isin; bin)
 * @param slopeBins bins for P(&mu; &isin; bin)
 */
public record InitQuery(List<Double> points, List<Interval> windows, List<Interval> knotBins,
    List<Interval> slopeBins) {

  /** Validates and copies. */
  public InitQuery {
    if (points == null || windows == null || knotBins == null || slopeBins == null) {
      throw new IllegalArgumentException("points, windows, knotBins and slopeBins are required");
    }
    points = List.copyOf(points);
    for (int i = 0; i < points.size(); i++) {
      if (!Double.isFinite(points.get(i))) {
        throw new IllegalArgumentException(
            "points[" + i + "] must be finite, got " + points.get(i));
      }
    }
    windows = List.copyOf(windows);
    knotBins = List.copyOf(knotBins);
    slopeBins = List.copyOf(slopeBins);
  }

  /** Adjacent closed bins [e<sub>k</sub>, e<sub>k+1</sub>] of strictly increasing edges. */
  public static List<Interval> bins(double... edges) {
    if (edges.length < 2) {
      throw new IllegalArgumentException("bins need at least 2 edges, got " + edges.length);
    }
    List<Interval> out = new ArrayList<>();
    for (int k = 0; k + 1 < edges.length; k++) {
      if (!(edges[k + 1] > edges[k])) {
        throw new IllegalArgumentException("bin edges must increase strictly, got "
            + edges[k] + " then " + edges[k + 1]);
      }
      out.add(new Interval(edges[k], edges[k + 1]));
    }
    return out;
  }

  /** n equal closed bins covering [lo, hi]. */
  public static List<Interval> equalBins(double lo, double hi, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("number of bins must be >= 1, got " + n);
    }
    double[] e = new double[n + 1];
    for (int k = 0; k <= n; k++) {
      e[k] = k == n ? hi : lo + (hi - lo) * k / n;
    }
    return bins(e);
  }
}
