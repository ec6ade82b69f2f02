package org.knotwork.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.common.math.Vectors;
import org.knotwork.fixtures.NotesFixtures;
import org.knotwork.common.linalg.Inertia;
import org.knotwork.net.Coordinates;

/**
 * The Hessian spectra of the notes' golden fixtures A, B, C (spline-lens.md &sect;4, E5), loss
 * &frac12;&Sigma;r<sup>2</sup>. Reference eigenvalues are the notes' LAPACK values (six significant
 * digits), so the tolerance is 1e-6 relative to the spectral radius.
 */
class NotesFixturesSpectrumTest {

  private static void assertEigenvalues(Spectrum s, double[] expected) {
    double scale = Math.max(Math.abs(expected[0]), Math.abs(expected[expected.length - 1]));
    assertThat(s.eigenvalues()).hasSize(expected.length);
    for (int k = 0; k < expected.length; k++) {
      assertThat(s.eigenvalue(k)).as("eigenvalue %d", k)
          .isCloseTo(expected[k], within(1e-6 * scale));
    }
  }

  @Test
  void fixtureAGenericPoint() {
    Spectrum nn = CurvaturePoint.network(NotesFixtures.lossA(), NotesFixtures.netAB())
        .spectrum(false, ZeroTolerance.scaleAware());
    assertEigenvalues(nn, new double[] {-11.68597, -9.81723, -9.54959, 0.025777, 0.158418,
        0.933113, 3.585092, 12.28623, 42.04633, 53.11158});
    assertThat(nn.inertia()).isEqualTo(new Inertia(7, 0, 3, nn.tolerance()));
    Spectrum sp = CurvaturePoint.of(NotesFixtures.lossA(), NotesFixtures.netAB(), Coordinates.SPLINE)
        .spectrum(false, ZeroTolerance.scaleAware());
    assertEigenvalues(sp, new double[] {-6.92201, -6.65153, -5.09628, 1.10491, 7.43444,
        22.37046, 33.01001});
    assertThat(sp.inertia()).isEqualTo(new Inertia(4, 0, 3, sp.tolerance()));
  }

  @Test
  void fixtureBInterpolatingMinimum() {
    CurvaturePoint nn = CurvaturePoint.network(NotesFixtures.lossB(), NotesFixtures.netAB());
    Spectrum s = nn.spectrum(true, ZeroTolerance.scaleAware());
    assertThat(s.inertia().zero()).isEqualTo(5);
    assertThat(s.inertia().positive()).isEqualTo(5);
    assertThat(s.inertia().negative()).isZero();
    for (int k = 0; k < 5; k++) {
      assertThat(Math.abs(s.eigenvalue(k))).isLessThan(5e-14);
    }
    assertThat(s.positiveEigenvalues())
        .containsExactly(new double[] {0.0626239, 0.181097, 3.706084, 32.74805, 44.39590},
            within(1e-6 * 44.4));
    Spectrum sp = CurvaturePoint.of(NotesFixtures.lossB(), NotesFixtures.netAB(), Coordinates.SPLINE)
        .spectrum(false, ZeroTolerance.scaleAware());
    assertThat(sp.inertia().zero()).isEqualTo(2);
    assertThat(sp.positiveEigenvalues())
        .containsExactly(new double[] {0.0414117, 0.109537, 1.830105, 15.67608, 27.59287},
            within(1e-6 * 27.6));
  }

  @Test
  void fixtureCStrictSaddleFromASilentNeuronByHand() {
    CurvaturePoint sp = CurvaturePoint.of(NotesFixtures.lossC(), NotesFixtures.netC(),
        Coordinates.SPLINE);
    // hand-derived (beta, mu, c) Hessian: S = -0.6, ramps (1/3, 4/3) at x = 3, 4, N = 5
    double[][] byHand = {{0, 0.6, 0}, {0.6, 17.0 / 9.0, 5.0 / 3.0}, {0, 5.0 / 3.0, 5}};
    double[][] h = sp.hessian();
    for (int i = 0; i < 3; i++) {
      assertThat(h[i]).containsExactly(byHand[i], within(1e-14));
    }
    assertThat(sp.gradientNorm()).isLessThan(1e-14);
    Spectrum s = sp.spectrum(false, ZeroTolerance.scaleAware());
    assertEigenvalues(s, new double[] {-0.2271785, 1.3817250, 5.7343424});
    assertThat(s.inertia().negative()).isEqualTo(1);

    CurvaturePoint nn = CurvaturePoint.network(NotesFixtures.lossC(), NotesFixtures.netC());
    Spectrum sn = nn.spectrum(true, ZeroTolerance.scaleAware());
    assertEigenvalues(sn, new double[] {-1.1354713, 0, 2.2123212, 5.8120389});
    assertThat(sn.inertia()).isEqualTo(new Inertia(2, 1, 1, sn.tolerance()));
    // the zero is the rescaling direction (w, b, -v) = (1, -8/3, 0)
    NullDirections nd = NullDirections.of(nn, sn);
    assertThat(nd.rescaling()).hasSize(1);
    assertThat(nd.rescaling().get(0).neuron()).isZero();
    assertThat(nd.rescaling().get(0).outsideNullSpace()).isLessThan(1e-12);
    assertThat(nd.other()).isEmpty();
  }

  @Test
  void fixtureBNullSpaceIsThreeRescalingsPlusTwoOthers() {
    CurvaturePoint nn = CurvaturePoint.network(NotesFixtures.lossB(), NotesFixtures.netAB());
    Spectrum s = nn.spectrum(true, ZeroTolerance.scaleAware());
    NullDirections nd = NullDirections.of(nn, s);
    assertThat(nd.nullity()).isEqualTo(5);
    assertThat(nd.rescaling()).extracting(NullDirections.RescalingDirection::neuron)
        .containsExactly(0, 1, 2);
    for (NullDirections.RescalingDirection r : nd.rescaling()) {
      assertThat(r.hessianResidual()).isLessThan(1e-13);
      assertThat(r.outsideNullSpace()).isLessThan(1e-10);
    }
    double[][] other = nd.other();
    assertThat(other).hasNumberOfRows(2);
    double[][] hess = nn.hessian();
    double[][] t = nn.rescalingDirections();
    for (double[] o : other) {
      assertThat(Vectors.norm(o)).isCloseTo(1.0, within(1e-12));
      assertThat(Vectors.norm(NotesFixtures.times(hess, o))).isLessThan(1e-12);
      for (double[] ti : t) {
        assertThat(Vectors.dot(o, ti)).isCloseTo(0.0, within(1e-12));
      }
    }
    assertThat(Vectors.dot(other[0], other[1])).isCloseTo(0.0, within(1e-12));
  }
}
