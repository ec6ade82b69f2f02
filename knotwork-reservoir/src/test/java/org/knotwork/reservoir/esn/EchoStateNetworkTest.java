package org.knotwork.reservoir.esn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.reservoir.precision.Arithmetic;
import org.knotwork.reservoir.precision.IeeeFormat;
import org.knotwork.reservoir.precision.Precision;
import org.knotwork.reservoir.precision.PrecisionScope;
import org.knotwork.reservoir.scoring.Forecaster;
import org.knotwork.reservoir.series.Scaler;
import org.knotwork.reservoir.series.Scaling;
import org.knotwork.reservoir.series.TimeSeries;
import org.knotwork.reservoir.system.Integration;
import org.knotwork.reservoir.system.Lorenz63;
import org.knotwork.reservoir.system.Trajectories;

class EchoStateNetworkTest {
  private static TimeSeries l63;

  @BeforeAll
  static void data() {
    TimeSeries raw = Trajectories.sample(Lorenz63.standard(), Integration.rk4(),
        new double[] {1, 1, 1}, 0.005, 0, 56_001, new int[] {0, 1, 2}, null);
    l63 = Scaler.fit(raw, Scaling.STD_PER_COMPONENT, 0, 50_000).apply(raw);
  }

  /** Reference: the explicit N x T state matrix and the textbook ridge formula. */
  @Test
  void streamingTrainingEqualsTheDenseRidgeFormula() {
    Reservoir res = Reservoir.build(new EsnConfig(40, 3, 0.5, 0.5, 1e-3, ReadoutTransform.T2, false),
        3, Rng.of(1, "r"));
    int t = 400;
    int wash = 10;
    EchoStateNetwork net = EchoStateNetwork.train(res, l63, 100, 100 + t, wash, false);
    int n = res.size();
    int pairs = t - 1 - wash;
    DMatrixRMaj states = new DMatrixRMaj(n, pairs);
    DMatrixRMaj targets = new DMatrixRMaj(3, pairs);
    double[] r = new double[n];
    double[] next = new double[n];
    double[] rt = new double[n];
    int col = 0;
    for (int s = 100; s < 100 + t - 1; s++) {
      res.update(r, l63.row(s), next);
      System.arraycopy(next, 0, r, 0, n);
      if (s - 100 >= wash) {
        ReadoutTransform.T2.apply(r, rt);
        for (int i = 0; i < n; i++) {
          states.set(i, col, rt[i]);
        }
        for (int k = 0; k < 3; k++) {
          targets.set(k, col, l63.get(s + 1, k));
        }
        col++;
      }
    }
    // W = Y R^T (R R^T + beta I)^-1
    DMatrixRMaj rrt = new DMatrixRMaj(n, n);
    CommonOps_DDRM.multTransB(states, states, rrt);
    for (int i = 0; i < n; i++) {
      rrt.add(i, i, 1e-3);
    }
    DMatrixRMaj yrt = new DMatrixRMaj(3, n);
    CommonOps_DDRM.multTransB(targets, states, yrt);
    CommonOps_DDRM.invert(rrt);
    DMatrixRMaj w = new DMatrixRMaj(3, n);
    CommonOps_DDRM.mult(yrt, rrt, w);
    double maxW = CommonOps_DDRM.elementMaxAbs(w);
    for (int k = 0; k < 3; k++) {
      for (int i = 0; i < n; i++) {
        assertThat(Math.abs(net.readout(k, i) - w.get(k, i))).isLessThan(1e-7 * maxW);
      }
    }
    assertThat(net.fit().samples()).isEqualTo(pairs);
  }

  @Test
  void firstForecastIsTheReadoutAfterWarmingUpOnTheHistory() {
    Reservoir res = Reservoir.build(EsnConfig.lsrLorenz63(), 3, Rng.of(2, "r"));
    EchoStateNetwork net = EchoStateNetwork.train(res, l63, 0, 5000, 0, false);
    int s = 52_000;
    int warm = 50;
    double[][] history = new double[warm][];
    for (int i = 0; i < warm; i++) {
      history[i] = l63.row(s - warm + 1 + i);
    }
    double[][] out = new double[3][3];
    net.forecaster(Precision.BINARY64, warm).forecast(history, out);
    double[] r = new double[res.size()];
    double[] next = new double[res.size()];
    for (double[] h : history) {
      res.update(r, h, next);
      System.arraycopy(next, 0, r, 0, r.length);
    }
    double[] rt = new double[r.length];
    ReadoutTransform.T1_EVEN.apply(r, rt);
    double[] y = new double[3];
    net.readout(rt, y);
    assertThat(out[0]).containsExactly(y);
    // second step feeds the first prediction back
    res.update(r, y, next);
    ReadoutTransform.T1_EVEN.apply(next, rt);
    net.readout(rt, y);
    assertThat(out[1]).containsExactly(y);
  }

  @Test
  void teacherForcingCarriesTheStateAndFeedsTheTruth() {
    Reservoir res = Reservoir.build(EsnConfig.lsrLorenz63(), 3, Rng.of(6, "r"));
    EchoStateNetwork net = EchoStateNetwork.train(res, l63, 0, 5000, 0, false);
    double[][] history = {l63.row(7000), l63.row(7001)};
    double[][] truth = {l63.row(7002), l63.row(7003), l63.row(7004)};
    double[][] out = new double[3][3];
    net.forecaster(Precision.BINARY64, 2).teacherForced(history, truth, out);
    double[] r = new double[res.size()];
    double[] next = new double[res.size()];
    double[] rt = new double[res.size()];
    double[] y = new double[3];
    for (double[] u : new double[][] {history[0], history[1], truth[0], truth[1]}) {
      res.update(r, u, next);
      System.arraycopy(next, 0, r, 0, r.length);
    }
    ReadoutTransform.T1_EVEN.apply(r, rt);
    net.readout(rt, y);
    assertThat(out[2]).containsExactly(y);
  }

  @Test
  void fastPathAndExactArithmeticPathAgreeBitForBit() {
    Reservoir res = Reservoir.build(EsnConfig.hsrLorenz63(), 3, Rng.of(3, "r"));
    EchoStateNetwork net = EchoStateNetwork.train(res, l63, 0, 3000, 0, false);
    double[][] history = new double[20][];
    for (int i = 0; i < 20; i++) {
      history[i] = l63.row(4000 + i);
    }
    double[][] a = new double[200][3];
    double[][] b = new double[200][3];
    double[][] c = new double[200][3];
    net.forecaster(Precision.BINARY64, 20).forecast(history, a);
    net.forecaster(Arithmetic.exact(), 20).forecast(history, b);
    net.forecaster(new Precision(IeeeFormat.BINARY64, PrecisionScope.WEIGHTS), 20).forecast(history, c);
    for (int i = 0; i < 200; i++) {
      assertThat(b[i]).containsExactly(a[i]);
      assertThat(c[i]).containsExactly(a[i]);
    }
  }

  @Test
  void reducedPrecisionForecastersRoundWhatTheirScopeSays() {
    Reservoir res = Reservoir.build(EsnConfig.lsrLorenz63(), 3, Rng.of(4, "r"));
    EchoStateNetwork net = EchoStateNetwork.train(res, l63, 0, 3000, 0, false);
    EchoStateNetwork q = net.quantised(IeeeFormat.BINARY16);
    for (int k = 0; k < 3; k++) {
      for (int j = 0; j < net.size(); j++) {
        assertThat(q.readout(k, j)).isEqualTo(IeeeFormat.BINARY16.round(net.readout(k, j)));
      }
    }
    for (int p = 0; p < q.reservoir().matrix().nonZeros(); p++) {
      double v = q.reservoir().matrix().value(p);
      assertThat(IeeeFormat.BINARY16.round(v)).isEqualTo(v);
    }
    double[][] history = {l63.row(9000), l63.row(9001)};
    double[][] every = new double[5][3];
    net.forecaster(new Precision(IeeeFormat.BINARY16, PrecisionScope.EVERY_OPERATION), 2)
        .forecast(history, every);
    for (double[] row : every) {
      for (double v : row) {
        assertThat(IeeeFormat.BINARY16.round(v)).isEqualTo(v);
      }
    }
    double[][] weights = new double[5][3];
    net.forecaster(new Precision(IeeeFormat.BINARY16, PrecisionScope.WEIGHTS), 2)
        .forecast(history, weights);
    double[][] exactOnQuantised = new double[5][3];
    q.forecaster(Arithmetic.exact(), 2).forecast(history, exactOnQuantised);
    assertThat(weights).isDeepEqualTo(exactOnQuantised);
  }

  /** Notes check 9 (N = 100 LSR recipe, 50 000 training samples). */
  @Test
  void lsrRecipeOnLorenz63HasTheExpectedTrainingErrorAndStaysBounded() {
    Reservoir res = Reservoir.build(EsnConfig.lsrLorenz63(), 3, Rng.of(1802, "lsr"));
    EchoStateNetwork net = EchoStateNetwork.train(res, l63, 0, 50_000, 0, true);
    double[] e = net.teacherForcedErrors(l63, 0, 50_000);
    double mean = Arrays.stream(e).average().orElseThrow();
    double max = Arrays.stream(e).max().orElseThrow();
    // (C): mean about 1e-4, max about 3e-2
    assertThat(mean).isBetween(5e-5, 2e-4);
    assertThat(max).isBetween(5e-3, 0.1);
    Forecaster f = net.forecaster(Precision.BINARY64, 50);
    double[][] history = new double[50][];
    for (int i = 0; i < 50; i++) {
      history[i] = l63.row(50_000 + i);
    }
    double[][] out = new double[2000][3];
    f.forecast(history, out);
    for (double[] row : out) {
      for (double v : row) {
        assertThat(Math.abs(v)).isLessThan(10.0); // the scaled attractor spans about |u| < 6
      }
    }
  }

  @Test
  void rejectsBadTrainingArguments() {
    Reservoir res = Reservoir.build(EsnConfig.lsrLorenz63(), 3, Rng.of(1, "r"));
    assertThatThrownBy(() -> EchoStateNetwork.train(res, l63, 10, 11, 0, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("training segment");
    assertThatThrownBy(() -> EchoStateNetwork.train(res, l63, 0, 100, 99, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("washout");
    EchoStateNetwork net = EchoStateNetwork.train(res, l63, 0, 100, 0, false);
    assertThatThrownBy(() -> net.forecaster(Precision.BINARY64, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warmup");
  }
}
