package org.knotwork.reservoir.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.knotwork.reservoir.series.TimeSeries;

class TrajectoriesTest {

  @Test
  void sampleZeroIsTheStateAfterTheSpinUp() {
    Lorenz63 sys = Lorenz63.standard();
    double[] x = {1, 2, 3};
    Rk4 rk4 = new Rk4(sys);
    double[] manual = x.clone();
    for (int s = 0; s < 7; s++) {
      rk4.step(manual, 0.01);
    }
    TimeSeries ts = Trajectories.sample(sys, Integration.rk4(), x, 0.01, 7, 5, new int[] {2, 0}, null);
    assertThat(ts.length()).isEqualTo(5);
    assertThat(ts.get(0, 0)).isEqualTo(manual[2]);
    assertThat(ts.get(0, 1)).isEqualTo(manual[0]);
    rk4.step(manual, 0.01);
    assertThat(ts.get(1, 0)).isEqualTo(manual[2]);
  }

  @Test
  void adaptiveIntegrationDeliversEveryGridPoint() {
    TimeSeries ts = Trajectories.sample(Lorenz63.standard(), Integration.adaptive(1e-10),
        new double[] {1, 1, 1}, 0.005, 3, 400, new int[] {0, 1, 2}, null);
    assertThat(ts.length()).isEqualTo(400);
    TimeSeries rk = Trajectories.sample(Lorenz63.standard(), Integration.rk4(),
        new double[] {1, 1, 1}, 0.005, 3, 400, new int[] {0, 1, 2}, null);
    for (int t = 0; t < 400; t += 37) {
      assertThat(Math.abs(ts.get(t, 1) - rk.get(t, 1))).isLessThan(2e-4);
    }
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> Trajectories.sample(Lorenz63.standard(), Integration.rk4(),
        new double[] {1, 1}, 0.01, 0, 5, new int[] {0}, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x0");
    assertThatThrownBy(() -> Trajectories.sample(Lorenz63.standard(), Integration.rk4(),
        new double[] {1, 1, 1}, 0.01, 0, 5, new int[] {3}, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("observed");
    assertThatThrownBy(() -> Integration.adaptive(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Tolerance");
  }
}
