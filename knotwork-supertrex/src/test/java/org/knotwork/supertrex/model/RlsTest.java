package org.knotwork.supertrex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.common.random.Rng;

/** RLS equals ridge regression (spiking.md check 3), and a 2 &times; 2 case by hand. */
class RlsTest {

  @Test
  void twoByTwoByHand() {
    Rls rls = new Rls(2, 10);
    double c = rls.prepare(new double[] {1, 2});
    // k = P r = (0.1, 0.2), r'k = 0.5, c = 2/3
    assertThat(rls.gain()).containsExactly(new double[] {0.1, 0.2}, within(1e-17));
    assertThat(c).isCloseTo(2.0 / 3, within(1e-16));
    rls.downdate(c);
    assertThat(rls.get(0, 0)).isCloseTo(0.1 - 0.01 * 2 / 3, within(1e-16));
    assertThat(rls.get(0, 1)).isCloseTo(-0.02 * 2 / 3, within(1e-16));
    assertThat(rls.get(1, 1)).isCloseTo(0.1 - 0.04 * 2 / 3, within(1e-16));
    assertThat(rls.get(1, 0)).isEqualTo(rls.get(0, 1));
  }

  @Test
  void recursiveLeastSquaresIsRidgeRegression() {
    int n = 50;
    int samples = 2000;
    double gamma = 10;
    Rng rng = Rng.of(7, "rls");
    double[][] mix = new double[n][3];
    for (double[] row : mix) {
      for (int k = 0; k < 3; k++) {
        row[k] = rng.gaussian();
      }
    }
    DMatrixRMaj x = new DMatrixRMaj(samples, n);
    DMatrixRMaj y = new DMatrixRMaj(samples, 2);
    Rls rls = new Rls(n, gamma);
    double[][] w = new double[2][n];
    for (int t = 0; t < samples; t++) {
      double a = Math.sin(0.01 * t);
      double b = Math.cos(0.023 * t);
      double[] r = new double[n];
      for (int i = 0; i < n; i++) {
        r[i] = Math.tanh(mix[i][0] * a + mix[i][1] * b + 0.3 * mix[i][2]);
        x.set(t, i, r[i]);
      }
      double[] target = {a * b + 0.1 * rng.gaussian(), a - b};
      y.set(t, 0, target[0]);
      y.set(t, 1, target[1]);
      // FORCE form with the a-priori error: W <- W - c (W r - y) k'
      double c = rls.prepare(r);
      double[] k = rls.gain().clone();
      rls.downdate(c);
      for (int m = 0; m < 2; m++) {
        double z = 0;
        for (int i = 0; i < n; i++) {
          z += w[m][i] * r[i];
        }
        for (int i = 0; i < n; i++) {
          w[m][i] -= c * (z - target[m]) * k[i];
        }
      }
    }
    // ridge: W' = (X'X + gamma I)^-1 X'Y
    DMatrixRMaj a = new DMatrixRMaj(n, n);
    CommonOps_DDRM.multTransA(x, x, a);
    for (int i = 0; i < n; i++) {
      a.add(i, i, gamma);
    }
    DMatrixRMaj xty = new DMatrixRMaj(n, 2);
    CommonOps_DDRM.multTransA(x, y, xty);
    DMatrixRMaj ridge = new DMatrixRMaj(n, 2);
    LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(n);
    assertThat(chol.setA(a.copy())).isTrue();
    chol.solve(xty, ridge);
    DMatrixRMaj lu = new DMatrixRMaj(n, 2);
    assertThat(CommonOps_DDRM.solve(a, xty, lu)).isTrue();
    DMatrixRMaj inverse = new DMatrixRMaj(n, n);
    assertThat(CommonOps_DDRM.invert(a, inverse)).isTrue();
    double worstW = 0;
    double worstRidge = 0;
    for (int i = 0; i < n; i++) {
      for (int m = 0; m < 2; m++) {
        worstW = Math.max(worstW, Math.abs(w[m][i] - lu.get(i, m)));
        worstRidge = Math.max(worstRidge, Math.abs(ridge.get(i, m) - lu.get(i, m)));
      }
    }
    assertThat(worstW).isLessThan(1e-10);
    assertThat(worstRidge).isLessThan(1e-10);
    double worstP = 0;
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        p[i][j] = rls.get(i, j);
        worstP = Math.max(worstP, Math.abs(p[i][j] - inverse.get(i, j)));
        assertThat(rls.get(i, j)).isEqualTo(rls.get(j, i));
      }
    }
    assertThat(worstP).isLessThan(1e-12);
    double smallest = Double.POSITIVE_INFINITY;
    for (double v : SymmetricEigen.values(p).eigenvalues()) {
      smallest = Math.min(smallest, v);
    }
    assertThat(smallest).isPositive();
  }
}
