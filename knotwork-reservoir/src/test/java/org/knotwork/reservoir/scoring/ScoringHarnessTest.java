package org.knotwork.reservoir.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.reservoir.d2r2.D2r2Model;
import org.knotwork.reservoir.esn.EchoStateNetwork;
import org.knotwork.reservoir.esn.EsnConfig;
import org.knotwork.reservoir.esn.Reservoir;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.series.Scaler;
import org.knotwork.reservoir.series.Scaling;
import org.knotwork.reservoir.series.TimeSeries;
import org.knotwork.reservoir.system.Integration;
import org.knotwork.reservoir.system.Lorenz63;
import org.knotwork.reservoir.system.Trajectories;

/** Notes check 10 and the harness statistics. */
class ScoringHarnessTest {
  private static TimeSeries series;
  private static final TestWindows WINDOWS = TestWindows.afterTraining(20_000, 0, 100, 200, 200);

  @BeforeAll
  static void data() {
    TimeSeries raw = Trajectories.sample(Lorenz63.standard(), Integration.rk4(),
        new double[] {1, 1, 1}, 0.005, 2000, 40_500, new int[] {0, 1, 2}, null);
    series = Scaler.fit(raw, Scaling.STD_PER_COMPONENT, 0, 20_000).apply(raw);
  }

  /**
   * A perfect oracle: it finds the last history sample in the true series (the history is a copy, so
   * it cannot know the origin otherwise) and returns the samples that follow it.
   */
  private static Forecaster oracle(int history) {
    return new Forecaster() {
      @Override
      public int dimension() {
        return 3;
      }

      @Override
      public int historyLength() {
        return history;
      }

      @Override
      public void forecast(double[][] h, double[][] out) {
        double[] last = h[h.length - 1];
        int s = -1;
        for (int t = 0; t < series.length(); t++) {
          if (Arrays.equals(series.row(t), last)) {
            s = t;
            break;
          }
        }
        for (int i = 0; i < out.length; i++) {
          series.row(s + 1 + i, out[i]);
        }
        // the history is the h samples ending at the origin, oldest first
        for (int i = 0; i < h.length; i++) {
          assertThat(h[i]).containsExactly(series.row(s - h.length + 1 + i));
        }
      }
    };
  }

  @Test
  void oracleScoresZeroWhenTeacherForcedToo() {
    for (double[] e : ScoringHarness.teacherForcedErrors(oracle(3), series,
        new TestWindows(WINDOWS.firstOrigin(), 5, 200, 20), false)) {
      for (double v : e) {
        assertThat(v).isZero();
      }
    }
  }

  @Test
  void oracleScoresZeroAtEveryStepForEveryHistoryLength() {
    for (int h : new int[] {1, 50}) {
      ScoringHarness.Result r = ScoringHarness.score(oracle(h), series, WINDOWS, 0.3, 2, true);
      for (double[] e : r.errors()) {
        for (double v : e) {
          assertThat(v).isZero();
        }
      }
      assertThat(r.summary().meanHorizon()).isEqualTo(200.0);
      assertThat(r.summary().censored()).isEqualTo(100);
      assertThat(r.examples()).hasSize(2);
      assertThat(r.examples().get(1).origin()).isEqualTo(WINDOWS.origin(1));
      assertThat(r.examples().get(1).truth()[0]).containsExactly(series.row(WINDOWS.origin(1) + 1));
    }
  }

  /** Persistence (repeat u(s)) has e(1) = |u(s+1) - u(s)| / |u(s+1)| exactly: a lag would show. */
  @Test
  void persistenceForecastHasTheOneStepChangeAsFirstError() {
    Forecaster persistence = new Forecaster() {
      @Override
      public int dimension() {
        return 3;
      }

      @Override
      public int historyLength() {
        return 1;
      }

      @Override
      public void forecast(double[][] h, double[][] out) {
        for (double[] row : out) {
          System.arraycopy(h[0], 0, row, 0, 3);
        }
      }
    };
    ScoringHarness.Result r = ScoringHarness.score(persistence, series, WINDOWS, 0.3, 0, false);
    double[][] tf = ScoringHarness.teacherForcedErrors(persistence, series, WINDOWS, true);
    for (int q = 0; q < WINDOWS.count(); q++) {
      int s = WINDOWS.origin(q);
      double expected = ScoringHarness.relativeError(series.row(s), series.row(s + 1));
      assertThat(r.errors()[q][0]).isEqualTo(expected);
      assertThat(r.errors()[q][4]).isEqualTo(
          ScoringHarness.relativeError(series.row(s), series.row(s + 5)));
      // teacher forcing: step i repeats the true u(s + i)
      assertThat(tf[q][0]).isEqualTo(expected);
      assertThat(tf[q][4]).isEqualTo(
          ScoringHarness.relativeError(series.row(s + 4), series.row(s + 5)));
    }
  }

  /** ESN and D2R2 one-step errors are far below the one-sample change: both are aligned. */
  @Test
  void trainedModelsAreAlignedWithTheirTargets() {
    Reservoir res = Reservoir.build(EsnConfig.lsrLorenz63(), 3, Rng.of(5, "align"));
    EchoStateNetwork esn = EchoStateNetwork.train(res, series, 0, 20_000, 0, true);
    D2r2Model d2r2 = D2r2Model.train(series, 0, 20_000, 4, 1e-4, true);
    TestWindows w = new TestWindows(WINDOWS.firstOrigin(), 100, 200, 1);
    double esnStep1 = ScoringHarness.score(esn.forecaster(Precision.BINARY64, 50), series, w, 0.3, 0,
        true).summary().meanCurve()[0];
    double d2r2Step1 = ScoringHarness.score(d2r2.forecaster(Precision.BINARY64), series, w, 0.3, 0,
        true).summary().meanCurve()[0];
    double lag = 0;
    for (int q = 0; q < 100; q++) {
      int s = w.origin(q);
      lag += ScoringHarness.relativeError(series.row(s), series.row(s + 1)) / 100;
    }
    assertThat(lag).isGreaterThan(1e-2);
    assertThat(esnStep1).isLessThan(lag / 20);
    assertThat(d2r2Step1).isLessThan(lag / 100);
  }

  @Test
  void summaryStatisticsByHand() {
    double[][] errors = {
        {0.1, 0.2, 0.4, 0.5},
        {0.5, 0.1, 0.1, 0.1},
        {0.1, 0.1, 0.1, 0.1},
        {0.2, Double.NaN, 0.1, 0.1}};
    ScoreSummary s = ScoreSummary.of(0.3, new int[] {10, 20, 30, 40}, errors);
    assertThat(s.horizons()).containsExactly(2, 0, 4, 1);
    assertThat(s.meanHorizon()).isEqualTo(1.75);
    assertThat(s.stdHorizon()).isCloseTo(Math.sqrt((0.0625 + 3.0625 + 5.0625 + 0.5625) / 3),
        within(1e-15));
    assertThat(s.medianHorizon()).isEqualTo(1.5);
    assertThat(s.censored()).isEqualTo(1);
    assertThat(s.immediateFailures()).isEqualTo(1);
    assertThat(s.meanCurve()[0]).isCloseTo(0.225, within(1e-15));
    assertThat(s.meanCurveHorizon()).isEqualTo(1); // step 2 mean is NaN: counts as failure
    assertThat(s.medianCurve()[3]).isCloseTo(0.1, within(1e-15));
    assertThat(s.standardError()).isCloseTo(s.stdHorizon() / 2, within(1e-15));
  }

  @Test
  void relativeErrorEdgeCases() {
    assertThat(ScoringHarness.relativeError(new double[] {3, 4}, new double[] {0, 0}))
        .isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(ScoringHarness.relativeError(new double[] {0, 0}, new double[] {0, 0})).isZero();
    assertThat(ScoringHarness.relativeError(new double[] {Double.NaN, 0}, new double[] {1, 0}))
        .isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(ScoringHarness.relativeError(new double[] {1, 1}, new double[] {1, 0}))
        .isEqualTo(1.0);
    assertThat(ScoringHarness.horizon(new double[] {0.1, 0.3, 0.31}, 0.3)).isEqualTo(2);
  }

  @Test
  void windowsMustFitTheSeries() {
    assertThatThrownBy(() -> ScoringHarness.score(oracle(1), series,
        new TestWindows(40_000, 10, 100, 100), 0.3, 0, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("samples");
    assertThatThrownBy(() -> ScoringHarness.score(oracle(50), series,
        new TestWindows(10, 1, 1, 1), 0.3, 0, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("history");
    assertThatThrownBy(() -> new TestWindows(0, 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
  }
}
