package org.knotwork.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.NaiveLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

class OrderParametersTest {

  /**
   * The linear interpolant of three points built exactly as a network: knots at the data, so every
   * distance to the linear interpolant is 0, all in-hull |&mu;| mass sits on data points and
   * &Sigma;|&mu;| equals the total slope variation.
   */
  @Test
  void aNetworkEqualToTheLinearInterpolant() {
    Dataset d = new Dataset(new double[] {-1, 0, 1, 2}, new double[] {0, 1, -1, 0});
    // slopes 1, -2, 1 on the hull: a unit with its knot at -5 (outside the hull) and c = -4 give
    // the base line 1 + x; jumps of -3 at 0 and +3 at 1 bend it through the data
    SplineParams sp = new SplineParams(new double[] {0, 1, -5}, new double[] {-3, 3, 1},
        new int[] {1, 1, 1}, -4);
    NetworkParams trained = sp.toNetwork();
    for (int n = 0; n < d.size(); n++) {
      assertThat(trained.value(d.x(n))).isCloseTo(d.y(n), within(1e-14));
    }
    SplineParams start = new SplineParams(new double[] {0.5, 0.7, -5}, new double[] {-3, 3, 1},
        new int[] {1, 1, 1}, -4);
    OrderParameters op = OrderParameters.measure(start.toNetwork(), trained, d, 0.02);
    assertThat(op.supToLinear()).isCloseTo(0.0, within(1e-13));
    assertThat(op.l2ToLinear()).isCloseTo(0.0, within(1e-13));
    assertThat(op.muMassNearData()).isEqualTo(1.0);
    assertThat(op.muMassInHull()).isEqualTo(6.0);
    assertThat(op.linearTotalVariation()).isCloseTo(6.0, within(1e-15));
    assertThat(op.meanKnotDisplacement()).isCloseTo((0.5 + 0.3 + 0) / 3, within(1e-15));
    assertThat(op.medianKnotDisplacement()).isCloseTo(0.3, within(1e-15));
    // unit-|w| representatives: theta differs only in b = -w*beta
    double num = Math.sqrt(0.5 * 0.5 + 0.3 * 0.3);
    double den = Math.sqrt(3 + 0.25 + 0.49 + 25 + 9 + 9 + 1 + 16);
    assertThat(op.relativeParameterChange()).isCloseTo(num / den, within(1e-14));
    assertThat(op.supToCubic()).isGreaterThan(0.1);
    // NTK drift against the kernels built from the reference Jacobians
    double[][] k0 = gram(new NaiveLoss(d, LossNormalization.MEAN).jacobian(start.toNetwork()));
    double[][] k1 = gram(new NaiveLoss(d, LossNormalization.MEAN).jacobian(trained));
    double dk = 0;
    double nk = 0;
    for (int i = 0; i < k0.length; i++) {
      for (int j = 0; j < k0.length; j++) {
        dk += Math.pow(k1[i][j] - k0[i][j], 2);
        nk += k0[i][j] * k0[i][j];
      }
    }
    assertThat(op.ntkDrift()).isCloseTo(Math.sqrt(dk / nk), within(1e-12));
    assertThat(op.ntkDrift()).isGreaterThan(0.01);
  }

  private static double[][] gram(double[][] jac) {
    double[][] g = new double[jac.length][jac.length];
    for (int i = 0; i < jac.length; i++) {
      for (int j = 0; j < jac.length; j++) {
        for (int k = 0; k < jac[i].length; k++) {
          g[i][j] += jac[i][k] * jac[j][k];
        }
      }
    }
    return g;
  }

  @Test
  void rejectsMismatchedWidths() {
    NetworkParams a = new NetworkParams(new double[] {1}, new double[] {0}, new double[] {1}, 0);
    NetworkParams b = new NetworkParams(new double[] {1, 1}, new double[] {0, 0},
        new double[] {1, 1}, 0);
    assertThatThrownBy(() -> OrderParameters.measure(a, b, Dataset.wiggly8(), 0.02))
        .hasMessageContaining("width");
  }
}
