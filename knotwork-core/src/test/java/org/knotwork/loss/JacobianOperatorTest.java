package org.knotwork.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.fixtures.NotesFixtures;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.common.random.Rng;
import org.junit.jupiter.api.Test;

/** The matrix-free Jacobian and the tangent kernel against the naive N&times;P Jacobian. */
class JacobianOperatorTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void productsMatchTheNaiveJacobianInBothCoordinates(long seed) {
    Rng rng = Rng.of(seed, "jacobian");
    Dataset data = NotesFixtures.randomData(23, rng);
    NetworkParams net = NotesFixtures.randomNet(6, rng, true);
    SplineParams spl = net.toSpline();
    SweepLoss sweep = SweepLoss.of(data);
    NaiveLoss naive = new NaiveLoss(data, LossNormalization.MEAN);
    check(sweep.jacobianOperator(net), naive.jacobian(net), rng);
    check(sweep.jacobianOperator(spl), naive.jacobian(spl), rng);
  }

  private static void check(JacobianOperator op, double[][] jac, Rng rng) {
    int n = jac.length;
    int p = jac[0].length;
    assertThat(op.size()).isEqualTo(n);
    assertThat(op.dimension()).isEqualTo(p);
    double[] u = NotesFixtures.randomUnit(p, rng);
    double[] z = NotesFixtures.randomUnit(n, rng);
    double[] ju = op.apply(u);
    double[] jtz = op.applyTranspose(z);
    for (int r = 0; r < n; r++) {
      double s = 0;
      for (int k = 0; k < p; k++) {
        s += jac[r][k] * u[k];
      }
      assertThat(ju[r]).isCloseTo(s, within(1e-12));
    }
    for (int k = 0; k < p; k++) {
      double s = 0;
      for (int r = 0; r < n; r++) {
        s += jac[r][k] * z[r];
      }
      assertThat(jtz[k]).isCloseTo(s, within(1e-12));
    }
    double[][] kernel = op.tangentKernel();
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        double s = 0;
        for (int k = 0; k < p; k++) {
          s += jac[a][k] * jac[b][k];
        }
        assertThat(kernel[a][b]).isCloseTo(s, within(1e-11 * (1 + Math.abs(s))));
        assertThat(kernel[a][b]).isEqualTo(kernel[b][a]);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void relativeKernelChangeMatchesTheDenseKernels(long seed) {
    Rng rng = Rng.of(seed, "kernel-change");
    Dataset data = NotesFixtures.randomData(31, rng);
    NetworkParams from = NotesFixtures.randomNet(7, rng, true);
    NetworkParams to = NotesFixtures.randomNet(7, rng, true);
    SweepLoss sweep = SweepLoss.of(data);
    NaiveLoss naive = new NaiveLoss(data, LossNormalization.MEAN);
    double[][] j0 = naive.jacobian(from);
    double[][] j1 = naive.jacobian(to);
    double diff = 0;
    double norm = 0;
    for (int a = 0; a < j0.length; a++) {
      for (int b = 0; b < j0.length; b++) {
        double k0 = 0;
        double k1 = 0;
        for (int k = 0; k < j0[a].length; k++) {
          k0 += j0[a][k] * j0[b][k];
          k1 += j1[a][k] * j1[b][k];
        }
        diff += (k1 - k0) * (k1 - k0);
        norm += k0 * k0;
      }
    }
    double expected = Math.sqrt(diff / norm);
    assertThat(expected).isGreaterThan(1e-3);
    assertThat(JacobianOperator.relativeKernelChange(sweep.jacobianOperator(from),
        sweep.jacobianOperator(to))).isCloseTo(expected, within(1e-12 * expected));
    assertThat(JacobianOperator.relativeKernelChange(sweep.jacobianOperator(from),
        sweep.jacobianOperator(from))).isZero();
    assertThatThrownBy(() -> JacobianOperator.relativeKernelChange(sweep.jacobianOperator(from),
        SweepLoss.of(data).jacobianOperator(to))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same SweepLoss");
  }

  @Test
  void rejectsVectorsOfTheWrongLength() {
    JacobianOperator op = NotesFixtures.lossA().jacobianOperator(NotesFixtures.netAB());
    assertThatThrownBy(() -> op.apply(new double[3])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("u must have length 10");
    assertThatThrownBy(() -> op.applyTranspose(new double[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("z must have length 5");
  }
}
