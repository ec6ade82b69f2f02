package org.knotwork.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.NaiveLoss;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;

/**
 * The regime experiment (notes &sect;6): initialisation, learning rate, the kernel regime against
 * kernel regression with the empirical NTK, and the adaptive regime E9. The full phase diagram E10 is
 * {@link RegimeSweepSlowTest}.
 */
class RegimeExperimentTest {
  static final Dataset DATA = Dataset.wiggly8();

  @Test
  void antisymmetricInitialisationComputesZero() {
    RegimeSpec spec = RegimeSpec.notes(0.5, 2, 3).withWidth(400);
    NetworkParams net = RegimeExperiment.initialNetwork(spec);
    assertThat(net.width()).isEqualTo(400);
    for (int i = 0; i < 400; i++) {
      assertThat(Math.abs(net.w(i))).isEqualTo(0.5);
      assertThat(-net.b(i) / net.w(i)).isBetween(-2.0, 2.0);
    }
    for (int i = 0; i < 200; i++) {
      assertThat(net.w(200 + i)).isEqualTo(net.w(i));
      assertThat(net.b(200 + i)).isEqualTo(net.b(i));
      assertThat(net.v(200 + i)).isEqualTo(-net.v(i));
    }
    for (int k = 0; k <= 100; k++) {
      assertThat(net.value(-3 + 0.06 * k)).isCloseTo(0.0, within(1e-15));
    }
  }

  @Test
  void learningRateIsTheInverseTopGaussNewtonEigenvalue() {
    NetworkParams net = RegimeExperiment.initialNetwork(RegimeSpec.notes(1, 1, 0).withWidth(40));
    double[][] jac = new NaiveLoss(DATA, LossNormalization.MEAN).jacobian(net);
    int p = jac[0].length;
    double[][] gn = new double[p][p];
    for (double[] row : jac) {
      for (int k = 0; k < p; k++) {
        for (int l = 0; l < p; l++) {
          gn[k][l] += row[k] * row[l] / DATA.size();
        }
      }
    }
    for (int k = 0; k < p; k++) { // exact symmetry for the solver
      for (int l = 0; l < k; l++) {
        gn[k][l] = gn[l][k];
      }
    }
    double[] eig = SymmetricEigen.values(gn).eigenvalues();
    assertThat(RegimeExperiment.learningRate(DATA, net, 0.5, 0))
        .isCloseTo(0.5 / eig[p - 1], within(1e-10 * 0.5 / eig[p - 1]));
  }

  /**
   * Kernel regime: at &alpha;<sub>w</sub>/&alpha;<sub>v</sub> = 16 the trained network stays within 0.2%
   * (of its own sup norm) of the linearised model &mdash; kernel regression with the empirical NTK at
   * initialisation, run for the same number of gradient-descent steps &mdash; and its knots barely move
   * (notes E8: mean |&Delta;&beta;| &lt; 10<sup>&minus;3</sup>).
   */
  @Test
  void kernelRegimeFollowsEmpiricalNtkRegression() {
    RegimeSpec spec = RegimeSpec.notes(4, 0.25, 0).withMaxSteps(20_000);
    RegimeResult r = RegimeExperiment.run(DATA, spec);
    assertThat(r.steps()).isEqualTo(20_000);
    assertThat(r.order().meanKnotDisplacement()).isLessThan(1e-3);
    assertThat(r.order().ntkDrift()).isLessThan(1e-3); // measured 5.8e-6
    int m = 201;
    double[] grid = new double[m];
    for (int k = 0; k < m; k++) {
      grid[k] = -1 + 2.0 * k / (m - 1);
    }
    // empirical NTK at initialisation between all points: the tangent kernel of grid ∪ data
    double[] all = new double[m + DATA.size()];
    System.arraycopy(DATA.x(), 0, all, 0, DATA.size());
    System.arraycopy(grid, 0, all, DATA.size(), m);
    double[][] theta = SweepLoss.of(new Dataset(all, new double[all.length]))
        .jacobianOperator(r.initial()).tangentKernel();
    KernelRegression kr = new KernelRegression((a, b) -> theta[index(all, a)][index(all, b)],
        DATA, 1.0 / DATA.size());
    double[] linearised = kr.predictAfterSteps(grid, r.steps(), r.learningRate(), DATA.y(),
        new double[DATA.size()], new double[m]);
    double[] trained = SweepLoss.evaluate(r.trained(), grid);
    double sup = 0;
    double diff = 0;
    for (int k = 0; k < m; k++) {
      sup = Math.max(sup, Math.abs(trained[k]));
      diff = Math.max(diff, Math.abs(trained[k] - linearised[k]));
    }
    assertThat(diff).isLessThan(0.002 * sup); // measured 2.5e-4 against sup 0.69 (seed 0)
  }

  private static int index(double[] all, double x) {
    for (int k = 0; k < all.length; k++) {
      if (all[k] == x) {
        return k;
      }
    }
    throw new IllegalArgumentException("not a kernel point: " + x);
  }

  /**
   * Notes E9, the adaptive regime at (&alpha;<sub>w</sub>, &alpha;<sub>v</sub>) = (0.25, 4), H = 1000,
   * trained to &frac12;&Sigma;r<sup>2</sup> &lt; 10<sup>&minus;10</sup>: at least 95% of the in-hull |&mu;|
   * mass within 0.02 of a data point, &Sigma;|&mu;| in the hull within 1% of the linear interpolant's
   * total slope variation (34.65), ‖f &minus; lin‖<sub>&infin;</sub> &lt; 0.15 and ‖f &minus;
   * natCS‖<sub>&infin;</sub> &gt; 0.2. Measured (seed 0): 0.991, 34.68, 0.076, 0.271 after 146569 steps.
   */
  @Test
  void adaptiveRegimeGathersKnotsAtTheData() {
    RegimeResult r = RegimeExperiment.run(DATA, RegimeSpec.notes(0.25, 4, 0));
    assertThat(r.sumLoss()).isLessThan(1e-10);
    OrderParameters o = r.order();
    assertThat(o.muMassNearData()).isGreaterThanOrEqualTo(0.95);
    assertThat(Math.abs(o.muMassInHull() - o.linearTotalVariation()))
        .isLessThan(0.01 * o.linearTotalVariation());
    assertThat(o.linearTotalVariation()).isCloseTo(34.65, within(0.005));
    assertThat(o.supToLinear()).isLessThan(0.15);
    assertThat(o.supToCubic()).isGreaterThan(0.2);
    assertThat(o.ntkDrift()).isGreaterThan(0.1); // measured 0.227
  }

  @Test
  void invalidSpecsNameTheField() {
    assertThatThrownBy(() -> new RegimeSpec(999, 1, 1, 2, 0.5, 10, 0, 0.02, 0))
        .hasMessageContaining("width must be even");
    assertThatThrownBy(() -> new RegimeSpec(10, 0, 1, 2, 0.5, 10, 0, 0.02, 0))
        .hasMessageContaining("alphaW");
    assertThatThrownBy(() -> new RegimeSpec(10, 1, 1, 2, 2.5, 10, 0, 0.02, 0))
        .hasMessageContaining("lrFactor");
  }
}
