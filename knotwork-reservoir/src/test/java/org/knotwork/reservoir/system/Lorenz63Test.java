package org.knotwork.reservoir.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.reservoir.series.Scaler;
import org.knotwork.reservoir.series.Scaling;
import org.knotwork.reservoir.series.TimeSeries;

/** Notes checks 1 and 2. */
class Lorenz63Test {

  @Test
  void rightHandSideAtOneOneOne() {
    double[] d = new double[3];
    Lorenz63.standard().derivative(new double[] {1, 1, 1}, d);
    assertThat(d[0]).isEqualTo(0.0);
    assertThat(d[1]).isEqualTo(26.0);
    assertThat(d[2]).isCloseTo(-5.0 / 3.0, within(1e-15));
  }

  @Test
  void rk4AndAdaptiveAgreeOnShortSegmentsOnly() {
    Lorenz63 sys = Lorenz63.standard();
    double[] x0 = {1, 1, 1};
    TimeSeries rk = Trajectories.sample(sys, Integration.rk4(), x0, 0.005, 0, 1001,
        new int[] {0, 1, 2}, null);
    TimeSeries dp = Trajectories.sample(sys, Integration.adaptive(1e-12), x0, 0.005, 0, 1001,
        new int[] {0, 1, 2}, null);
    // RK4's global error at dt = 0.005 is a few 1e-6 after one time unit, 1e-5 along the way
    assertThat(diffAt(rk, dp, 200)).isLessThan(2e-5);
    assertThat(maxDiff(rk, dp, 200)).isLessThan(1e-4);
    // exponential divergence: the gap grows with time (never compare long trajectories)
    assertThat(diffAt(rk, dp, 1000)).isGreaterThan(diffAt(rk, dp, 200));
    assertThat(diffAt(rk, dp, 1000)).isLessThan(1e-2);
  }

  @Test
  void rk4IsFourthOrderAgainstATightAdaptiveReference() {
    Lorenz63 sys = Lorenz63.standard();
    double[] x0 = {1, 1, 1};
    double[] ref = Trajectories.advance(sys, Integration.adaptive(1e-13), x0, 0.01, 100);
    double[] coarse = Trajectories.advance(sys, Integration.rk4(), x0, 0.005, 200);
    double[] fine = Trajectories.advance(sys, Integration.rk4(), x0, 0.0025, 400);
    double eC = dist(coarse, ref);
    double eF = dist(fine, ref);
    assertThat(eC / eF).isBetween(12.0, 20.0); // 2^4 = 16
  }

  @Test
  void statisticsAndNormalisationOfTheAuthorsSeries() {
    TimeSeries raw = Trajectories.sample(Lorenz63.standard(), Integration.rk4(),
        new double[] {1, 1, 1}, 0.005, 0, 250_001, new int[] {0, 1, 2}, null);
    Scaler sc = Scaler.fit(raw, Scaling.STD_PER_COMPONENT, 0, raw.length());
    double[] std = sc.scale();
    // (C): (7.91, 9.00, 8.61); a different integrator changes the trajectory, not the statistics
    assertThat(std[0]).isCloseTo(7.91, within(0.25));
    assertThat(std[1]).isCloseTo(9.00, within(0.25));
    assertThat(std[2]).isCloseTo(8.61, within(0.25));
    assertThat(sc.shift()).containsExactly(0.0, 0.0, 0.0);
    TimeSeries scaled = sc.apply(raw);
    double meanZ = 0;
    double meanRawZ = 0;
    for (int t = 0; t < raw.length(); t++) {
      meanZ += scaled.get(t, 2);
      meanRawZ += raw.get(t, 2);
    }
    meanZ /= raw.length();
    meanRawZ /= raw.length();
    assertThat(meanRawZ).isCloseTo(23.57, within(0.3));
    assertThat(meanZ).isCloseTo(2.74, within(0.1)); // the mean is not removed
    assertThat(meanZ).isCloseTo(meanRawZ / std[2], within(1e-9));
  }

  @Test
  void rejectsNonFiniteParameters() {
    assertThatThrownBy(() -> new Lorenz63(Double.NaN, 28, 8.0 / 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sigma");
  }

  private static double maxDiff(TimeSeries a, TimeSeries b, int upTo) {
    double m = 0;
    for (int t = 0; t <= upTo; t++) {
      for (int k = 0; k < 3; k++) {
        m = Math.max(m, Math.abs(a.get(t, k) - b.get(t, k)));
      }
    }
    return m;
  }

  private static double diffAt(TimeSeries a, TimeSeries b, int t) {
    double m = 0;
    for (int k = 0; k < 3; k++) {
      m = Math.max(m, Math.abs(a.get(t, k) - b.get(t, k)));
    }
    return m;
  }

  private static double dist(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(s);
  }
}
