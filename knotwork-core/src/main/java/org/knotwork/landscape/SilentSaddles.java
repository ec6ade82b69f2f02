package org.knotwork.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knotwork.data.Dataset;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * The strict saddles created by silent neurons (notes &sect;3, E6): given a point, every knot position
 * and orientation at which a neuron with zero delta-slope would sit at a critical point with
 * S &ne; 0, and the network with such a neuron inserted.
 *
 * <p>With the residuals fixed, D(&beta;) is continuous and piecewise linear in &beta;: in the gap
 * between sorted distinct inputs x<sub>g</sub> &lt; x<sub>g+1</sub> the active set is fixed, S(&beta;) =
 * S<sub>g</sub> is constant and D(&beta;) = s(X<sub>g</sub> &minus; &beta;S<sub>g</sub>), so each gap has at
 * most one root &beta;* = X<sub>g</sub>/S<sub>g</sub>. Cost O(N log N).
 */
public final class SilentSaddles {
  private SilentSaddles() {}

  /**
   * The roots of D with non-zero S for both orientations, at the residuals of {@code p}.
   *
   * @param moment S counts as non-zero when |S| &gt; moment &middot; &Sigma;|r|
   * @param margin roots closer than margin&middot;(x<sub>max</sub> &minus; x<sub>min</sub>) to a data
   *     point are skipped (the loss is not differentiable there)
   */
  public static List<SilentSaddle> find(SweepLoss loss, SplineParams p, double moment,
      double margin) {
    if (!(moment > 0 && moment < 1)) {
      throw new IllegalArgumentException("moment must be in (0, 1), got " + moment);
    }
    if (!(margin >= 0 && margin < 0.5)) {
      throw new IllegalArgumentException("margin must be in [0, 0.5), got " + margin);
    }
    Dataset data = loss.data();
    double[] r = loss.residuals(p);
    int n = data.size();
    Integer[] idx = new Integer[n];
    for (int k = 0; k < n; k++) {
      idx[k] = k;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(data.x(a), data.x(b)));
    double[] xs = new double[n];
    double[] rs = new double[n];
    double mass = 0;
    for (int k = 0; k < n; k++) {
      xs[k] = data.x(idx[k]);
      rs[k] = r[idx[k]];
      mass += Math.abs(rs[k]);
    }
    double range = xs[n - 1] - xs[0];
    double gapMargin = margin * range;
    double sTol = moment * mass;
    double w = loss.normalization().weight(n);
    List<SilentSaddle> out = new ArrayList<>();
    // right-facing (s = +1): active set x > beta, i.e. the suffix after gap g
    double[] sufS = new double[n + 1];
    double[] sufX = new double[n + 1];
    for (int k = n - 1; k >= 0; k--) {
      sufS[k] = sufS[k + 1] + rs[k];
      sufX[k] = sufX[k + 1] + rs[k] * xs[k];
    }
    double[] preS = new double[n + 1];
    double[] preX = new double[n + 1];
    for (int k = 0; k < n; k++) {
      preS[k + 1] = preS[k] + rs[k];
      preX[k + 1] = preX[k] + rs[k] * xs[k];
    }
    // gap g lies between xs[g-1] and xs[g] (g = 0: left of all data; g = n: right of all data)
    for (int g = 0; g <= n; g++) {
      double lo = g == 0 ? Double.NEGATIVE_INFINITY : xs[g - 1];
      double hi = g == n ? Double.POSITIVE_INFINITY : xs[g];
      if (!(hi > lo)) {
        continue;
      }
      addRoot(out, +1, sufS[g], sufX[g], lo, hi, gapMargin, sTol, xs, w);
      addRoot(out, -1, preS[g], preX[g], lo, hi, gapMargin, sTol, xs, w);
    }
    out.sort((a, b) -> Double.compare(a.beta(), b.beta()));
    return out;
  }

  private static void addRoot(List<SilentSaddle> out, int s, double sg, double xg, double lo,
      double hi, double margin, double sTol, double[] xs, double w) {
    if (!(Math.abs(sg) > sTol)) {
      return;
    }
    double beta = xg / sg;
    if (!(beta > lo + margin && beta < hi - margin)) {
      return;
    }
    double ramp = 0;
    for (double x : xs) {
      double z = s * (x - beta);
      if (z > 0) {
        ramp += z * z;
      }
    }
    double a = w * ramp;
    double b = w * sg;
    out.add(new SilentSaddle(s, beta, sg, ramp, 0.5 * (a - Math.hypot(a, 2 * b))));
  }

  /** {@code p} with one more neuron (&beta;*, &mu; = 0, s) appended as neuron H. */
  public static SplineParams insert(SplineParams p, SilentSaddle saddle) {
    int h = p.width();
    double[] beta = Arrays.copyOf(p.beta(), h + 1);
    double[] mu = Arrays.copyOf(p.mu(), h + 1);
    int[] s = Arrays.copyOf(p.orientation(), h + 1);
    beta[h] = saddle.beta();
    mu[h] = 0.0;
    s[h] = saddle.orientation();
    return new SplineParams(beta, mu, s, p.c());
  }

  /**
   * {@code p} with one more neuron appended as neuron H: w = s&middot;absW, b = &minus;w&beta;*, v = 0.
   *
   * @param absW the new neuron's |w| &gt; 0 (its rescaling representative)
   */
  public static NetworkParams insert(NetworkParams p, SilentSaddle saddle, double absW) {
    if (!(absW > 0) || !Double.isFinite(absW)) {
      throw new IllegalArgumentException("absW must be positive and finite, got " + absW);
    }
    int h = p.width();
    double[] w = Arrays.copyOf(p.w(), h + 1);
    double[] b = Arrays.copyOf(p.b(), h + 1);
    double[] v = Arrays.copyOf(p.v(), h + 1);
    w[h] = saddle.orientation() * absW;
    b[h] = -w[h] * saddle.beta();
    v[h] = 0.0;
    return new NetworkParams(w, b, v, p.c());
  }
}
