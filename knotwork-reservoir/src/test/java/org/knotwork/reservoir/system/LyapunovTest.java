package org.knotwork.reservoir.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.reservoir.experiment.Lorenz96Data;

/** Notes check 5. */
class LyapunovTest {

  @Test
  void lorenz63LargestExponentIsAboutPointNineOne() {
    Lorenz63 sys = Lorenz63.standard();
    double[] x0 = Trajectories.advance(sys, Integration.rk4(), new double[] {1, 1, 1}, 0.01, 2000);
    Lyapunov.Estimate e = Lyapunov.benettin(sys, x0, 0.01, 1000, 100_000, 10, 1e-8, 10,
        Rng.of(1, "lyap"));
    assertThat(e.exponent()).isBetween(0.906 * 0.95, 0.906 * 1.05);
    assertThat(e.standardError()).isLessThan(0.05);
    assertThat(e.time()).isEqualTo(1000.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(e.lyapunovTime()).isBetween(1.0, 1.2);
  }

  @Test
  void threeTierLorenz96ExponentIsSetByTheFastTier() {
    Lorenz96Data data = Lorenz96Data.standard(3, 2);
    double[] x0 = Trajectories.advance(data.system(), Integration.rk4(), data.initialState(), 0.005,
        20_000);
    Lyapunov.Estimate e = Lyapunov.benettin(data.system(), x0, 0.005, 400, 8_000, 10, 1e-8, 8,
        Rng.of(2, "lyap"));
    // (C): about 18 per time unit over 40 time units, +-20 %
    assertThat(e.exponent()).isBetween(18 * 0.8, 18 * 1.2);
  }

  @Test
  void contractingLinearSystemHasItsExactExponent() {
    OdeSystem decay = new OdeSystem() {
      @Override
      public int dimension() {
        return 2;
      }

      @Override
      public void derivative(double[] x, double[] dx) {
        dx[0] = -0.5 * x[0];
        dx[1] = -2.0 * x[1];
      }

      @Override
      public String describe() {
        return "decay";
      }
    };
    Lyapunov.Estimate e = Lyapunov.benettin(decay, new double[] {1, 1}, 0.01, 0, 20_000, 10, 1e-8,
        4, Rng.of(3, "lyap"));
    // the random start direction still has a fast-decaying part; it costs log(cos angle) / 200
    assertThat(e.exponent()).isBetween(-0.505, -0.4999);
    Lyapunov.Estimate late = Lyapunov.benettin(decay, new double[] {1, 1}, 0.01, 0, 20_000, 10,
        1e-8, 4, Rng.of(3, "lyap"));
    assertThat(late.exponent()).isEqualTo(e.exponent()); // same seed, same bytes
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> Lyapunov.benettin(Lorenz63.standard(), new double[] {1, 1, 1}, 0.01,
        0, 5, 10, 1e-8, 1, Rng.of(1, "x"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("renormEvery");
  }
}
