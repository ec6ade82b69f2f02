package org.knotwork.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.knotwork.common.math.Vectors;
import org.knotwork.data.Dataset;
import org.knotwork.fixtures.NotesFixtures;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;

/** Lanczos Ritz pairs against the exact dense spectrum. */
class LanczosTest {

  private static CurvaturePoint randomPoint(long seed, Coordinates c, int h) {
    Rng rng = Rng.of(seed, "lanczos-problem");
    Dataset data = NotesFixtures.randomData(60, rng);
    NetworkParams net = NotesFixtures.randomNet(h, rng, false);
    return CurvaturePoint.of(SweepLoss.of(data), net, c);
  }

  /** Stated bound: every Ritz value lies within its residual norm of an eigenvalue. */
  @ParameterizedTest
  @EnumSource(Coordinates.class)
  void everyRitzValueIsWithinItsResidualOfAnEigenvalue(Coordinates c) {
    CurvaturePoint point = randomPoint(51, c, 20);
    Spectrum exact = point.spectrum(false, ZeroTolerance.scaleAware());
    for (Lanczos.End end : Lanczos.End.values()) {
      // deliberately too few steps to converge
      LanczosResult r = Lanczos.extremal(point.hessianOperator(), 4, end,
          new Lanczos.Options(8, 1e-10), Rng.of(1, "lanczos"));
      for (int t = 0; t < r.count(); t++) {
        double gap = Double.POSITIVE_INFINITY;
        for (double l : exact.eigenvalues()) {
          gap = Math.min(gap, Math.abs(l - r.values()[t]));
        }
        assertThat(gap).isLessThanOrEqualTo(r.residuals()[t] * (1 + 1e-9) + 1e-13);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Coordinates.class)
  void convergedExtremesMatchTheDenseSpectrum(Coordinates c) {
    CurvaturePoint point = randomPoint(52, c, 20);
    Spectrum exact = point.spectrum(false, ZeroTolerance.scaleAware());
    LanczosResult top = Lanczos.extremal(point.hessianOperator(), 3, Lanczos.End.LARGEST,
        Lanczos.Options.defaults(), Rng.of(2, "lanczos"));
    assertThat(top.converged()).isTrue();
    assertThat(top.steps()).isLessThan(point.dimension());
    EstimatorError e = top.errorAgainst(exact);
    assertThat(e.relative()).isLessThan(1e-9);
    assertThat(top.maxResidual()).isLessThan(1e-8 * exact.max());
    // the most negative curvature: this random point is far from critical
    LanczosResult bottom = Lanczos.extremal(point.hessianOperator(), 1, Lanczos.End.SMALLEST,
        Lanczos.Options.defaults(), Rng.of(3, "lanczos"));
    assertThat(bottom.values()[0]).isLessThan(0);
    assertThat(bottom.errorAgainst(exact).relative()).isLessThan(1e-9);
  }

  /**
   * With P steps the restarts at invariant subspaces recover the whole spectrum, including the
   * repeated zero eigenvalues of an interpolating minimum (fixture B: 5 zeros).
   */
  @Test
  void fullRunRecoversRepeatedEigenvalues() {
    CurvaturePoint point = CurvaturePoint.network(NotesFixtures.lossB(), NotesFixtures.netAB());
    Spectrum exact = point.spectrum(false, ZeroTolerance.scaleAware());
    LanczosResult all = Lanczos.extremal(point.hessianOperator(), 10, Lanczos.End.SMALLEST,
        new Lanczos.Options(10, 1e-12), Rng.of(4, "lanczos"));
    assertThat(all.restarts()).isGreaterThanOrEqualTo(4);
    assertThat(all.values()).containsExactly(exact.eigenvalues(), within(1e-11 * exact.max()));
  }

  /** A matrix with a known spectrum: Q diag(1..n) Q<sup>T</sup> with a random orthogonal Q. */
  @Test
  void knownSpectrumWithAGap() {
    int n = 40;
    Rng rng = Rng.of(5, "matrix");
    double[][] q = new double[n][];
    for (int k = 0; k < n; k++) {
      double[] v = NotesFixtures.randomUnit(n, rng);
      Vectors.orthogonalize(v, q, k);
      Vectors.orthogonalize(v, q, k);
      Vectors.scale(1 / Vectors.norm(v), v);
      q[k] = v;
    }
    double[][] a = new double[n][n];
    for (int k = 0; k < n; k++) {
      double lam = k == n - 1 ? 100 : k + 1;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          a[i][j] += lam * q[k][i] * q[k][j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        a[i][j] = a[j][i];
      }
    }
    LanczosResult r = Lanczos.extremal(SymmetricOperator.dense(a), 1, Lanczos.End.LARGEST,
        Lanczos.Options.defaults(), Rng.of(6, "lanczos"));
    assertThat(r.values()[0]).isCloseTo(100, within(1e-9));
    assertThat(Math.abs(Vectors.dot(r.vectors()[0], q[n - 1]))).isCloseTo(1, within(1e-9));
  }

  @Test
  void sameSeedSameBytes() {
    CurvaturePoint point = randomPoint(53, Coordinates.SPLINE, 10);
    LanczosResult a = Lanczos.extremal(point.hessianOperator(), 2, Lanczos.End.LARGEST,
        Lanczos.Options.defaults(), Rng.of(7, "lanczos"));
    LanczosResult b = Lanczos.extremal(point.hessianOperator(), 2, Lanczos.End.LARGEST,
        Lanczos.Options.defaults(), Rng.of(7, "lanczos"));
    assertThat(a.values()).isEqualTo(b.values());
    assertThat(a.vectors()).isDeepEqualTo(b.vectors());
  }

  @Test
  void rejectsBadArguments() {
    SymmetricOperator op = SymmetricOperator.dense(new double[][] {{1, 0}, {0, 2}});
    assertThatThrownBy(() -> Lanczos.extremal(op, 3, Lanczos.End.LARGEST,
        Lanczos.Options.defaults(), Rng.of(1, "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be in [1, 2]");
    assertThatThrownBy(() -> new Lanczos.Options(0, 1e-8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSteps");
    assertThatThrownBy(() -> new Lanczos.Options(10, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance");
  }
}
