package org.knotwork.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.curvature.CurvaturePoint;
import org.knotwork.data.Dataset;
import org.knotwork.fixtures.NotesFixtures;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;
import org.knotwork.net.SplineParams;

/** Classification by S15/S16 at hand-constructed points. */
class CriticalPointsTest {

  @Test
  void fixtureCIsAStrictSaddleWithTheHandDerivedEscape() {
    CriticalPointReport r = CriticalPoints.classify(NotesFixtures.lossC(), NotesFixtures.netC(),
        ClassificationTolerances.defaults());
    assertThat(r.type()).isEqualTo(CriticalPointType.STRICT_SADDLE);
    NeuronReport n = r.neurons().get(0);
    assertThat(n.state()).isEqualTo(NeuronState.SILENT);
    assertThat(n.s()).isCloseTo(-0.6, within(1e-14));
    assertThat(n.d()).isCloseTo(0.0, within(1e-14));
    assertThat(n.activeCount()).isEqualTo(2);
    // block [[0, 0.6], [0.6, 17/9]] (w = 1): lambda = (17/9 - sqrt((17/9)^2 + 1.44)) / 2
    double a = 17.0 / 9.0;
    double lambda = 0.5 * (a - Math.sqrt(a * a + 4 * 0.36));
    assertThat(r.escapes()).hasSize(1);
    EscapeDirection e = r.escapes().get(0);
    assertThat(e.curvature()).isCloseTo(lambda, within(1e-14));
    // its Rayleigh quotient with the full Hessian is the block eigenvalue
    double[][] h = CurvaturePoint.spline(NotesFixtures.lossC(), NotesFixtures.netC().toSpline())
        .hessian();
    double[] u = e.direction();
    double q = 0;
    for (int i = 0; i < u.length; i++) {
      for (int j = 0; j < u.length; j++) {
        q += u[i] * h[i][j] * u[j];
      }
    }
    assertThat(q).isCloseTo(lambda, within(1e-14));
    assertThat(r.spline().min()).isLessThanOrEqualTo(lambda);
    assertThat(r.spline().inertia().negative()).isEqualTo(1);
    assertThat(r.network().inertia().negative()).isEqualTo(1);
    assertThat(r.hessianAgrees()).isTrue();
  }

  @Test
  void fixtureBIsADegenerateMinimumAndFixtureAIsNotCritical() {
    CriticalPointReport b = CriticalPoints.classify(NotesFixtures.lossB(), NotesFixtures.netAB(),
        ClassificationTolerances.defaults());
    assertThat(b.type()).isEqualTo(CriticalPointType.DEGENERATE_MINIMUM);
    assertThat(b.spline().inertia().zero()).isEqualTo(2);
    assertThat(b.loss()).isZero();
    CriticalPointReport a = CriticalPoints.classify(NotesFixtures.lossA(), NotesFixtures.netAB(),
        ClassificationTolerances.defaults());
    assertThat(a.type()).isEqualTo(CriticalPointType.NOT_CRITICAL);
    assertThat(a.gradientNorm()).isGreaterThan(1);
  }

  /** Two knots in different gaps, each seeing at least two points: rank J = 5 = P, so H > 0. */
  @Test
  void interpolatingPointWithFullRankJacobianIsAnIsolatedMinimum() {
    SplineParams p = new SplineParams(new double[] {-0.25, 0.35}, new double[] {1.5, -2.0},
        new int[] {1, -1}, 0.3);
    double[] x = {-1, -0.5, 0, 0.5, 0.75, 1};
    double[] y = new double[x.length];
    for (int n = 0; n < x.length; n++) {
      y[n] = p.value(x[n]);
    }
    SweepLoss loss = SweepLoss.of(new Dataset(x, y));
    CriticalPointReport r = CriticalPoints.classify(loss, p, ClassificationTolerances.defaults());
    assertThat(r.type()).isEqualTo(CriticalPointType.MINIMUM);
    assertThat(r.spline().inertia().positive()).isEqualTo(5);
    assertThat(r.network()).isNull();
    assertThat(r.count(NeuronState.ALIVE)).isEqualTo(2);
  }

  /**
   * A dead neuron (knot right of the data, facing right) adds flat directions: the same point
   * becomes a degenerate minimum.
   */
  @Test
  void deadNeuronMakesTheMinimumDegenerate() {
    SplineParams p = new SplineParams(new double[] {-0.25, 0.35, 2.0}, new double[] {1.5, -2.0, 0.7},
        new int[] {1, -1, 1}, 0.3);
    double[] x = {-1, -0.5, 0, 0.5, 0.75, 1};
    double[] y = new double[x.length];
    for (int n = 0; n < x.length; n++) {
      y[n] = p.value(x[n]);
    }
    CriticalPointReport r = CriticalPoints.classify(SweepLoss.of(new Dataset(x, y)), p,
        ClassificationTolerances.defaults());
    assertThat(r.type()).isEqualTo(CriticalPointType.DEGENERATE_MINIMUM);
    assertThat(r.neurons().get(2).state()).isEqualTo(NeuronState.DEAD);
    assertThat(r.spline().inertia().zero()).isEqualTo(2);
  }

  /**
   * A knot exactly on a data point: f = c + &mu; relu(x) on x = (&minus;1, &minus;0.5, 0, 0.5, 1), loss
   * &frac12;&Sigma;r<sup>2</sup>. The one-sided derivatives are checked by hand and against one-sided finite
   * differences of the loss.
   */
  @Test
  void knotOnADataPointNotStationaryIsNonsmooth() {
    // c = 0, mu = 1: r = (0, 0, 1, 0, 0); S+ = 0, S- = 1, and dL/dc = sum r = 1
    CriticalPointReport r = classifyAtZero(0.0, 1.0);
    KnotAtData k = r.contacts().get(0);
    assertThat(k.dataIndex()).isEqualTo(2);
    assertThat(k.leftDerivative()).isCloseTo(-1.0, within(1e-14));
    assertThat(k.rightDerivative()).isCloseTo(0.0, within(1e-14));
    assertThat(k.trapped()).isTrue();
    assertThat(r.gradientNorm()).isCloseTo(1.0, within(1e-14));
    assertThat(r.type()).isEqualTo(CriticalPointType.NONSMOOTH);
  }

  @Test
  void knotTrappedOnADataPointIsClarkeStationary() {
    // c = -0.3125, mu = 1.375 solve sum r = 0 and D = 0 by hand; then S+ = -0.0625, S- = 0.625,
    // dL/dbeta = -mu S: right 0.0859375 >= 0 >= left -0.859375
    CriticalPointReport r = classifyAtZero(-0.3125, 1.375);
    KnotAtData k = r.contacts().get(0);
    assertThat(k.leftDerivative()).isCloseTo(-0.859375, within(1e-14));
    assertThat(k.rightDerivative()).isCloseTo(0.0859375, within(1e-14));
    assertThat(r.gradientNorm()).isLessThan(1e-14);
    assertThat(r.type()).isEqualTo(CriticalPointType.TRAPPED_KNOT);
  }

  private static CriticalPointReport classifyAtZero(double c, double mu) {
    double[] x = {-1, -0.5, 0, 0.5, 1};
    double[] y = {0, 0, -1, 0.5, 1};
    SweepLoss loss = SweepLoss.of(new Dataset(x, y), LossNormalization.SUM);
    SplineParams p = new SplineParams(new double[] {0.0}, new double[] {mu}, new int[] {1}, c);
    CriticalPointReport r = CriticalPoints.classify(loss, p, ClassificationTolerances.defaults());
    assertThat(r.contacts()).hasSize(1);
    KnotAtData k = r.contacts().get(0);
    double h = 1e-7;
    double l0 = loss.loss(p);
    assertThat(k.rightDerivative()).isCloseTo((loss.loss(shift(p, h)) - l0) / h, within(1e-5));
    assertThat(k.leftDerivative()).isCloseTo((l0 - loss.loss(shift(p, -h))) / h, within(1e-5));
    return r;
  }

  private static SplineParams shift(SplineParams p, double d) {
    double[] b = p.beta();
    b[0] += d;
    return new SplineParams(b, p.mu(), p.orientation(), p.c());
  }

  @Test
  void tolerancesAreValidated() {
    assertThatThrownBy(() -> new ClassificationTolerances(0, 1e-6, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gradient");
    assertThatThrownBy(() -> new ClassificationTolerances(1e-6, 2, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moment");
    assertThatThrownBy(() -> new ClassificationTolerances(1e-6, 1e-6, -1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("silent");
    assertThatThrownBy(() -> new ClassificationTolerances(1e-6, 1e-6, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contact");
    NetworkParams net = NotesFixtures.netC();
    assertThat(CriticalPoints.classify(NotesFixtures.lossC(), net,
        ClassificationTolerances.defaults().withGradient(1e-20)).type())
        .isIn(CriticalPointType.NOT_CRITICAL, CriticalPointType.STRICT_SADDLE);
  }
}
