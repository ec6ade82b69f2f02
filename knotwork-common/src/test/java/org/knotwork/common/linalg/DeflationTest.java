package org.knotwork.common.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.knotwork.common.random.Rng;

/**
 * docs/linalg.md (LA7): the deflated solve against the full solve on random symmetric matrices with
 * planted zero rows and columns; (LA8): the general product against a triple loop.
 */
class DeflationTest {

  /** A random symmetric n x n matrix whose rows and columns in {@code zero} are exactly 0. */
  static double[][] planted(int n, int[] zero, Rng rng) {
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double x = rng.gaussian();
        a[i][j] = x;
        a[j][i] = x;
      }
    }
    for (int i : zero) {
      for (int j = 0; j < n; j++) {
        a[i][j] = 0;
        a[j][i] = 0;
      }
    }
    return a;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void deflatedAgreesWithTheFullSolve(long seed) {
    Rng rng = Rng.of(seed, "deflation");
    int n = 30 + rng.nextInt(40);
    int[] perm = rng.permutation(n);
    int[] zero = java.util.Arrays.copyOf(perm, 1 + rng.nextInt(n / 2));
    java.util.Arrays.sort(zero);
    double[][] a = planted(n, zero, rng);
    assertThat(SymmetricEigen.zeroRows(a)).containsExactly(zero);
    SymmetricEigen full = SymmetricEigen.full(a);
    SymmetricEigen defl = SymmetricEigen.deflated(a, true);
    double scale = Math.max(Math.abs(full.eigenvalues()[0]), Math.abs(full.eigenvalues()[n - 1]));
    for (int k = 0; k < n; k++) {
      assertThat(Math.abs(defl.eigenvalues()[k] - full.eigenvalues()[k]))
          .isLessThanOrEqualTo(1e-10 * scale);
      if (k > 0) {
        assertThat(defl.eigenvalues()[k]).isGreaterThanOrEqualTo(defl.eigenvalues()[k - 1]);
      }
    }
    // the planted zeros are exact and their vectors are the unit vectors
    int exactZeros = 0;
    for (int k = 0; k < n; k++) {
      if (defl.eigenvalues()[k] == 0.0) {
        exactZeros++;
      }
    }
    assertThat(exactZeros).isGreaterThanOrEqualTo(zero.length);
    // eigenvectors: residuals by hand, orthonormal
    double worst = 0;
    double[][] v = defl.eigenvectors();
    for (int k = 0; k < n; k++) {
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double r = -defl.eigenvalues()[k] * v[k][i];
        for (int j = 0; j < n; j++) {
          r += a[i][j] * v[k][j];
        }
        ss += r * r;
      }
      worst = Math.max(worst, Math.sqrt(ss));
      for (int l = 0; l <= k; l++) {
        double d = 0;
        for (int i = 0; i < n; i++) {
          d += v[k][i] * v[l][i];
        }
        assertThat(Math.abs(d - (k == l ? 1 : 0))).isLessThan(1e-12);
      }
    }
    assertThat(worst).isLessThan(1e-12 * scale);
    assertThat(defl.residual()).isLessThan(1e-12 * scale).isGreaterThanOrEqualTo(0);
    // inertia by factorisation with the zero rows deflated: the counts of the full eigenvalues
    // (at t = 0 of the deflated ones, whose planted zeros are exact; the full solve's are rounding)
    for (double t : new double[] {0, 1e-9 * scale, 0.3 * scale}) {
      Inertia byEig = Inertia.of(t == 0 ? defl.eigenvalues() : full.eigenvalues(), t);
      Inertia byDefl = Inertia.ofMatrixDeflated(a, t);
      assertThat(byDefl.positive()).isEqualTo(byEig.positive());
      assertThat(byDefl.zero()).isEqualTo(byEig.zero());
      assertThat(byDefl.negative()).isEqualTo(byEig.negative());
    }
    // values only: the same values as with vectors' spectrum to rounding
    SymmetricEigen values = SymmetricEigen.deflated(a, false);
    assertThat(values.eigenvectors()).isNull();
    for (int k = 0; k < n; k++) {
      assertThat(Math.abs(values.eigenvalues()[k] - full.eigenvalues()[k]))
          .isLessThanOrEqualTo(1e-10 * scale);
    }
  }

  @Test
  void withoutZeroRowsItIsTheFullSolveBitForBit() {
    double[][] a = planted(25, new int[0], Rng.of(9, "no-zero"));
    assertThat(SymmetricEigen.zeroRows(a)).isEmpty();
    SymmetricEigen f = SymmetricEigen.full(a);
    SymmetricEigen d = SymmetricEigen.deflated(a, true);
    assertThat(d.eigenvalues()).isEqualTo(f.eigenvalues());
    for (int k = 0; k < 25; k++) {
      assertThat(d.eigenvectors()[k]).isEqualTo(f.eigenvectors()[k]);
    }
    assertThat(d.residual()).isEqualTo(f.residual());
  }

  @Test
  void allZeroAndEdgeCases() {
    SymmetricEigen z = SymmetricEigen.deflated(new double[4][4], true);
    assertThat(z.eigenvalues()).containsExactly(0, 0, 0, 0);
    for (int k = 0; k < 4; k++) {
      double[] e = new double[4];
      e[k] = 1;
      assertThat(z.eigenvectors()[k]).containsExactly(e);
    }
    assertThat(z.residual()).isZero();
    // the planted zero sits between the negative and the positive eigenvalues
    double[][] a = {{-2, 0, 1}, {0, 0, 0}, {1, 0, 3}};
    SymmetricEigen d = SymmetricEigen.deflated(a, true);
    assertThat(d.eigenvalues()[1]).isZero();
    assertThat(d.eigenvectors()[1]).containsExactly(0, 1, 0);
    assertThat(d.eigenvalues()[0]).isNegative();
    assertThat(d.eigenvalues()[2]).isPositive();
    assertThatThrownBy(() -> SymmetricEigen.deflated(new double[][] {{0, 1}, {2, 0}}, false))
        .hasMessageContaining("not symmetric");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void productEqualsTheTripleLoop(int flags) {
    boolean ta = (flags & 1) != 0;
    boolean tb = (flags & 2) != 0;
    Rng rng = Rng.of(flags, "product");
    int m = 7;
    int n = 5;
    int k = 9;
    double[] a = new double[m * k];
    double[] b = new double[k * n];
    for (int i = 0; i < a.length; i++) {
      a[i] = rng.gaussian();
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = rng.gaussian();
    }
    double[] c = EigenBackends.java().product(ta, tb, m, n, k, a, b);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int p = 0; p < k; p++) {
          s += (ta ? a[p * m + i] : a[i * k + p]) * (tb ? b[j * k + p] : b[p * n + j]);
        }
        assertThat(Math.abs(c[i * n + j] - s)).isLessThan(1e-13);
      }
    }
    assertThat(EigenBackends.java().product(ta, tb, m, n, 0, new double[0], new double[0]))
        .containsOnly(0.0).hasSize(m * n);
    assertThatThrownBy(() -> EigenBackends.java().product(ta, tb, m, n, k, a, new double[3]))
        .hasMessageContaining("k x n");
  }
}
