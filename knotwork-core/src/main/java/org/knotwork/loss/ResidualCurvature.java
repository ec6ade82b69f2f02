package org.knotwork.loss;

/**
 * The residual term w&middot;&Sigma;<sub>n</sub>r<sub>n</sub>&nabla;<sup>2</sup>f(x<sub>n</sub>) of the
 * Hessian. The second derivatives of f vanish away from knots except in a few off-diagonal entries per
 * neuron (S17, S18):
 * <ul>
 *   <li>network coordinates: (v<sub>i</sub>, w<sub>i</sub>) = X<sub>i</sub> and (v<sub>i</sub>,
 *       b<sub>i</sub>) = S<sub>i</sub>;</li>
 *   <li>spline coordinates: (&beta;<sub>i</sub>, &mu;<sub>i</sub>) = &minus;s<sub>i</sub>S<sub>i</sub>.</li>
 * </ul>
 * Each is stored once as term t of neuron i with its row, column and value.
 */
final class ResidualCurvature {
  private final ActiveIntervals a;
  private final double[][] values;

  ResidualCurvature(ActiveIntervals a, IntervalSums s, double center, double weight) {
    this.a = a;
    int h = a.h;
    if (a.network) {
      values = new double[2][h];
      for (int i = 0; i < h; i++) {
        values[0][i] = weight * (s.z1[i] + center * s.z0[i]);
        values[1][i] = weight * s.z0[i];
      }
    } else {
      values = new double[1][h];
      for (int i = 0; i < h; i++) {
        values[0][i] = -weight * a.orientation[i] * s.z0[i];
      }
    }
  }

  /** Number of off-diagonal terms per neuron: 2 (network) or 1 (spline). */
  int count() {
    return values.length;
  }

  /** Row of term t of neuron i: v<sub>i</sub> (network) or &beta;<sub>i</sub> (spline). */
  int row(int t, int i) {
    return a.network ? 2 * a.h + i : i;
  }

  /** Column of term t: w<sub>i</sub> or b<sub>i</sub> (network), &mu;<sub>i</sub> (spline). */
  int col(int t, int i) {
    return a.network ? t * a.h + i : a.h + i;
  }

  double value(int t, int i) {
    return values[t][i];
  }
}
