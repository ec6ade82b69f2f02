package org.knotwork.reservoir.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;
import org.knotwork.reservoir.d2r2.D2r2Model;
import org.knotwork.reservoir.esn.EchoStateNetwork;
import org.knotwork.reservoir.esn.EsnConfig;
import org.knotwork.reservoir.esn.ReadoutTransform;
import org.knotwork.reservoir.esn.Reservoir;
import org.knotwork.reservoir.precision.Arithmetic;
import org.knotwork.reservoir.series.TimeSeries;

/** Notes check 19. */
class CostModelTest {

  /** Counts the operations a model performs (the independent reference for the formulas). */
  static final class Counting implements Arithmetic {
    long mul;
    long add;
    long tanh;

    @Override
    public double dotStart(double a, double b) {
      mul++;
      return a * b;
    }

    @Override
    public double dotStep(double s, double a, double b) {
      mul++;
      add++;
      return s + a * b;
    }

    @Override
    public double dotEnd(double s) {
      return s;
    }

    @Override
    public double multiply(double a, double b) {
      mul++;
      return a * b;
    }

    @Override
    public double tanh(double a) {
      tanh++;
      return Math.tanh(a);
    }
  }

  private static TimeSeries noise(int k, int n) {
    Rng r = Rng.of(1, "noise");
    double[][] rows = new double[n][k];
    for (double[] row : rows) {
      for (int c = 0; c < k; c++) {
        row[c] = r.gaussian();
      }
    }
    return TimeSeries.ofRows(rows, 0.01, null);
  }

  @Test
  void notesFormulasForTheConfiguredSizes() {
    // ESN: d N + N + N/2 + K N multiplies (+ N tanh) with T1 and nnz = d N
    InferenceCost esn = CostModel.esnStepExpected(2000, 3, 8, ReadoutTransform.T1);
    assertThat(esn.multiplies()).isEqualTo(3 * 2000 + 2000 + 1000 + 8 * 2000);
    assertThat(esn.tanh()).isEqualTo(2000);
    assertThat(esn.adds()).isEqualTo(3 * 2000 + 8 * 1999);
    // D2R2: K C(K+p, p) + monomial products
    InferenceCost d = CostModel.d2r2Step(8, 4);
    assertThat(d.multiplies()).isEqualTo(8 * 495 + (495 - 1 - 8));
    assertThat(d.adds()).isEqualTo(8 * 494);
    assertThat(CostModel.d2r2Step(3, 2).multiplies()).isEqualTo(3 * 10 + 6);
    // training: the notes' T N^2 + N^3/3 versus T P^2 + P^3/3
    TrainingCost te = CostModel.esnTraining(500_000, 2000, 6000, 8, ReadoutTransform.T2);
    assertThat(te.notesFlops()).isCloseTo(500_000.0 * 2000 * 2000 + 2000.0 * 2000 * 2000 / 3,
        within(1.0));
    TrainingCost td = CostModel.d2r2Training(500_000, 8, 4);
    assertThat(td.notesFlops()).isCloseTo(500_000.0 * 495 * 495 + 495.0 * 495 * 495 / 3, within(1.0));
    assertThat(td.gramMultiplyAdds()).isEqualTo(500_000L * 495 * 496 / 2 + 500_000L * 495 * 8);
    assertThat(td.featureMultiplies()).isEqualTo(500_000L * 486);
    assertThat(te.featureTanh()).isEqualTo(500_000L * 2000);
    assertThat(te.featureMultiplies()).isEqualTo(500_000L * (6000 + 2000 + 998));
  }

  @Test
  void esnFormulaEqualsTheOperationsTheForecasterPerforms() {
    for (ReadoutTransform t : ReadoutTransform.values()) {
      TimeSeries s = noise(3, 400);
      Reservoir res = Reservoir.build(new EsnConfig(61, 3, 0.5, 0.5, 1e-2, t, false), 3,
          Rng.of(2, "c"));
      EchoStateNetwork net = EchoStateNetwork.train(res, s, 0, 400, 0, false);
      double[][] history = {s.row(10), s.row(11), s.row(12)};
      Counting one = new Counting();
      net.forecaster(one, 3).forecast(history, new double[1][3]);
      Counting two = new Counting();
      net.forecaster(two, 3).forecast(history, new double[2][3]);
      InferenceCost step = CostModel.esnStep(res.size(), res.matrix().nonZeros(), 3, t);
      assertThat(two.mul - one.mul).as("%s multiplies", t).isEqualTo(step.multiplies());
      assertThat(two.add - one.add).as("%s adds", t).isEqualTo(step.adds());
      assertThat(two.tanh - one.tanh).isEqualTo(step.tanh());
    }
  }

  @Test
  void d2r2FormulaEqualsTheOperationsTheForecasterPerforms() {
    for (int p = 1; p <= 4; p++) {
      TimeSeries s = noise(5, 300);
      D2r2Model m = D2r2Model.train(s, 0, 300, p, 1e-2, false);
      Counting one = new Counting();
      m.forecaster(one).forecast(new double[][] {s.row(5)}, new double[1][5]);
      Counting three = new Counting();
      m.forecaster(three).forecast(new double[][] {s.row(5)}, new double[3][5]);
      InferenceCost step = CostModel.d2r2Step(5, p);
      assertThat((three.mul - one.mul) / 2).isEqualTo(step.multiplies());
      assertThat(one.mul).isEqualTo(step.multiplies());
      assertThat(one.add).isEqualTo(step.adds());
      assertThat(one.tanh).isZero();
    }
  }

  @Test
  void tableRatiosAreTakenAgainstTheBaseline() {
    CostRow d = new CostRow("d2r2", "d2r2", 495, CostModel.d2r2Step(8, 4),
        CostModel.d2r2Training(1000, 8, 4));
    CostRow e = new CostRow("esn", "esn", 2000,
        CostModel.esnStepExpected(2000, 3, 8, ReadoutTransform.T2),
        CostModel.esnTraining(1000, 2000, 6000, 8, ReadoutTransform.T2));
    CostTable t = new CostTable(List.of(d, e), "d2r2");
    assertThat(t.inferenceMultiplyRatio(d)).isEqualTo(1.0);
    assertThat(t.inferenceMultiplyRatio(e)).isCloseTo(
        (double) e.inference().multiplies() / d.inference().multiplies(), within(1e-15));
    assertThat(t.trainingRatio(e)).isGreaterThan(1.0);
    assertThatThrownBy(() -> new CostTable(List.of(d), "nope"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseline");
  }
}
