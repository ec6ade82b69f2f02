package org.knotwork.pathways.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SaxeSigmoidTest {

  @Test
  void halfLearningTimesOfTheNotes() {
    double u0 = 1e-3;
    assertThat(SaxeSigmoid.halfTime(Math.sqrt(15), u0)).isCloseTo(1.0666, within(1e-4));
    assertThat(SaxeSigmoid.halfTime(Math.sqrt(7), u0)).isCloseTo(1.4892, within(1e-4));
    assertThat(SaxeSigmoid.halfTime(Math.sqrt(3), u0)).isCloseTo(2.1525, within(1e-4));
    assertThat(SaxeSigmoid.halfTime(1, u0)).isCloseTo(3.4534, within(1e-4));
  }

  @Test
  void solvesTheLogisticEquation() {
    // independent: classical RK4 on du/dt = 2u(s-u) with a fine step
    double s = 2.3;
    double u = 0.01;
    double dt = 1e-4;
    for (int i = 1; i <= 30_000; i++) {
      double k1 = 2 * u * (s - u);
      double k2 = 2 * (u + dt / 2 * k1) * (s - u - dt / 2 * k1);
      double k3 = 2 * (u + dt / 2 * k2) * (s - u - dt / 2 * k2);
      double k4 = 2 * (u + dt * k3) * (s - u - dt * k3);
      u += dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
      if (i % 5000 == 0) {
        assertThat(SaxeSigmoid.u(s, 0.01, i * dt)).isCloseTo(u, within(1e-10));
      }
    }
  }

  @Test
  void timeInvertsTheCurve() {
    double s = 1.7;
    double u0 = 0.004;
    for (double t : new double[] {0.1, 1, 2.5, 4}) {
      assertThat(SaxeSigmoid.time(s, u0, SaxeSigmoid.u(s, u0, t))).isCloseTo(t, within(1e-9));
    }
    assertThat(SaxeSigmoid.u(s, u0, SaxeSigmoid.halfTime(s, u0))).isCloseTo(s / 2, within(1e-12));
  }

  @Test
  void rejectsOutOfRangeStarts() {
    assertThatThrownBy(() -> SaxeSigmoid.u(1, 1.5, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u0");
    assertThatThrownBy(() -> SaxeSigmoid.u(-1, 0.1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s must");
  }
}
