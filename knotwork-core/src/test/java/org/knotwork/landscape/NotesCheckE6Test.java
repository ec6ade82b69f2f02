package org.knotwork.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.curvature.CurvaturePoint;
import org.knotwork.curvature.GaussNewtonSplit;
import org.knotwork.curvature.Spectrum;
import org.knotwork.curvature.ZeroTolerance;
import org.knotwork.data.DataSpec;
import org.knotwork.data.Dataset;
import org.knotwork.data.Target;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/**
 * Notes check E6 (spline-lens.md &sect;7): H = 4, N = 40 noisy points of sin 3x on [&minus;1, 1], trained to
 * a small gradient and classified; then a silent neuron inserted at a root of D(&beta;) with S &ne; 0
 * must give exactly one negative eigenvalue, and a step t along its eigenvector must lower L by
 * &frac12;t<sup>2</sup>&lambda; + O(t<sup>3</sup>).
 */
class NotesCheckE6Test {
  static SweepLoss loss;
  static NetworkParams trained;
  static CriticalPointReport report;

  @BeforeAll
  static void train() {
    Dataset data = new DataSpec(Target.SIN3, 40, -1, 1, true, 0.1, 0).generate();
    loss = SweepLoss.of(data);
    // seed 8 of this data set reaches a smooth critical point after 16070 GD steps (eta = 0.1)
    AtlasOptions o = new AtlasOptions(4, 1, 8, 0.1, 20_000, 1e-2, 1e-3,
        ClassificationTolerances.defaults(), 1e-6);
    AtlasRun run = Atlas.run(loss, o, 8);
    trained = run.end();
    report = run.report();
  }

  @Test
  void trainedNetIsAMinimumWithVanishingMoments() {
    double g2 = 0;
    for (double g : loss.gradient(trained)) {
      g2 += g * g;
    }
    assertThat(Math.sqrt(g2)).isLessThan(1e-7);
    assertThat(report.type()).isIn(CriticalPointType.MINIMUM, CriticalPointType.DEGENERATE_MINIMUM);
    // S_i and X_i from direct sums over the data, independent of the sweep engine
    double[] r = loss.residuals(trained);
    Dataset d = loss.data();
    for (int i = 0; i < trained.width(); i++) {
      if (trained.v(i) == 0) {
        continue;
      }
      double s = 0;
      double x = 0;
      int active = 0;
      for (int n = 0; n < d.size(); n++) {
        if (trained.w(i) * d.x(n) + trained.b(i) > 0) {
          s += r[n];
          x += r[n] * d.x(n);
          active++;
        }
      }
      if (active > 0) {
        assertThat(Math.abs(s)).as("S_%d", i).isLessThan(1e-9);
        assertThat(Math.abs(x)).as("X_%d", i).isLessThan(1e-9);
      }
    }
    // Hessian >= -1e-8 in both coordinates; at a minimum with all S_i = 0, H = GN so #pos = rank J
    CurvaturePoint nn = CurvaturePoint.network(loss, trained);
    GaussNewtonSplit split = GaussNewtonSplit.of(nn, ZeroTolerance.absolute(1e-10));
    assertThat(split.hessian().min()).isGreaterThan(-1e-8);
    assertThat(split.hessian().inertia().positive()).isEqualTo(split.rankJ());
    assertThat(split.hessian().inertia().zero()).isEqualTo(13 - split.rankJ());
    assertThat(report.spline().min()).isGreaterThan(-1e-8);
    assertThat(report.hessianAgrees()).isTrue();
  }

  @Test
  void silentNeuronAtARootOfDGivesExactlyOneNegativeEigenvalue() {
    List<SilentSaddle> saddles = SilentSaddles.find(loss, trained.toSpline(), 1e-6, 1e-6);
    assertThat(saddles).isNotEmpty();
    for (SilentSaddle s : saddles) {
      NetworkParams withSilent = SilentSaddles.insert(trained, s, 1.0);
      // f unchanged, still critical
      assertThat(loss.loss(withSilent)).isCloseTo(loss.loss(trained), within(1e-15));
      CurvaturePoint nn = CurvaturePoint.network(loss, withSilent);
      assertThat(nn.gradientNorm()).isLessThan(1e-7);
      Spectrum snn = nn.spectrum(true, ZeroTolerance.absolute(1e-10));
      assertThat(snn.inertia().negative()).isEqualTo(1);
      SplineParams sp = SilentSaddles.insert(trained.toSpline(), s);
      Spectrum ssp = CurvaturePoint.spline(loss, sp).spectrum(true, ZeroTolerance.absolute(1e-10));
      assertThat(ssp.inertia().negative()).isEqualTo(1);
      CriticalPointReport rep = CriticalPoints.classify(loss, withSilent,
          ClassificationTolerances.defaults());
      assertThat(rep.type()).isEqualTo(CriticalPointType.STRICT_SADDLE);
      assertThat(rep.escapes()).hasSize(1);
      assertThat(rep.escapes().get(0).neuron()).isEqualTo(4);
      assertThat(rep.escapes().get(0).curvature()).isCloseTo(s.curvature(),
          within(1e-12 * Math.abs(s.curvature()) + 1e-18));
    }
  }

  @Test
  void steppingAlongTheNegativeEigenvectorLowersTheLossByHalfTSquaredLambda() {
    SilentSaddle s = SilentSaddles.find(loss, trained.toSpline(), 1e-6, 1e-6).stream()
        .min(Comparator.comparingDouble(SilentSaddle::curvature)).orElseThrow();
    NetworkParams withSilent = SilentSaddles.insert(trained, s, 1.0);
    Spectrum spec = CurvaturePoint.network(loss, withSilent)
        .spectrum(true, ZeroTolerance.absolute(1e-10));
    double lambda = spec.min();
    double[] u = spec.eigenvector(0);
    double l0 = loss.loss(withSilent);
    double[] theta = withSilent.toVector();
    double previous = Double.POSITIVE_INFINITY;
    for (double t : new double[] {1e-3, 1e-4, 1e-5}) {
      double[] moved = theta.clone();
      for (int i = 0; i < moved.length; i++) {
        moved[i] += t * u[i];
      }
      double dl = loss.loss(NetworkParams.fromVector(moved)) - l0;
      double predicted = 0.5 * t * t * lambda;
      assertThat(dl).isNegative();
      double relErr = Math.abs(dl / predicted - 1);
      // the cubic term makes the relative error O(t): it must shrink roughly tenfold per step
      assertThat(relErr).isLessThan(Math.min(0.01, previous / 5));
      previous = relErr;
    }
    assertThat(previous).isLessThan(1e-4);
  }
}
