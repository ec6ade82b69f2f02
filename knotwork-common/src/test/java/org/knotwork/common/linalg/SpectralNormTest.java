package org.knotwork.common.linalg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;

/**
 * The Lanczos estimate of &Vert;A&Vert;<sub>2</sub> (docs/linalg.md (LA6)) against max|&lambda;| of
 * the full eigen-solve, and the default-tolerance inertia built on it against {@link Inertia#of}.
 */
class SpectralNormTest {

  @Test
  void estimateEqualsTheLargestAbsoluteEigenvalue() {
    Rng rng = Rng.of(5, "norm");
    for (int n : new int[] {1, 2, 5, 40, 150}) {
      double[][] a = EigenBackendsTest.randomSymmetric(n, rng.split("n" + n));
      double[] eig = SymmetricEigen.values(a).eigenvalues();
      double exact = Math.max(Math.abs(eig[0]), Math.abs(eig[n - 1]));
      double est = SpectralNorm.estimate(a);
      assertThat(Math.abs(est - exact)).as("n = %d", n).isLessThanOrEqualTo(1e-10 * exact);
    }
  }

  @Test
  void negativeDominantEigenvalueAndLowRank() {
    // -5 dominates; rank 2 so the Krylov space becomes invariant after two steps
    double[] u = {1, 2, -1, 0.5};
    double[] w = {0.3, -1, 1, 2};
    double nu = Math.sqrt(6.25);
    double nw = Math.sqrt(6.09);
    double[][] a = new double[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        a[i][j] = -5 * u[i] * u[j] / (nu * nu) + 2 * w[i] * w[j] / (nw * nw);
      }
    }
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < i; j++) {
        a[i][j] = a[j][i];
      }
    }
    double[] eig = SymmetricEigen.values(a).eigenvalues();
    assertThat(SpectralNorm.estimate(a)).isCloseTo(Math.abs(eig[0]),
        org.assertj.core.api.Assertions.within(1e-12));
    assertThat(SpectralNorm.estimate(new double[][] {{0, 0}, {0, 0}})).isZero();
  }

  @Test
  void defaultRuleInertiaFromTheMatrixMatchesTheEigenvalues() {
    double[] lambda = {-3, -1e-12, 0, 0, 2.5, 7, 1e3};
    double[][] a = SymmetricEigenTest.constructed(lambda);
    double[] eig = SymmetricEigen.values(a).eigenvalues();
    Inertia byEigenvalues = Inertia.of(eig, Inertia.defaultTolerance(eig));
    Inertia byMatrix = Inertia.ofMatrix(a);
    assertThat(byMatrix.positive()).isEqualTo(byEigenvalues.positive());
    assertThat(byMatrix.zero()).isEqualTo(3);
    assertThat(byMatrix.negative()).isEqualTo(1);
    assertThat(Math.abs(byMatrix.tolerance() - byEigenvalues.tolerance()))
        .isLessThanOrEqualTo(1e-10 * byEigenvalues.tolerance());
    assertThat(Inertia.ofMatrix(a, 2.0)).isEqualTo(new Inertia(3, 3, 1, 2.0));
    assertThat(Inertia.ofMatrix(a, 5.0)).isEqualTo(new Inertia(2, 5, 0, 5.0));
    assertThat(Inertia.ofMatrix(new double[0][], 1.0)).isEqualTo(new Inertia(0, 0, 0, 1.0));
  }
}
