package org.knotwork.lapack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.common.linalg.EigenBackends;
import org.knotwork.common.linalg.Inertia;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.common.random.Rng;
import org.knotwork.curvature.CurvaturePoint;
import org.knotwork.data.Dataset;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;

/**
 * Inertia by LDL<sup>T</sup> (dsytrf) and Sylvester's law against inertia counted on eigenvalues
 * (docs/linalg.md (LA2), (LA5)): on the notes' curvature fixtures A, B, C (spline-lens.md &sect;4),
 * on Hessians with exact null spaces, on constructed spectra straddling the tolerance, and the
 * 2&times;2-block sign rule by hand.
 */
class InertiaTest {
  private static final LapackEigenBackend NATIVE = new LapackEigenBackend();

  // fixtures A, B, C of spline-lens.md section 4 (the same numbers as knotwork-core's NotesFixtures)
  private static final double[] X_AB = {-1.5, -1, 0, 1, 1.5};
  private static final NetworkParams NET_AB = new NetworkParams(new double[] {1, -2, 0.5},
      new double[] {0.5, 1, -0.125}, new double[] {2, -1, 1.5}, 0.25);
  private static final NetworkParams NET_C = new NetworkParams(new double[] {1},
      new double[] {-8.0 / 3.0}, new double[] {0}, -1.8);

  private static SweepLoss lossA() {
    return SweepLoss.of(new Dataset(X_AB, new double[] {1, -1, 0.5, 2, 0}), LossNormalization.SUM);
  }

  private static SweepLoss lossB() {
    double[] y = new double[X_AB.length];
    for (int n = 0; n < y.length; n++) {
      y[n] = NET_AB.value(X_AB[n]);
    }
    return SweepLoss.of(new Dataset(X_AB, y), LossNormalization.SUM);
  }

  private static SweepLoss lossC() {
    return SweepLoss.of(new Dataset(new double[] {0, 1, 2, 3, 4},
        new double[] {-2, -2, -2, -1, -2}), LossNormalization.SUM);
  }

  /** Factorisation inertia = eigenvalue inertia at the same tolerance, and at the default rule. */
  private static Inertia assertSameInertia(double[][] h, String what) {
    double[] eig = SymmetricEigen.values(h, EigenBackends.java()).eigenvalues();
    double tol = Inertia.defaultTolerance(eig);
    Inertia byEigenvalues = Inertia.of(eig, tol);
    assertThat(Inertia.ofMatrix(h, tol, NATIVE)).as("%s, factorised", what)
        .isEqualTo(byEigenvalues);
    // the Java backend's shifted inertia counts eigenvalues: the same by construction
    assertThat(Inertia.ofMatrix(h, tol, EigenBackends.java())).isEqualTo(byEigenvalues);
    // the default rule with ||A||_2 by Lanczos instead of max|lambda|: same counts, same tolerance
    // to 1e-10 relative
    Inertia byDefault = Inertia.ofMatrix(h);
    assertThat(new int[] {byDefault.positive(), byDefault.zero(), byDefault.negative()})
        .as("%s, default rule", what).containsExactly(byEigenvalues.positive(),
            byEigenvalues.zero(), byEigenvalues.negative());
    assertThat(Math.abs(byDefault.tolerance() - tol)).isLessThanOrEqualTo(1e-10 * tol);
    return byEigenvalues;
  }

  @Test
  void notesFixtures() {
    Inertia a = assertSameInertia(CurvaturePoint.network(lossA(), NET_AB).hessian(), "A nn");
    assertThat(a).extracting(Inertia::positive, Inertia::zero, Inertia::negative)
        .containsExactly(7, 0, 3);
    Inertia as = assertSameInertia(CurvaturePoint.of(lossA(), NET_AB, Coordinates.SPLINE)
        .hessian(), "A spline");
    assertThat(as).extracting(Inertia::positive, Inertia::zero, Inertia::negative)
        .containsExactly(4, 0, 3);
    Inertia b = assertSameInertia(CurvaturePoint.network(lossB(), NET_AB).hessian(), "B nn");
    assertThat(b).extracting(Inertia::positive, Inertia::zero, Inertia::negative)
        .containsExactly(5, 5, 0);
    Inertia bs = assertSameInertia(CurvaturePoint.of(lossB(), NET_AB, Coordinates.SPLINE)
        .hessian(), "B spline");
    assertThat(bs.zero()).isEqualTo(2);
    Inertia c = assertSameInertia(CurvaturePoint.network(lossC(), NET_C).hessian(), "C nn");
    assertThat(c).extracting(Inertia::positive, Inertia::zero, Inertia::negative)
        .containsExactly(2, 1, 1);
    Inertia cs = assertSameInertia(CurvaturePoint.of(lossC(), NET_C, Coordinates.SPLINE)
        .hessian(), "C spline");
    assertThat(cs.negative()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void hessiansAtMinimaAndGenericPoints(long seed) {
    Rng rng = Rng.of(seed, "inertia");
    for (Coordinates c : Coordinates.values()) {
      Inertia min = assertSameInertia(Matrices.interpolatingHessian(12, 25, c,
          rng.split("min-" + c)), "minimum " + c);
      assertThat(min.negative()).isZero();
      assertThat(min.zero()).isGreaterThan(0);
      Inertia generic = assertSameInertia(Matrices.genericHessian(15, 40, c,
          rng.split("generic-" + c)), "generic " + c);
      assertThat(generic.negative()).isGreaterThan(0);
    }
  }

  /** Eigenvalues on both sides of &plusmn;t, far from it in rounding terms: counts by hand. */
  @Test
  void eigenvaluesStraddlingTheTolerance() {
    double t = 1e-6;
    double[] lambda = {-1, -2 * t, -0.999 * t, -0.5 * t, 0, 0.5 * t, 0.999 * t, 1.001 * t, 2 * t,
        3};
    double[][] a = Matrices.withSpectrum(lambda, Rng.of(7, "straddle"));
    assertThat(Inertia.ofMatrix(a, t, NATIVE)).isEqualTo(new Inertia(3, 5, 2, t));
    assertThat(Inertia.ofMatrix(a, t, EigenBackends.java())).isEqualTo(new Inertia(3, 5, 2, t));
    // tolerance 0: one factorisation; exact zero eigenvalue -> rounding decides its sign, so use a
    // nonsingular matrix: 4 negative, 5 positive
    double[][] b = Matrices.withSpectrum(new double[] {-1, -2e-3, -1e-5, -4, 1e-5, 2e-3, 1, 5, 9},
        Rng.of(8, "nonsingular"));
    assertThat(Inertia.ofMatrix(b, 0, NATIVE)).isEqualTo(new Inertia(5, 0, 4, 0));
  }

  /** Sylvester counts of A &minus; &sigma;I equal the eigenvalue counts on either side of &sigma;. */
  @Test
  void shiftedInertiaCountsEigenvaluesBelowAndAboveTheShift() {
    double[][] a = Matrices.randomSymmetric(80, Rng.of(9, "shift"));
    double[] eig = SymmetricEigen.values(a, EigenBackends.java()).eigenvalues();
    double[] flat = new double[80 * 80];
    for (int i = 0; i < 80; i++) {
      System.arraycopy(a[i], 0, flat, i * 80, 80);
    }
    for (double shift : new double[] {-20, -5.3, -0.1, 0.0, 0.77, 4.2, 30}) {
      int above = 0;
      int below = 0;
      for (double l : eig) {
        above += l > shift ? 1 : 0;
        below += l < shift ? 1 : 0;
      }
      assertThat(NATIVE.shiftedInertia(flat, 80, shift)).as("shift %s", shift)
          .containsExactly(above, 80 - above - below, below);
    }
  }

  /** The sign rule of D's blocks, by hand (dsytrf, uplo = L, column-major). */
  @Test
  void blockSignsByHand() {
    // 1x1 blocks 2, 0, -3
    assertThat(LapackEigenBackend.blockSigns(new double[] {2, 0, 0, 0, 0, 0, 0, 0, -3},
        new int[] {1, 2, 3}, 3)).containsExactly(1, 1, 1);
    // one 2x2 block [[p, q], [q, r]] (lower triangle holds q at (1, 0) = index 1)
    int[] twoByTwo = {-2, -2};
    assertThat(LapackEigenBackend.blockSigns(new double[] {0, 1, 99, 0}, twoByTwo, 2))
        .containsExactly(1, 0, 1);
    assertThat(LapackEigenBackend.blockSigns(new double[] {2, 0.5, 99, 1}, twoByTwo, 2))
        .containsExactly(2, 0, 0);
    assertThat(LapackEigenBackend.blockSigns(new double[] {-2, 0.5, 99, -1}, twoByTwo, 2))
        .containsExactly(0, 0, 2);
    assertThat(LapackEigenBackend.blockSigns(new double[] {1, 1, 99, 1}, twoByTwo, 2))
        .containsExactly(1, 1, 0);
  }
}
