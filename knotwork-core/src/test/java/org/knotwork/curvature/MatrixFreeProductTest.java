package org.knotwork.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.data.Dataset;
import org.knotwork.fixtures.NotesFixtures;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.NaiveLoss;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;

/**
 * Hessian-, Gauss&ndash;Newton- and kernel-vector products against dense matrices built by the naive
 * O(NH) path.
 */
class MatrixFreeProductTest {

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24})
  void hessianVectorProductEqualsDenseHessianTimesVector(long seed) {
    Rng rng = Rng.of(seed, "hvp");
    Dataset data = NotesFixtures.randomData(40, rng);
    NetworkParams net = NotesFixtures.randomNet(9, rng, true);
    NaiveLoss naive = new NaiveLoss(data, LossNormalization.MEAN);
    SweepLoss sweep = SweepLoss.of(data);
    for (Coordinates c : Coordinates.values()) {
      CurvaturePoint point = CurvaturePoint.of(sweep, net, c);
      double[][] dense = c == Coordinates.NETWORK ? naive.hessian(net)
          : naive.hessian(net.toSpline());
      SymmetricOperator hvp = point.hessianOperator();
      for (int rep = 0; rep < 3; rep++) {
        double[] u = NotesFixtures.randomUnit(point.dimension(), rng);
        assertThat(hvp.apply(u)).containsExactly(NotesFixtures.times(dense, u), within(1e-12));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {31, 32, 33})
  void gaussNewtonAndKernelProductsMatchTheNaiveJacobian(long seed) {
    Rng rng = Rng.of(seed, "gn");
    Dataset data = NotesFixtures.randomData(17, rng);
    NetworkParams net = NotesFixtures.randomNet(5, rng, false);
    NaiveLoss naive = new NaiveLoss(data, LossNormalization.MEAN);
    SweepLoss sweep = SweepLoss.of(data);
    double w = 1.0 / data.size();
    for (Coordinates c : Coordinates.values()) {
      CurvaturePoint point = CurvaturePoint.of(sweep, net, c);
      double[][] jac = c == Coordinates.NETWORK ? naive.jacobian(net)
          : naive.jacobian(net.toSpline());
      int n = jac.length;
      int p = jac[0].length;
      double[][] gn = new double[p][p];
      double[][] k = new double[n][n];
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < p; b++) {
          for (int r = 0; r < n; r++) {
            gn[a][b] += w * jac[r][a] * jac[r][b];
          }
        }
      }
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          for (int q = 0; q < p; q++) {
            k[a][b] += jac[a][q] * jac[b][q];
          }
        }
      }
      double[][] denseGn = point.gaussNewton();
      for (int a = 0; a < p; a++) {
        assertThat(denseGn[a]).containsExactly(gn[a], within(1e-12));
      }
      SymmetricOperator gnOp = SymmetricOperator.gaussNewton(point.jacobian(), w);
      SymmetricOperator kOp = SymmetricOperator.tangentKernel(point.jacobian());
      double[] u = NotesFixtures.randomUnit(p, rng);
      double[] z = NotesFixtures.randomUnit(n, rng);
      assertThat(gnOp.apply(u)).containsExactly(NotesFixtures.times(gn, u), within(1e-12));
      assertThat(kOp.apply(z)).containsExactly(NotesFixtures.times(k, z), within(1e-11));
      // H = GN + R entrywise
      double[][] h = point.hessian();
      double[][] r = point.residualTerm();
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < p; b++) {
          assertThat(h[a][b]).isCloseTo(denseGn[a][b] + r[a][b], within(1e-13));
        }
      }
    }
  }

  @Test
  void denseOperatorValidatesItsMatrix() {
    assertThatThrownBy(() -> SymmetricOperator.dense(new double[][] {{1, 2}, {3, 4}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not symmetric");
    assertThatThrownBy(() -> SymmetricOperator.dense(new double[][] {{1, 2}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("square");
    SymmetricOperator op = SymmetricOperator.dense(new double[][] {{2, 1}, {1, 3}});
    assertThat(op.apply(new double[] {1, -1})).containsExactly(1, -2);
    assertThatThrownBy(() -> op.apply(new double[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 2");
  }

  @Test
  void rescalingDirectionsExistOnlyInNetworkCoordinates() {
    CurvaturePoint sp = CurvaturePoint.of(NotesFixtures.lossA(), NotesFixtures.netAB(),
        Coordinates.SPLINE);
    assertThatThrownBy(sp::rescalingDirections).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("quotiented out");
  }
}
