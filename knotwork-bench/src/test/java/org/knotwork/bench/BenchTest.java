package org.knotwork.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.NaiveLoss;
import org.knotwork.loss.ShallowObjective;
import org.knotwork.loss.SweepLoss;
import org.knotwork.net.NetworkParams;

/**
 * Benchmark problems, the gradient-descent stand-in, the step-size rule and the flow right-hand side,
 * each against an independent reference (the O(N&middot;H) loss, dense eigenvalues, central finite
 * differences).
 */
class BenchTest {

  @Test
  void problemsAreReproducibleAndFollowTheStatedDistributions() {
    BenchProblem p = new BenchProblem(400, 300, 7);
    assertThat(p.data()).isEqualTo(new BenchProblem(400, 300, 7).data());
    assertThat(p.initialNetwork()).isEqualTo(new BenchProblem(400, 300, 7).initialNetwork());
    assertThat(p.data()).isNotEqualTo(new BenchProblem(400, 300, 8).data());
    Dataset d = p.data();
    double noise2 = 0;
    for (int k = 0; k < d.size(); k++) {
      assertThat(d.x(k)).isBetween(-1.0, 1.0);
      double e = d.y(k) - Math.sin(Math.PI * d.x(k));
      noise2 += e * e;
    }
    // noise sd 0.1: the mean square is 0.01 with standard error 0.01*sqrt(2/400) = 7e-4
    assertThat(noise2 / d.size()).isBetween(0.01 - 5 * 7.1e-4, 0.01 + 5 * 7.1e-4);
    NetworkParams net = p.initialNetwork();
    double bound = 1 / Math.sqrt(300);
    for (int i = 0; i < net.width(); i++) {
      assertThat(Math.abs(net.w(i))).isLessThanOrEqualTo(1.0);
      assertThat(Math.abs(net.b(i))).isLessThanOrEqualTo(1.0);
      assertThat(Math.abs(net.v(i))).isLessThanOrEqualTo(bound);
    }
    assertThat(Math.abs(net.c())).isLessThanOrEqualTo(bound);
    assertThatThrownBy(() -> new BenchProblem(0, 3, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n must be");
    assertThatThrownBy(() -> new BenchProblem(3, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width must be");
  }

  @Test
  void gradientDescentFollowsTheReferenceGradient() {
    BenchProblem p = new BenchProblem(60, 12, 1);
    Dataset d = p.data();
    SweepLoss loss = SweepLoss.of(d);
    NaiveLoss ref = new NaiveLoss(d, LossNormalization.MEAN);
    double eta = 0.05;
    double[] theta = p.initialNetwork().toVector();
    double[] expected = theta.clone();
    GradientDescent gd = new GradientDescent(ShallowObjective.network(loss, 12).workspace(), eta);
    for (int step = 0; step < 20; step++) {
      double before = gd.step(theta);
      NetworkParams at = NetworkParams.fromVector(expected);
      assertThat(before).isCloseTo(ref.loss(at), within(1e-13));
      double[] g = ref.gradient(at);
      for (int k = 0; k < expected.length; k++) {
        expected[k] -= eta * g[k];
      }
      for (int k = 0; k < expected.length; k++) {
        assertThat(theta[k]).isCloseTo(expected[k], within(1e-12));
      }
    }
    assertThatThrownBy(() -> new GradientDescent(ShallowObjective.network(loss, 12), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learningRate");
  }

  @Test
  void stableStepIsHalfTheInverseOfTheLargestCurvature() {
    BenchProblem p = new BenchProblem(50, 10, 2);
    SweepLoss loss = SweepLoss.of(p.data());
    NetworkParams net = p.initialNetwork();
    double[] eig = SymmetricEigen.values(new NaiveLoss(p.data(), LossNormalization.MEAN)
        .hessian(net)).eigenvalues();
    double maxAbs = Math.max(Math.abs(eig[0]), Math.abs(eig[eig.length - 1]));
    double eta = GradientDescent.stableStep(loss.hessianOperator(net), 200);
    assertThat(0.5 / eta).isCloseTo(maxAbs, within(1e-6 * maxAbs));
  }

  @Test
  void flowVelocitiesAreTheTimeDerivativesOfKnotsAndDeltaSlopes() {
    BenchProblem p = new BenchProblem(40, 8, 3);
    int h = 8;
    ShallowObjective obj = ShallowObjective.network(SweepLoss.of(p.data()), h);
    FlowField flow = new FlowField(obj.workspace(), h);
    double[] theta = p.initialNetwork().toVector();
    double[] thetaDot = new double[theta.length];
    double[] betaDot = new double[h];
    double[] muDot = new double[h];
    double loss = flow.evaluate(theta, thetaDot, betaDot, muDot);
    double[] g = new NaiveLoss(p.data(), LossNormalization.MEAN)
        .gradient(NetworkParams.fromVector(theta));
    for (int k = 0; k < g.length; k++) {
      assertThat(thetaDot[k]).isCloseTo(-g[k], within(1e-12));
    }
    assertThat(loss).isEqualTo(obj.value(theta));
    double eps = 1e-6;
    for (int i = 0; i < h; i++) {
      double[] plus = theta.clone();
      double[] minus = theta.clone();
      for (int k = 0; k < theta.length; k++) {
        plus[k] += eps * thetaDot[k];
        minus[k] -= eps * thetaDot[k];
      }
      double fdBeta = (-plus[h + i] / plus[i] + minus[h + i] / minus[i]) / (2 * eps);
      double fdMu = (plus[2 * h + i] * Math.abs(plus[i]) - minus[2 * h + i] * Math.abs(minus[i]))
          / (2 * eps);
      assertThat(betaDot[i]).isCloseTo(fdBeta,
          within(1e-6 * (1 + Math.abs(fdBeta))));
      assertThat(muDot[i]).isCloseTo(fdMu,
          within(1e-6 * (1 + Math.abs(fdMu))));
    }
  }

  @Test
  void everyOperationRunsOnATinyProblemAndTheTimerReportsPositiveTimes() {
    Workbench wb = new Workbench(new BenchProblem(30, 6, 4));
    for (Operation op : Operation.values()) {
      assertThat(Double.isNaN(wb.run(op))).as(op.id()).isFalse();
      assertThat(Operation.byId(op.id())).isEqualTo(op);
    }
    assertThat(InProcessTimer.secondsPerOp(wb, Operation.GD_STEP, 0.001, 0.001, 3)).isPositive();
    // lossAfterSteps restarts from the initial network each time
    assertThat(wb.lossAfterSteps(4)).isEqualTo(wb.lossAfterSteps(4));
    assertThat(wb.lossAfterSteps(4)).isLessThan(wb.lossAfterSteps(0));
    Workbench wide = new Workbench(new BenchProblem(3, Operation.MAX_DENSE_WIDTH + 1, 0));
    assertThatThrownBy(() -> wide.run(Operation.EIGEN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width");
  }

  @Test
  void memoryProbeTrainsAndReportsItsHeap() {
    BenchProblem p = new BenchProblem(200, 50, 5);
    MemoryProbe.Result r = MemoryProbe.measure(p, 3);
    assertThat(r.liveBytes()).isPositive();
    assertThat(r.peakBytes()).isPositive();
    // the loss at the last step taken, against the reference path
    double[] theta = p.initialNetwork().toVector();
    NaiveLoss ref = new NaiveLoss(p.data(), LossNormalization.MEAN);
    double last = Double.NaN;
    for (int k = 0; k < 3; k++) {
      NetworkParams at = NetworkParams.fromVector(theta);
      last = ref.loss(at);
      double[] g = ref.gradient(at);
      for (int j = 0; j < theta.length; j++) {
        theta[j] -= 1e-3 / 50 * g[j];
      }
    }
    assertThat(r.finalLoss()).isCloseTo(last, within(1e-12));
  }
}
