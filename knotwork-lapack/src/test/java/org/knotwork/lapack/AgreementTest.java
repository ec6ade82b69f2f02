package org.knotwork.lapack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.common.linalg.EigenBackend;
import org.knotwork.common.linalg.EigenBackends;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.common.random.Rng;
import org.knotwork.net.Coordinates;

/**
 * Native LAPACK against the pure-Java backend (EJML), an independent implementation of the same
 * problem: eigenvalues to 1e-10 relative to &Vert;A&Vert;, eigenvectors as invariant subspaces
 * (the projector onto each cluster of equal eigenvalues, so that sign and the basis of a repeated
 * eigenvalue do not matter) to 1e-10&middot;&Vert;A&Vert;/gap, on random symmetric matrices and on
 * spline-lens Hessians with exact null spaces (docs/linalg.md (LA1)).
 */
class AgreementTest {
  private static final LapackEigenBackend NATIVE = new LapackEigenBackend();
  private static final EigenBackend JAVA = EigenBackends.java();

  @BeforeAll
  static void nativeLoads() {
    assertThat(NATIVE.available()).as("native LAPACK loads: %s", NATIVE.unavailableReason())
        .isTrue();
  }

  @Test
  void theServiceLoaderChoosesTheNativeBackend() {
    assertThat(EigenBackends.selected().name()).isEqualTo("lapack");
    assertThat(EigenBackends.choose("auto", List.of(NATIVE))).isSameAs(NATIVE);
  }

  @Test
  void randomSymmetricMatrices() {
    Rng rng = Rng.of(1, "random-symmetric");
    for (int n : new int[] {1, 2, 3, 10, 57, 200}) {
      assertAgree(Matrices.randomSymmetric(n, rng.split("n" + n)), "random n = " + n);
    }
  }

  @Test
  void constructedSpectraWithRepeatedAndTinyEigenvalues() {
    double[] lambda = {-3, -1e-12, 0, 0, 0, 2.5, 2.5, 7, 1e3};
    assertAgree(Matrices.withSpectrum(lambda, Rng.of(2, "q")), "constructed");
    SymmetricEigen e = SymmetricEigen.values(Matrices.withSpectrum(lambda, Rng.of(2, "q")), NATIVE);
    for (int k = 0; k < lambda.length; k++) {
      assertThat(Math.abs(e.eigenvalues()[k] - lambda[k])).isLessThan(1e-12 * 1e3);
    }
  }

  @Test
  void splineHessiansWithExactNullSpaces() {
    Rng rng = Rng.of(3, "hessians");
    for (Coordinates c : Coordinates.values()) {
      double[][] h = Matrices.interpolatingHessian(20, 30, c, rng.split("min-" + c));
      SymmetricEigen j = SymmetricEigen.values(h, JAVA);
      // the null space is really there: at least the 20 rescaling directions in network coordinates
      int zeros = j.inertia().zero();
      assertThat(zeros).as("nullity in %s", c).isGreaterThanOrEqualTo(c == Coordinates.NETWORK
          ? 20 : 1);
      SymmetricEigen n = SymmetricEigen.values(h, NATIVE);
      assertThat(n.inertia()).isEqualTo(new org.knotwork.common.linalg.Inertia(
          j.inertia().positive(), zeros, j.inertia().negative(), n.inertia().tolerance()));
      assertAgree(h, "interpolating minimum, " + c);
      assertAgree(Matrices.genericHessian(30, 80, c, rng.split("generic-" + c)),
          "generic point, " + c);
    }
  }

  @Test
  void eigenvalueRangesMatchTheFullSpectrum() {
    Rng rng = Rng.of(4, "range");
    double[][] a = Matrices.randomSymmetric(60, rng);
    SymmetricEigen all = SymmetricEigen.full(a, JAVA);
    double norm = radius(all.eigenvalues());
    int[][] ranges = {{0, 0}, {59, 59}, {0, 9}, {25, 40}, {0, 59}};
    for (int[] r : ranges) {
      for (EigenBackend b : List.of(NATIVE, JAVA)) {
        SymmetricEigen part = SymmetricEigen.range(a, r[0], r[1], true, b);
        assertThat(part.eigenvalues()).hasSize(r[1] - r[0] + 1);
        for (int k = r[0]; k <= r[1]; k++) {
          assertThat(Math.abs(part.eigenvalues()[k - r[0]] - all.eigenvalues()[k]))
              .as("%s range %d..%d, eigenvalue %d", b.name(), r[0], r[1], k)
              .isLessThan(1e-10 * norm);
          double overlap = Math.abs(dot(part.eigenvectors()[k - r[0]], all.eigenvectors()[k]));
          assertThat(overlap).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        }
      }
    }
  }

  @Test
  void residualsAreSmallAndComputedNatively() {
    double[][] a = Matrices.randomSymmetric(150, Rng.of(5, "residual"));
    SymmetricEigen n = SymmetricEigen.full(a, NATIVE);
    SymmetricEigen j = SymmetricEigen.full(a, JAVA);
    double norm = radius(j.eigenvalues());
    assertThat(n.residual()).isLessThan(1e-12 * norm);
    // the two residuals are both rounding-level, not equal
    assertThat(Math.abs(n.residual() - j.residual())).isLessThan(1e-12 * norm);
  }

  // ---------------------------------------------------------------------------------------------

  /** Values to 1e-10 relative, vectors orthonormal and spanning the same cluster subspaces. */
  static void assertAgree(double[][] a, String what) {
    int n = a.length;
    SymmetricEigen j = SymmetricEigen.full(a, JAVA);
    SymmetricEigen x = SymmetricEigen.full(a, NATIVE);
    SymmetricEigen xv = SymmetricEigen.values(a, NATIVE);
    double norm = Math.max(radius(j.eigenvalues()), Double.MIN_NORMAL);
    for (int k = 0; k < n; k++) {
      assertThat(Math.abs(x.eigenvalues()[k] - j.eigenvalues()[k])).as("%s: eigenvalue %d", what, k)
          .isLessThan(1e-10 * norm);
      assertThat(Math.abs(xv.eigenvalues()[k] - j.eigenvalues()[k]))
          .as("%s: eigenvalue %d, values only", what, k).isLessThan(1e-10 * norm);
    }
    assertThat(x.residual()).as("%s: native residual", what).isLessThan(1e-12 * norm);
    for (int k = 0; k < n; k++) {
      for (int l = 0; l <= k; l++) {
        assertThat(Math.abs(dot(x.eigenvectors()[k], x.eigenvectors()[l]) - (k == l ? 1 : 0)))
            .as("%s: orthonormality %d %d", what, k, l).isLessThan(1e-12 * Math.max(1, n));
      }
    }
    // clusters: maximal runs of eigenvalues closer than 1e-8 ||A||
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && j.eigenvalues()[end] - j.eigenvalues()[end - 1] <= 1e-8 * norm) {
        end++;
      }
      double gapBelow = start == 0 ? Double.POSITIVE_INFINITY
          : j.eigenvalues()[start] - j.eigenvalues()[start - 1];
      double gapAbove = end == n ? Double.POSITIVE_INFINITY
          : j.eigenvalues()[end] - j.eigenvalues()[end - 1];
      double gap = Math.min(gapBelow, gapAbove);
      double allowed = gap == Double.POSITIVE_INFINITY ? 1e-10 : 1e-10 * Math.max(1, norm / gap);
      double diff = projectorDifference(j.eigenvectors(), x.eigenvectors(), start, end, n);
      assertThat(diff).as("%s: subspace of eigenvalues %d..%d (gap %s)", what, start, end - 1,
          gap).isLessThan(allowed);
      start = end;
    }
  }

  /** max<sub>i,l</sub>|(P<sub>1</sub> &minus; P<sub>2</sub>)<sub>il</sub>| of the two projectors. */
  private static double projectorDifference(double[][] v1, double[][] v2, int from, int to, int n) {
    double max = 0;
    for (int i = 0; i < n; i++) {
      for (int l = 0; l < n; l++) {
        double p = 0;
        for (int k = from; k < to; k++) {
          p += v1[k][i] * v1[k][l] - v2[k][i] * v2[k][l];
        }
        max = Math.max(max, Math.abs(p));
      }
    }
    return max;
  }

  static double radius(double[] eigenvalues) {
    return Math.max(Math.abs(eigenvalues[0]), Math.abs(eigenvalues[eigenvalues.length - 1]));
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
