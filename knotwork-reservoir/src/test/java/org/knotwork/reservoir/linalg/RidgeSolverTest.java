package org.knotwork.reservoir.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;

/** Notes check 8. */
class RidgeSolverTest {

  private static double[][] random(int rows, int cols, Random r) {
    double[][] a = new double[rows][cols];
    for (double[] row : a) {
      for (int j = 0; j < cols; j++) {
        row[j] = r.nextGaussian();
      }
    }
    return a;
  }

  private static RidgeSolution fit(double[][] f, double[][] y, double beta) {
    int p = f[0].length;
    int k = y[0].length;
    GramAccumulator acc = new GramAccumulator(p, k, 16, false);
    for (int t = 0; t < f.length; t++) {
      acc.add(f[t], y[t]);
    }
    return acc.solve(beta);
  }

  @Test
  void solutionSatisfiesTheNormalEquations() {
    Random r = new Random(1);
    int t = 300;
    int p = 25;
    int k = 3;
    double beta = 0.7;
    double[][] f = random(t, p, r);
    double[][] y = random(t, k, r);
    RidgeSolution s = fit(f, y, beta);
    double[] w = s.weights();
    // W (R R^T + beta I) = Y R^T, per target row m and feature j
    for (int m = 0; m < k; m++) {
      for (int j = 0; j < p; j++) {
        double lhs = beta * w[m * p + j];
        double rhs = 0;
        double scale = 0;
        for (int tt = 0; tt < t; tt++) {
          double pred = 0;
          for (int i = 0; i < p; i++) {
            pred += w[m * p + i] * f[tt][i];
          }
          lhs += pred * f[tt][j];
          rhs += y[tt][m] * f[tt][j];
          scale += Math.abs(y[tt][m] * f[tt][j]);
        }
        assertThat(Math.abs(lhs - rhs) / scale).isLessThan(1e-10);
      }
    }
    assertThat(s.solver()).isEqualTo("cholesky");
    assertThat(s.samples()).isEqualTo(t);
  }

  @Test
  void zeroRidgeWithFullRankFeaturesIsLeastSquares() {
    Random r = new Random(2);
    int t = 200;
    int p = 12;
    double[][] f = random(t, p, r);
    double[][] y = random(t, 2, r);
    RidgeSolution s = fit(f, y, 0.0);
    DMatrixRMaj a = new DMatrixRMaj(f);
    DMatrixRMaj b = new DMatrixRMaj(y);
    DMatrixRMaj x = new DMatrixRMaj(p, 2);
    LinearSolverDense<DMatrixRMaj> qr = LinearSolverFactory_DDRM.leastSquares(t, p);
    assertThat(qr.setA(a)).isTrue();
    qr.solve(b, x);
    for (int m = 0; m < 2; m++) {
      for (int j = 0; j < p; j++) {
        assertThat(Math.abs(s.weights()[m * p + j] - x.get(j, m))).isLessThan(1e-10);
      }
    }
  }

  @Test
  void fallsBackToLuWhenTheMatrixIsIndefiniteAndRejectsSingularSystems() {
    // an indefinite symmetric system (not a Gram matrix) exercises the fallback
    double[] g = {1, 2, 2, 1};
    RidgeSolution s = RidgeSolver.solve(g, 2, new double[] {3, 3}, 1, 0.0, 1);
    assertThat(s.solver()).isEqualTo("lu");
    assertThat(s.weights()[0]).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThatThrownBy(() -> RidgeSolver.solve(new double[] {0, 0, 0, 0}, 2, new double[] {1, 1}, 1,
        0.0, 1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("beta");
    assertThatThrownBy(() -> RidgeSolver.solve(g, 2, new double[] {1, 1}, 1, -1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beta");
  }
}
