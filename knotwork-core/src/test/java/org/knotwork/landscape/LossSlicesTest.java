package org.knotwork.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.knotwork.curvature.CurvaturePoint;
import org.knotwork.curvature.Spectrum;
import org.knotwork.curvature.ZeroTolerance;
import org.knotwork.data.Dataset;
import org.knotwork.fixtures.NotesFixtures;
import org.knotwork.loss.ShallowObjective;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;
import org.knotwork.common.random.Rng;

/**
 * Loss slices against closed forms: within one activation region L is a quartic polynomial along
 * any line (S16), quadratic along a single &mu;<sub>i</sub> and, inside a data gap, along a single
 * &beta;<sub>i</sub>; the rescaling orbit is flat.
 */
class LossSlicesTest {

  @Test
  void rescalingOrbitIsFlatToOneInATrillion() {
    Rng rng = Rng.of(81, "orbit");
    Dataset data = NotesFixtures.randomData(30, rng);
    NetworkParams net = NotesFixtures.randomNet(6, rng, false);
    SweepLoss loss = SweepLoss.of(data);
    double l0 = loss.loss(net);
    double[] tau = LossSlices.grid(-3, 3, 61);
    for (int neuron = -1; neuron < net.width(); neuron++) {
      Slice1D s = LossSlices.rescalingOrbit(loss, net, neuron, tau);
      for (double l : s.loss()) {
        assertThat(Math.abs(l - l0)).isLessThanOrEqualTo(1e-12 * Math.max(1, l0));
      }
    }
    // by contrast, the same-size step along a generic direction changes the loss
    ShallowObjective obj = ShallowObjective.network(loss, net.width());
    Slice1D generic = LossSlices.line(obj, net.toVector(),
        NotesFixtures.randomUnit(obj.dimension(), rng), tau);
    assertThat(generic.range()).isGreaterThan(1e-3);
  }

  /** Fixture A: the t<sup>2</sup> coefficient along each eigenvector is &frac12;&lambda;<sub>k</sub>. */
  @ParameterizedTest
  @EnumSource(Coordinates.class)
  void eigenvectorSlicesHaveCurvatureLambda(Coordinates c) {
    SweepLoss loss = NotesFixtures.lossA();
    NetworkParams net = NotesFixtures.netAB();
    CurvaturePoint point = CurvaturePoint.of(loss, net, c);
    ShallowObjective obj = c == Coordinates.NETWORK ? ShallowObjective.network(loss, 3)
        : ShallowObjective.spline(loss, net.toSpline().orientation());
    Spectrum spec = point.spectrum(true, ZeroTolerance.scaleAware());
    double[] theta = point.parameters();
    double t1 = 1e-3;
    double t2 = 2e-3;
    for (int k = 0; k < spec.dimension(); k++) {
      Slice1D s = LossSlices.eigenvector(obj, theta, spec, k, new double[] {-t2, -t1, 0, t1, t2});
      double[] l = s.loss();
      // second differences D(t) = lambda + c4 t^2 (L is quartic in t here); Richardson removes c4
      double d1 = (l[1] + l[3] - 2 * l[2]) / (t1 * t1);
      double d2 = (l[0] + l[4] - 2 * l[2]) / (t2 * t2);
      double lambda = (t2 * t2 * d1 - t1 * t1 * d2) / (t2 * t2 - t1 * t1);
      assertThat(lambda).as("k=%d", k)
          .isCloseTo(spec.eigenvalue(k), within(1e-6 * Math.abs(spec.max())));
    }
  }

  @Test
  void singleKnotMovesAreQuadraticWithTheS18Curvatures() {
    Rng rng = Rng.of(82, "knot");
    Dataset data = NotesFixtures.randomData(40, rng);
    SplineParams p = NotesFixtures.randomNet(5, rng, false).toSpline();
    SweepLoss loss = SweepLoss.of(data);
    double w = 1.0 / data.size();
    double[][] h = loss.hessian(p);
    for (int i = 0; i < p.width(); i++) {
      // delta-slope: f is affine in mu_i, so L is exactly quadratic with curvature w sum ramp^2
      Slice1D mu = LossSlices.deltaSlope(loss, p, i, new double[] {-0.5, 0, 0.5});
      double[] l = mu.loss();
      double ramp2 = 0;
      int active = 0;
      double gap = Double.POSITIVE_INFINITY;
      for (int n = 0; n < data.size(); n++) {
        double z = p.orientation(i) * (data.x(n) - p.beta(i));
        if (z > 0) {
          ramp2 += z * z;
          active++;
        }
        gap = Math.min(gap, Math.abs(data.x(n) - p.beta(i)));
      }
      assertThat((l[0] + l[2] - 2 * l[1]) / 0.25).isCloseTo(w * ramp2, within(1e-10));
      assertThat(h[p.width() + i][p.width() + i]).isCloseTo(w * ramp2, within(1e-12));
      // knot shift inside its data gap: quadratic with curvature w mu^2 (number of active points)
      double step = 0.4 * gap;
      Slice1D beta = LossSlices.knotShift(loss, p, i, new double[] {-step, 0, step});
      double[] lb = beta.loss();
      double expected = w * p.mu(i) * p.mu(i) * active;
      assertThat((lb[0] + lb[2] - 2 * lb[1]) / (step * step))
          .isCloseTo(expected, within(1e-6 * (1 + expected)));
      assertThat(h[i][i]).isCloseTo(expected, within(1e-12 * (1 + expected)));
    }
    Slice2D plane = LossSlices.knotPlane(loss, p, 0, new double[] {0}, new double[] {0, 0.1});
    assertThat(plane.loss(0, 0)).isEqualTo(loss.loss(p));
    assertThat(plane.loss(0, 1)).isEqualTo(LossSlices.deltaSlope(loss, p, 0,
        new double[] {0.1}).loss()[0]);
  }

  @Test
  void segmentRunsFromOneEndpointToTheOther() {
    Rng rng = Rng.of(83, "segment");
    Dataset data = NotesFixtures.randomData(20, rng);
    SweepLoss loss = SweepLoss.of(data);
    NetworkParams a = NotesFixtures.randomNet(4, rng, false);
    NetworkParams b = NotesFixtures.randomNet(4, rng, false);
    ShallowObjective obj = ShallowObjective.network(loss, 4);
    Slice1D s = LossSlices.segment(obj, a.toVector(), b.toVector(), new double[] {0, 0.5, 1});
    assertThat(s.loss()[0]).isEqualTo(loss.loss(a));
    assertThat(s.loss()[2]).isCloseTo(loss.loss(b), within(1e-12 * (1 + loss.loss(b))));
    double[] mid = new double[a.toVector().length];
    for (int k = 0; k < mid.length; k++) {
      mid[k] = a.toVector()[k] + 0.5 * (b.toVector()[k] - a.toVector()[k]);
    }
    assertThat(s.loss()[1]).isEqualTo(loss.loss(NetworkParams.fromVector(mid)));
  }

  @Test
  void badArgumentsAreRejected() {
    SweepLoss loss = NotesFixtures.lossA();
    SplineParams p = NotesFixtures.netAB().toSpline();
    assertThatThrownBy(() -> LossSlices.knotShift(loss, p, 3, new double[] {0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neuron must be in");
    assertThatThrownBy(() -> LossSlices.rescalingOrbit(loss, NotesFixtures.netAB(), 5,
        new double[] {0})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("neuron");
    ShallowObjective obj = ShallowObjective.network(loss, 3);
    assertThatThrownBy(() -> LossSlices.line(obj, new double[3], new double[10], new double[] {0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("origin");
    assertThatThrownBy(() -> LossSlices.grid(1, 1, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hi > lo");
    assertThatThrownBy(() -> new Slice1D(new double[2], new double[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t has 2");
  }
}
