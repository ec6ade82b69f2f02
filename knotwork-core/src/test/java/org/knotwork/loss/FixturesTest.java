package org.knotwork.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.common.linalg.Inertia;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * The golden fixtures A, B, C of spline-lens.md &sect;4 (loss &frac12;&Sigma;r<sup>2</sup>), through
 * both evaluation paths.
 */
class FixturesTest {
  static final Dataset DATA_A = new Dataset(new double[] {-1.5, -1, 0, 1, 1.5},
      new double[] {1, -1, 0.5, 2, 0});
  static final NetworkParams NET_A = new NetworkParams(new double[] {1, -2, 0.5},
      new double[] {0.5, 1, -0.125}, new double[] {2, -1, 1.5}, 0.25);

  static LossEvaluator[] paths(Dataset d) {
    return new LossEvaluator[] {SweepLoss.of(d, LossNormalization.SUM),
        new NaiveLoss(d, LossNormalization.SUM)};
  }

  @Test
  void fixtureAValuesAndGradients() {
    SplineParams sp = NET_A.toSpline();
    assertThat(sp.beta()).containsExactly(-0.5, 0.5, 0.25);
    assertThat(sp.mu()).containsExactly(2, -2, 0.75);
    assertThat(sp.orientation()).containsExactly(1, -1, 1);
    assertThat(NET_A.balance()).containsExactly(-2.75, 4, -1.984375);
    for (LossEvaluator e : paths(DATA_A)) {
      assertThat(e.predict(NET_A)).containsExactly(
          new double[] {-3.75, -2.75, 0.25, 3.8125, 5.1875}, within(1e-14));
      assertThat(e.loss(NET_A)).isCloseTo(27.94140625, within(1e-12));
      assertThat(e.loss(sp)).isCloseTo(27.94140625, within(1e-12));
      assertThat(e.gradient(NET_A)).containsExactly(new double[] {
          19.1875, -8.875, 14.390625, 13.5, 6.75, 10.5, 12.96875, -24.5, 3.921875, 0.25},
          within(1e-12));
      assertThat(e.gradient(sp)).containsExactly(new double[] {
          -13.5, 13.5, -5.25, 12.96875, -12.25, 7.84375, 0.25}, within(1e-12));
    }
  }

  @Test
  void fixtureAHessianSpectra() {
    String[] nn = {"-11.68597", "-9.81723", "-9.54959", "0.025777", "0.158418", "0.933113",
        "3.585092", "12.28623", "42.04633", "53.11158"};
    String[] bdso = {"-6.92201", "-6.65153", "-5.09628", "1.10491", "7.43444", "22.37046",
        "33.01001"};
    for (LossEvaluator e : paths(DATA_A)) {
      assertPrinted(SymmetricEigen.values(e.hessian(NET_A)).eigenvalues(), nn);
      assertPrinted(SymmetricEigen.values(e.hessian(NET_A.toSpline())).eigenvalues(), bdso);
    }
  }

  @Test
  void fixtureBInterpolatingMinimum() {
    // y := f_theta(x), the values of fixture A (exact in binary floating point)
    Dataset dataB = new Dataset(DATA_A.x(), new double[] {-3.75, -2.75, 0.25, 3.8125, 5.1875});
    String[] nnPos = {"0.0626239", "0.181097", "3.706084", "32.74805", "44.39590"};
    String[] bdsoPos = {"0.0414117", "0.109537", "1.830105", "15.67608", "27.59287"};
    for (LossEvaluator e : paths(dataB)) {
      assertThat(e.loss(NET_A)).isZero();
      SymmetricEigen nn = SymmetricEigen.values(e.hessian(NET_A));
      Inertia in = nn.inertia();
      assertThat(in.positive()).isEqualTo(5);
      assertThat(in.zero()).isEqualTo(5);
      assertThat(in.negative()).isZero();
      for (int k = 0; k < 5; k++) {
        assertThat(Math.abs(nn.eigenvalues()[k])).isLessThan(5e-14);
      }
      assertPrinted(java.util.Arrays.copyOfRange(nn.eigenvalues(), 5, 10), nnPos);
      SymmetricEigen sp = SymmetricEigen.values(e.hessian(NET_A.toSpline()));
      assertThat(sp.inertia().zero()).isEqualTo(2);
      assertThat(sp.inertia().negative()).isZero();
      assertPrinted(java.util.Arrays.copyOfRange(sp.eigenvalues(), 2, 7), bdsoPos);
    }
  }

  @Test
  void fixtureCStrictSaddleFromASilentNeuron() {
    Dataset d = new Dataset(new double[] {0, 1, 2, 3, 4}, new double[] {-2, -2, -2, -1, -2});
    NetworkParams net = new NetworkParams(new double[] {1}, new double[] {-8.0 / 3},
        new double[] {0}, -1.8);
    for (LossEvaluator e : paths(d)) {
      for (double g : e.gradient(net)) {
        assertThat(g).isCloseTo(0.0, within(1e-14));
      }
      for (double g : e.gradient(net.toSpline())) {
        assertThat(g).isCloseTo(0.0, within(1e-14));
      }
      assertPrinted(SymmetricEigen.values(e.hessian(net.toSpline())).eigenvalues(),
          new String[] {"-0.2271785", "1.3817250", "5.7343424"});
      double[] nn = SymmetricEigen.values(e.hessian(net)).eigenvalues();
      assertThat(nn[0]).isCloseTo(-1.1354713, within(1e-6));
      assertThat(nn[1]).isCloseTo(0.0, within(1e-14));
      assertThat(nn[2]).isCloseTo(2.2123212, within(1e-6));
      assertThat(nn[3]).isCloseTo(5.8120389, within(1e-6));
    }
  }

  /**
   * Each value must round to the printed reference: |actual &minus; printed| &le; half a unit in the
   * printed value's last decimal place (plus a little for the reference's own rounding).
   */
  static void assertPrinted(double[] actual, String[] printed) {
    assertThat(actual).hasSameSizeAs(printed);
    for (int k = 0; k < printed.length; k++) {
      int dot = printed[k].indexOf('.');
      int decimals = dot < 0 ? 0 : printed[k].length() - dot - 1;
      double halfUnit = 0.5 * Math.pow(10, -decimals) * 1.01;
      assertThat(actual[k]).as("eigenvalue %d", k)
          .isCloseTo(Double.parseDouble(printed[k]), within(halfUnit));
    }
  }
}
