package org.knotwork.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.common.random.Rng;

class InterpolantTest {

  /** Natural cubic spline by the textbook tridiagonal system for the knot second derivatives. */
  static double referenceNaturalSpline(double[] x, double[] y, double t) {
    int n = x.length;
    double[] m = new double[n]; // second derivatives, m[0] = m[n-1] = 0
    double[] a = new double[n];
    double[] b = new double[n];
    double[] c = new double[n];
    double[] r = new double[n];
    for (int i = 1; i < n - 1; i++) {
      double h0 = x[i] - x[i - 1];
      double h1 = x[i + 1] - x[i];
      a[i] = h0 / 6;
      b[i] = (h0 + h1) / 3;
      c[i] = h1 / 6;
      r[i] = (y[i + 1] - y[i]) / h1 - (y[i] - y[i - 1]) / h0;
    }
    for (int i = 2; i < n - 1; i++) { // Thomas algorithm
      double f = a[i] / b[i - 1];
      b[i] -= f * c[i - 1];
      r[i] -= f * r[i - 1];
    }
    for (int i = n - 2; i >= 1; i--) {
      m[i] = (r[i] - (i + 1 < n - 1 ? c[i] * m[i + 1] : 0)) / b[i];
    }
    int k = 0;
    while (k < n - 2 && t > x[k + 1]) {
      k++;
    }
    double h = x[k + 1] - x[k];
    double u = x[k + 1] - t;
    double v = t - x[k];
    return m[k] * u * u * u / (6 * h) + m[k + 1] * v * v * v / (6 * h)
        + (y[k] / h - m[k] * h / 6) * u + (y[k + 1] / h - m[k + 1] * h / 6) * v;
  }

  @Test
  void naturalCubicSplineMatchesTheTridiagonalReference() {
    Rng rng = Rng.of(2, "spline");
    double[] x = new double[12];
    double[] y = new double[12];
    double acc = -1;
    for (int i = 0; i < x.length; i++) {
      acc += 0.05 + rng.uniform() * 0.3;
      x[i] = acc;
      y[i] = rng.gaussian();
    }
    Interpolant s = Interpolant.naturalCubicSpline(new Dataset(x, y));
    for (int k = 0; k <= 500; k++) {
      double t = x[0] + (x[11] - x[0]) * k / 500;
      assertThat(s.applyAsDouble(t)).isCloseTo(referenceNaturalSpline(x, y, t), within(1e-12));
    }
    for (int i = 0; i < x.length; i++) {
      assertThat(s.applyAsDouble(x[i])).isCloseTo(y[i], within(1e-13));
    }
    // outside the hull: affine continuation with the end slope (f'' = 0 at the ends)
    double h = 1e-6;
    double slope = (s.applyAsDouble(x[11]) - s.applyAsDouble(x[11] - h)) / h;
    assertThat(s.applyAsDouble(x[11] + 1)).isCloseTo(y[11] + slope, within(1e-5));
  }

  @Test
  void theNotesEightPointSet() {
    Dataset d = Dataset.wiggly8();
    // spline-lens.md §6: minimal Σ|Δslope| of the linear interpolant = 34.65,
    // ||natCS - lin||_inf = 0.3203 on the hull
    assertThat(Interpolant.linearTotalVariation(d)).isCloseTo(34.65, within(0.005));
    Interpolant cs = Interpolant.naturalCubicSpline(d);
    Interpolant lin = Interpolant.linear(d);
    double sup = 0;
    for (int k = 0; k <= 20000; k++) {
      double t = -1 + 2.0 * k / 20000;
      sup = Math.max(sup, Math.abs(cs.applyAsDouble(t) - lin.applyAsDouble(t)));
    }
    assertThat(sup).isCloseTo(0.3203, within(0.00005));
  }

  @Test
  void linearInterpolantAndDuplicates() {
    Dataset d = new Dataset(new double[] {0, 1, 1, 3}, new double[] {0, 2, 4, 3});
    Interpolant lin = Interpolant.linear(d);
    assertThat(lin.knots()).containsExactly(0, 1, 3);
    assertThat(lin.applyAsDouble(0.5)).isCloseTo(1.5, within(1e-15)); // y(1) = mean(2, 4) = 3
    assertThat(lin.applyAsDouble(2)).isCloseTo(3.0, within(1e-15));
    assertThat(lin.applyAsDouble(-1)).isCloseTo(-3.0, within(1e-15));
    assertThat(lin.applyAsDouble(5)).isCloseTo(3.0, within(1e-15));
    // slopes 3 then 0: one interior jump of 3
    assertThat(Interpolant.linearTotalVariation(d)).isCloseTo(3.0, within(1e-15));
  }
}
