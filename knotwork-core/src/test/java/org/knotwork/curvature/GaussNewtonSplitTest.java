package org.knotwork.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.fixtures.NotesFixtures;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;

/** H = wJ<sup>T</sup>J + R, the residual spectrum in closed form, and S19 at interpolating minima. */
class GaussNewtonSplitTest {

  @ParameterizedTest
  @ValueSource(longs = {41, 42, 43})
  void residualSpectrumHasTheClosedFormAndGaussNewtonMatchesTheKernel(long seed) {
    Rng rng = Rng.of(seed, "split");
    Dataset data = NotesFixtures.randomData(12, rng);
    NetworkParams net = NotesFixtures.randomNet(6, rng, false);
    for (Coordinates c : Coordinates.values()) {
      CurvaturePoint point = CurvaturePoint.of(SweepLoss.of(data), net, c);
      GaussNewtonSplit split = GaussNewtonSplit.of(point, ZeroTolerance.scaleAware());
      assertThat(split.residual().eigenvalues()).containsExactly(
          GaussNewtonSplit.residualEigenvaluesFromMoments(point), within(1e-13));
      // non-zero spectra of wJ^TJ and wJJ^T coincide at every point
      assertThat(split.kernelMismatch()).isLessThan(1e-12);
      assertThat(split.gaussNewton().inertia().positive()).isEqualTo(split.rankJ());
      assertThat(split.gaussNewton().inertia().negative()).isZero();
      assertThat(split.residualNorm()).isGreaterThan(1e-3);
    }
  }

  /** E5/S19: at an interpolating minimum the positive spectrum of H is that of wK. */
  @ParameterizedTest
  @EnumSource(Coordinates.class)
  void fixtureBPositiveSpectrumEqualsTheTangentKernel(Coordinates c) {
    CurvaturePoint point = CurvaturePoint.of(NotesFixtures.lossB(), NotesFixtures.netAB(), c);
    GaussNewtonSplit split = GaussNewtonSplit.of(point, ZeroTolerance.scaleAware());
    assertThat(split.residualNorm()).isZero();
    assertThat(split.rankJ()).isEqualTo(5);
    assertThat(split.hessian().inertia().positive()).isEqualTo(5);
    assertThat(split.hessian().inertia().zero()).isEqualTo(point.dimension() - 5);
    assertThat(split.hessian().inertia().negative()).isZero();
    assertThat(split.hessian().positiveEigenvalues())
        .containsExactly(split.kernel().eigenvalues(), within(1e-12 * split.kernel().max()));
    assertThat(split.hessianKernelMismatch()).isLessThan(1e-13);
  }

  /** S20: same-orientation knots in one data gap add at most 2 to rank J. */
  @Test
  void knotsInOneGapLimitTheRank() {
    Dataset data = new Dataset(new double[] {-1, -0.5, 0, 0.5, 1}, new double[5]);
    // three right-facing knots in the gap (0, 0.5): they span {1[x>0], x 1[x>0]} only
    NetworkParams net = new NetworkParams(new double[] {1, 2, 0.5},
        new double[] {-0.1, -0.4, -0.15}, new double[] {1, -2, 3}, 0.0);
    double[] y = new double[5];
    for (int n = 0; n < 5; n++) {
      y[n] = net.value(data.x(n));
    }
    SweepLoss loss = SweepLoss.of(new Dataset(data.x(), y));
    GaussNewtonSplit split = GaussNewtonSplit.of(
        CurvaturePoint.network(loss, net), ZeroTolerance.scaleAware());
    assertThat(split.rankJ()).isEqualTo(3);
    assertThat(split.hessian().inertia().zero()).isEqualTo(10 - 3);
  }
}
