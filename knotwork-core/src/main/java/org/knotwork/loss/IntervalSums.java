package org.knotwork.loss;

/**
 * For a sequence z on the sorted points, each neuron's sums over its active interval:
 * z0<sub>i</sub> = &Sigma;z and z1<sub>i</sub> = &Sigma;z&middot;xc (xc = x &minus; centre). With z = r these
 * are the active-side residual moments S<sub>i</sub> and X<sub>i</sub> &minus; m&middot;S<sub>i</sub> of
 * equation S6. Suffix sums serve right-facing neurons and prefix sums left-facing ones, so no
 * difference of two partial sums is ever taken.
 */
final class IntervalSums {
  final double[] z0;
  final double[] z1;
  final double total0;
  final double total1;

  private IntervalSums(double[] z0, double[] z1, double total0, double total1) {
    this.z0 = z0;
    this.z1 = z1;
    this.total0 = total0;
    this.total1 = total1;
  }

  static IntervalSums of(ActiveIntervals a, double[] z, SortedPoints pts) {
    int n = pts.n;
    double[] pre0 = new double[n + 1];
    double[] pre1 = new double[n + 1];
    double[] suf0 = new double[n + 1];
    double[] suf1 = new double[n + 1];
    for (int k = 0; k < n; k++) {
      pre0[k + 1] = pre0[k] + z[k];
      pre1[k + 1] = pre1[k] + z[k] * pts.xc[k];
    }
    for (int k = n - 1; k >= 0; k--) {
      suf0[k] = suf0[k + 1] + z[k];
      suf1[k] = suf1[k + 1] + z[k] * pts.xc[k];
    }
    double[] z0 = new double[a.h];
    double[] z1 = new double[a.h];
    for (int i = 0; i < a.h; i++) {
      int k = a.cut[i];
      if (a.right[i]) {
        z0[i] = suf0[k];
        z1[i] = suf1[k];
      } else {
        z0[i] = pre0[k];
        z1[i] = pre1[k];
      }
    }
    return new IntervalSums(z0, z1, pre0[n], pre1[n]);
  }
}
