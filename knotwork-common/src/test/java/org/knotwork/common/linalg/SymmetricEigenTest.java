package org.knotwork.common.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

  /** Q diag(λ) Qᵀ with a Householder Q has eigenvalues λ exactly (up to rounding). */
  @Test
  void recoversAConstructedSpectrum() {
    double[] lam = {-3, -1e-12, 0, 0, 2.5, 7, 1e3};
    double[][] a = constructed(lam);
    SymmetricEigen e = SymmetricEigen.full(a);
    assertThat(e.eigenvalues()).containsExactly(lam, within(1e-11));
    assertThat(e.residual()).isLessThan(1e-11);
    Inertia in = e.inertia();
    assertThat(in.negative()).isEqualTo(1);
    assertThat(in.zero()).isEqualTo(3);
    assertThat(in.positive()).isEqualTo(3);
    assertThat(in.tolerance()).isCloseTo(100 * 7 * Math.ulp(1.0) * 1e3, within(1e-20));
  }

  /** Q diag(lam) Q^T with one Householder reflection Q. */
  static double[][] constructed(double[] lam) {
    int n = lam.length;
    double[] u = {1, -2, 0.5, 3, -1, 0.25, 2};
    double uu = 0;
    for (double x : u) {
      uu += x * x;
    }
    double[][] q = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        q[i][j] = (i == j ? 1 : 0) - 2 * u[i] * u[j] / uu;
      }
    }
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += q[i][k] * lam[k] * q[j][k];
        }
        a[i][j] = s;
        a[j][i] = s;
      }
    }
    return a;
  }

  @Test
  void rejectsNonSymmetricOrNonFiniteInput() {
    assertThatThrownBy(() -> SymmetricEigen.values(new double[][] {{1, 2}, {3, 4}}))
        .hasMessageContaining("not symmetric");
    assertThatThrownBy(() -> SymmetricEigen.values(new double[][] {{Double.NaN}}))
        .hasMessageContaining("(0,0)");
  }

  @Test
  void inertiaCountsAtAStatedTolerance() {
    Inertia in = Inertia.of(new double[] {-1, -1e-3, 0, 1e-3, 2}, 1e-2);
    assertThat(in).isEqualTo(new Inertia(1, 3, 1, 1e-2));
  }

  /** The unchecked decomposition is the full one, bit for bit, without the residual. */
  @Test
  void uncheckedDecompositionEqualsTheFullOneWithoutResidual() {
    int n = 12;
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double x = Math.sin(1.7 * i + 0.3 * j * j) + (i == j ? 2 : 0);
        a[i][j] = x;
        a[j][i] = x;
      }
    }
    SymmetricEigen full = SymmetricEigen.full(a);
    SymmetricEigen fast = SymmetricEigen.fullUnchecked(a);
    assertThat(fast.eigenvalues()).containsExactly(full.eigenvalues());
    for (int k = 0; k < n; k++) {
      assertThat(fast.eigenvectors()[k]).containsExactly(full.eigenvectors()[k]);
    }
    assertThat(fast.residual()).isNaN();
    assertThat(full.residual()).isLessThan(1e-12);
  }
}
