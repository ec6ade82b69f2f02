package org.knotwork.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.fixtures.NotesFixtures;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.common.random.Rng;

/**
 * Hutchinson's trace and SLQ densities against the exact dense spectrum, as Monte Carlo tests with
 * stated standard errors. Tolerances: a single estimate must lie within 4 standard errors (two-sided
 * normal tail 6e-5); coverage of &plusmn;2 standard errors over 400 independent seeds must lie in
 * [0.91, 0.98] (the nominal 0.954 &plusmn; 3.5 binomial standard errors of 0.0105).
 */
class StochasticEstimatorsTest {

  private static CurvaturePoint point() {
    Rng rng = Rng.of(61, "estimators-problem");
    Dataset data = NotesFixtures.randomData(50, rng);
    NetworkParams net = NotesFixtures.randomNet(12, rng, false);
    return CurvaturePoint.of(SweepLoss.of(data), net, Coordinates.NETWORK);
  }

  @Test
  void hutchinsonIsWithinFourStandardErrorsAndItsErrorBarIsRight() {
    CurvaturePoint p = point();
    double[][] h = p.hessian();
    Spectrum exact = Spectrum.values(h);
    int probes = 200;
    TraceEstimate t = HutchinsonTrace.estimate(p.hessianOperator(), probes, Rng.of(1, "hutch"));
    double se = HutchinsonTrace.exactStandardError(h, probes);
    EstimatorError e = t.errorAgainst(exact);
    assertThat(e.absolute()).isLessThan(4 * se);
    // the sample standard error estimates the exact one to within ~3/sqrt(2 probes)
    assertThat(t.standardError()).isCloseTo(se, within(0.25 * se));
  }

  @Test
  void hutchinsonCoverageOverIndependentSeeds() {
    CurvaturePoint p = point();
    double[][] h = p.hessian();
    double trace = 0;
    for (int i = 0; i < h.length; i++) {
      trace += h[i][i];
    }
    SymmetricOperator op = p.hessianOperator();
    int inside = 0;
    int reps = 400;
    for (int s = 0; s < reps; s++) {
      TraceEstimate t = HutchinsonTrace.estimate(op, 60, Rng.of(1000 + s, "hutch"));
      if (Math.abs(t.estimate() - trace) <= 2 * t.standardError()) {
        inside++;
      }
    }
    assertThat(inside / (double) reps).isBetween(0.91, 0.98);
  }

  /**
   * With at least as many steps as distinct eigenvalues the quadrature is exact, so SLQ is unbiased
   * and its error is pure Monte Carlo error.
   */
  @Test
  void slqDensityIsWithinItsStandardErrors() {
    CurvaturePoint p = point();
    Spectrum exact = Spectrum.values(p.hessian());
    double lo = exact.min() - 1;
    double hi = exact.max() + 1;
    double sigma = (hi - lo) / 50;
    DensityEstimate d = SpectralDensity.estimate(p.hessianOperator(), 200, p.dimension(), sigma,
        SpectralDensity.grid(lo, hi, 101), Rng.of(2, "slq"));
    // 101 correlated grid points: allow 4.5 standard errors at the worst point
    assertThat(d.maxStandardizedError(exact)).isLessThan(4.5);
    EstimatorError e = d.errorAgainst(exact);
    assertThat(e.absolute()).isLessThan(4.5 * e.statedBound());
    // each probe's quadrature weights sum to 1
    for (double[] w : d.weights()) {
      double s = 0;
      for (double x : w) {
        s += x;
      }
      assertThat(s).isCloseTo(1, within(1e-12));
    }
    // first and second moments: tr(H)/P and ||H||_F^2/P
    double[] m1 = d.moment(1);
    double[] m2 = d.moment(2);
    double tr = exact.trace() / exact.dimension();
    double fro = 0;
    for (double l : exact.eigenvalues()) {
      fro += l * l;
    }
    fro /= exact.dimension();
    assertThat(Math.abs(m1[0] - tr)).isLessThan(4 * m1[1]);
    assertThat(Math.abs(m2[0] - fro)).isLessThan(4 * m2[1]);
  }

  @Test
  void slqMomentCoverageOverIndependentSeeds() {
    CurvaturePoint p = point();
    Spectrum exact = Spectrum.values(p.hessian());
    double tr = exact.trace() / exact.dimension();
    SymmetricOperator op = p.hessianOperator();
    int inside = 0;
    int reps = 400;
    double[] grid = {0.0};
    for (int s = 0; s < reps; s++) {
      DensityEstimate d = SpectralDensity.estimate(op, 30, 12, 1.0, grid,
          Rng.of(5000 + s, "slq"));
      double[] m = d.moment(1);
      if (Math.abs(m[0] - tr) <= 2 * m[1]) {
        inside++;
      }
    }
    // 12 steps reproduce moments up to degree 23 exactly, so the first moment is unbiased
    assertThat(inside / (double) reps).isBetween(0.91, 0.98);
  }

  @Test
  void rejectsBadArguments() {
    SymmetricOperator op = SymmetricOperator.dense(new double[][] {{1}});
    assertThatThrownBy(() -> HutchinsonTrace.estimate(op, 1, Rng.of(1, "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probes");
    assertThatThrownBy(() -> SpectralDensity.estimate(op, 5, 3, 0, new double[] {0},
        Rng.of(1, "x"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sigma");
    assertThatThrownBy(() -> SpectralDensity.grid(1, 0, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hi > lo");
  }
}
