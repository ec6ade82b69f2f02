package org.knotwork.loss;

/**
 * For a sequence z on the sorted points, each neuron's sums over its active interval:
 * z0<sub>i</sub> = &Sigma;z and z1<sub>i</sub> = &Sigma;z&middot;xc (xc = x &minus; centre). With z = r these
 * are the active-side residual moments S<sub>i</sub> and X<sub>i</sub> &minus; m&middot;S<sub>i</sub> of
 * equation S6. Suffix sums serve right-facing neurons and prefix sums left-facing ones, so no
 * difference of two partial sums is ever taken.
 *
 * <p>The buffers are reusable: {@link #compute} overwrites every value it produces. The two moments at
 * one cut are stored side by side, so each neuron's look-up touches one cache line.
 */
final class IntervalSums {
  final double[] z0;
  final double[] z1;
  double total0;
  double total1;
  /** prefix[2k] = &Sigma;<sub>j&lt;k</sub>z<sub>j</sub>, prefix[2k+1] = &Sigma;<sub>j&lt;k</sub>z<sub>j</sub>xc<sub>j</sub>. */
  private final double[] prefix;
  /** suffix[2k] = &Sigma;<sub>j&ge;k</sub>z<sub>j</sub>, suffix[2k+1] = &Sigma;<sub>j&ge;k</sub>z<sub>j</sub>xc<sub>j</sub>. */
  private final double[] suffix;

  IntervalSums(int n, int h) {
    z0 = new double[h];
    z1 = new double[h];
    prefix = new double[2 * (n + 1)];
    suffix = new double[2 * (n + 1)];
  }

  static IntervalSums of(ActiveIntervals a, double[] z, SortedPoints pts) {
    IntervalSums s = new IntervalSums(pts.n, a.h);
    s.compute(a, z, pts);
    return s;
  }

  /** Fills every field for the sequence {@code z} (sorted order) and the intervals of {@code a}. */
  void compute(ActiveIntervals a, double[] z, SortedPoints pts) {
    int n = pts.n;
    double[] xc = pts.xc;
    double s0 = 0;
    double s1 = 0;
    for (int k = 0; k < n; k++) {
      s0 += z[k];
      s1 += z[k] * xc[k];
      prefix[2 * k + 2] = s0;
      prefix[2 * k + 3] = s1;
    }
    total0 = s0;
    total1 = s1;
    s0 = 0;
    s1 = 0;
    for (int k = n - 1; k >= 0; k--) {
      s0 += z[k];
      s1 += z[k] * xc[k];
      suffix[2 * k] = s0;
      suffix[2 * k + 1] = s1;
    }
    for (int i = 0; i < a.h; i++) {
      double[] sums = a.right[i] ? suffix : prefix;
      int k = 2 * a.cut[i];
      z0[i] = sums[k];
      z1[i] = sums[k + 1];
    }
  }
}
