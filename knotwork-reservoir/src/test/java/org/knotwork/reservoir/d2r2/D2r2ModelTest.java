package org.knotwork.reservoir.d2r2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.reservoir.experiment.Lorenz96Data;
import org.knotwork.reservoir.precision.Arithmetic;
import org.knotwork.reservoir.precision.IeeeFormat;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.precision.PrecisionScope;
import org.knotwork.reservoir.precision.TruncatedFormat;
import org.knotwork.reservoir.scoring.ScoringHarness;
import org.knotwork.reservoir.scoring.TestWindows;
import org.knotwork.reservoir.series.Scaler;
import org.knotwork.reservoir.series.Scaling;
import org.knotwork.reservoir.series.TimeSeries;
import org.knotwork.reservoir.system.Lorenz63;

class D2r2ModelTest {

  /** Forward-Euler L63: x_{t+1} = x_t + dt f(x_t), an exact quadratic map. */
  static TimeSeries eulerLorenz63(int n, double dt) {
    Lorenz63 sys = Lorenz63.standard();
    double[][] rows = new double[n][];
    double[] x = {1, 1, 1};
    double[] d = new double[3];
    for (int t = 0; t < n; t++) {
      rows[t] = x.clone();
      sys.derivative(x, d);
      for (int k = 0; k < 3; k++) {
        x[k] += dt * d[k];
      }
    }
    return TimeSeries.ofRows(rows, dt, List.of("x", "y", "z"));
  }

  /** Notes check 12. */
  @Test
  void quadraticD2r2RecoversTheEulerMapExactly() {
    double dt = 0.005;
    TimeSeries euler = eulerLorenz63(20_000, dt);
    D2r2Model m = D2r2Model.train(euler, 2000, 20_000, 2, 0.0, false);
    PolynomialFeatures f = m.features();
    double sigma = 10;
    double rho = 28;
    double beta = 8.0 / 3.0;
    double[][] expected = new double[3][f.size()];
    // order: 1, x, y, z, x^2, xy, xz, y^2, yz, z^2
    expected[0][1] = 1 - dt * sigma; // 0.95
    expected[0][2] = dt * sigma; // 0.05
    expected[1][1] = dt * rho;
    expected[1][2] = 1 - dt;
    expected[1][6] = -dt; // -x z
    expected[2][3] = 1 - dt * beta;
    expected[2][5] = dt; // x y
    for (int k = 0; k < 3; k++) {
      for (int j = 0; j < f.size(); j++) {
        assertThat(Math.abs(m.coefficient(k, j) - expected[k][j])).as("%d %s", k, f.name(j))
            .isLessThan(1e-10);
      }
    }
    assertThat(m.coefficient(0, 1)).isCloseTo(0.95, org.assertj.core.api.Assertions.within(1e-10));
  }

  /** An exact model scored through the harness has error ~0 at every step: no lag anywhere. */
  @Test
  void exactModelScoresZeroThroughTheHarness() {
    TimeSeries euler = eulerLorenz63(12_000, 0.005);
    D2r2Model m = D2r2Model.train(euler, 0, 10_000, 2, 0.0, false);
    ScoringHarness.Result r = ScoringHarness.score(m.forecaster(Precision.BINARY64), euler,
        TestWindows.afterTraining(10_000, 0, 10, 100, 100), 0.3, 0, false);
    for (double[] e : r.errors()) {
      for (double v : e) {
        assertThat(v).isLessThan(1e-7);
      }
    }
    assertThat(r.summary().censored()).isEqualTo(10);
  }

  @Test
  void forecastIsTheMapIteratedFromTheLastHistorySample() {
    TimeSeries euler = eulerLorenz63(3000, 0.005);
    D2r2Model m = D2r2Model.train(euler, 0, 2000, 3, 1e-4, false);
    double[][] out = new double[2][3];
    m.forecaster(Precision.BINARY64).forecast(new double[][] {euler.row(2500)}, out);
    double[] f = new double[m.features().size()];
    double[] y = new double[3];
    m.step(euler.row(2500), f, y);
    assertThat(out[0]).containsExactly(y);
    double[] y2 = new double[3];
    m.step(y, f, y2);
    assertThat(out[1]).containsExactly(y2);
    double[][] viaArithmetic = new double[2][3];
    m.forecaster(Arithmetic.exact()).forecast(new double[][] {euler.row(2500)}, viaArithmetic);
    assertThat(viaArithmetic).isDeepEqualTo(out);
  }

  /** Notes check 16: binary16 quartic D2R2 needs scaled data. */
  @Test
  void binary16RunsRequireScaledData() {
    TimeSeries raw = Lorenz96Data.standard(4, 5_000).load();
    D2r2Model rawModel = D2r2Model.train(raw, 0, 5_000, 4, 1e-4, false);
    assertThat(rawModel.maxAbsFeature()).isGreaterThan(65504.0); // X^4 up to ~4.6e5
    assertThatThrownBy(() -> rawModel.forecaster(new Precision(IeeeFormat.BINARY16,
        PrecisionScope.STORED_VALUES))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scal");
    // weights-only rounding never sees the monomials in binary16, so it is allowed
    assertThat(rawModel.forecaster(new Precision(IeeeFormat.BINARY16, PrecisionScope.WEIGHTS)))
        .isNotNull();
    // the truncation emulator saturates instead of overflowing: measured, not refused
    assertThat(rawModel.forecaster(new Precision(TruncatedFormat.of(10, 5),
        PrecisionScope.WEIGHTS_AND_INPUTS))).isNotNull();
    TimeSeries z = Scaler.fit(raw, Scaling.ZSCORE_GLOBAL, 0, 5_000).apply(raw);
    D2r2Model zModel = D2r2Model.train(z, 0, 5_000, 4, 1e-4, false);
    assertThat(zModel.maxAbsFeature()).isLessThan(1000.0); // |X| <~ 4 after scaling
    assertThat(zModel.forecaster(new Precision(IeeeFormat.BINARY16,
        PrecisionScope.EVERY_OPERATION))).isNotNull();
  }
}
