package org.knotwork.lapack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.knotwork.common.linalg.EigenBackends;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.common.random.Rng;

/**
 * docs/linalg.md (LA7)-(LA8) on the native backend: dgemm against EJML's product for every
 * transposition, the deflated native solve against the full native solve on a matrix with planted
 * zero rows, and the same bytes from 1 and 2 Java threads (LA3).
 */
class DeflationProductTest {
  private static final LapackEigenBackend NATIVE = new LapackEigenBackend();

  @Test
  void dgemmEqualsTheJavaProduct() {
    Rng rng = Rng.of(3, "dgemm");
    int m = 37;
    int n = 23;
    int k = 51;
    double[] a = new double[m * k];
    double[] b = new double[k * n];
    for (int i = 0; i < a.length; i++) {
      a[i] = rng.gaussian();
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = rng.gaussian();
    }
    for (int f = 0; f < 4; f++) {
      boolean ta = (f & 1) != 0;
      boolean tb = (f & 2) != 0;
      double[] x = NATIVE.product(ta, tb, m, n, k, a, b);
      double[] y = EigenBackends.java().product(ta, tb, m, n, k, a, b);
      for (int i = 0; i < x.length; i++) {
        assertThat(Math.abs(x[i] - y[i])).as("transA %s transB %s", ta, tb).isLessThan(1e-12);
      }
    }
    assertThat(NATIVE.product(false, false, 3, 2, 0, new double[0], new double[0]))
        .containsOnly(0.0).hasSize(6);
  }

  private static double[][] planted(int n, Rng rng) {
    double[][] a = Matrices.randomSymmetric(n, rng);
    for (int i = 0; i < n; i += 3) {
      for (int j = 0; j < n; j++) {
        a[i][j] = 0;
        a[j][i] = 0;
      }
    }
    return a;
  }

  @Test
  void deflatedNativeSolveAgreesWithTheFullOneAndIsThreadStable() throws Exception {
    int n = 240;
    double[][] a = planted(n, Rng.of(5, "planted"));
    assertThat(SymmetricEigen.zeroRows(a)).hasSize(80);
    SymmetricEigen full = SymmetricEigen.full(a, NATIVE);
    SymmetricEigen defl = SymmetricEigen.deflated(a, true, NATIVE);
    double scale = AgreementTest.radius(full.eigenvalues());
    for (int k = 0; k < n; k++) {
      assertThat(Math.abs(defl.eigenvalues()[k] - full.eigenvalues()[k]))
          .isLessThanOrEqualTo(1e-10 * scale);
    }
    assertThat(defl.residual()).isLessThan(1e-12 * scale);
    SymmetricEigen values = SymmetricEigen.deflated(a, false, NATIVE);
    for (int k = 0; k < n; k++) {
      assertThat(Math.abs(values.eigenvalues()[k] - full.eigenvalues()[k]))
          .isLessThanOrEqualTo(1e-10 * scale);
    }
    // inertia by dsytrf on the deflated matrix equals the counts of the full spectrum
    for (double t : new double[] {1e-8 * scale, 0.25 * scale}) {
      org.knotwork.common.linalg.Inertia byEig =
          org.knotwork.common.linalg.Inertia.of(full.eigenvalues(), t);
      org.knotwork.common.linalg.Inertia byDefl =
          org.knotwork.common.linalg.Inertia.ofMatrixDeflated(a, t, NATIVE);
      assertThat(new int[] {byDefl.positive(), byDefl.zero(), byDefl.negative()})
          .containsExactly(byEig.positive(), byEig.zero(), byEig.negative());
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<SymmetricEigen> f1 = pool.submit(() -> SymmetricEigen.deflated(a, true, NATIVE));
      Future<SymmetricEigen> f2 = pool.submit(() -> SymmetricEigen.deflated(a, true, NATIVE));
      for (SymmetricEigen e : new SymmetricEigen[] {f1.get(), f2.get()}) {
        assertThat(e.eigenvalues()).isEqualTo(defl.eigenvalues());
        for (int k = 0; k < n; k++) {
          assertThat(e.eigenvectors()[k]).isEqualTo(defl.eigenvectors()[k]);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
