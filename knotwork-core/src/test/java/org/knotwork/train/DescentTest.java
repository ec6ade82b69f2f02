package org.knotwork.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwork.data.Dataset;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.NaiveLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.train.SnapshotSchedule.Unit;

class DescentTest {
  private static final Dataset DATA = Nets.wiggly8();
  private static final NetworkParams NET = Nets.wiggly(1, 6);

  private static TrainSpec spec(UpdateRule rule, int batch, long steps) {
    return TrainSpec.of(new TrainMethod.Descent(rule, batch), StopCriteria.steps(steps));
  }

  @Test
  void gradientDescentMatchesAHandLoopOnTheNaiveGradient() {
    double eta = 0.05;
    int steps = 200;
    TrainResult r = Trainer.run(ShallowProblem.of(DATA, NET, Coordinates.NETWORK),
        spec(new UpdateRule.GradientDescent(eta), 0, steps), TrainingListener.none());
    NaiveLoss naive = new NaiveLoss(DATA, LossNormalization.MEAN);
    double[] theta = NET.toVector();
    for (int k = 0; k < steps; k++) {
      double[] g = naive.gradient(NetworkParams.fromVector(theta));
      for (int q = 0; q < theta.length; q++) {
        theta[q] -= eta * g[q];
      }
    }
    assertThat(r.reason()).isEqualTo(StopReason.STEP_BUDGET);
    assertThat(r.last().step()).isEqualTo(steps);
    assertThat(r.last().time()).isCloseTo(steps * eta, within(1e-12));
    assertThat(r.last().theta()).containsExactly(theta, within(1e-11));
  }

  /**
   * The trainer's fused gradient-descent pass (norm, update into a rotating buffer, finiteness)
   * against the plain loop it replaces: workspace evaluation, {@code Vectors.sqrtSumOfSquares},
   * {@code UpdateRule.apply} in place; every progress row and the final state bit for bit, also on a
   * run that diverges (same stopping step, message and kept state).
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(doubles = {0.05, 50.0})
  void fullBatchDescentEqualsThePlainLoopBitForBit(double eta) {
    ShallowProblem p = ShallowProblem.of(DATA, NET, Coordinates.NETWORK);
    Recording rec = new Recording();
    int steps = 150;
    TrainResult r = Trainer.run(p, spec(new UpdateRule.GradientDescent(eta), 0, steps), rec);
    org.knotwork.objective.DifferentiableObjective ws = p.objective().workspace();
    UpdateRule rule = new UpdateRule.GradientDescent(eta);
    double[] theta = NET.toVector();
    double[] prev = theta.clone();
    double[] g = new double[theta.length];
    double initial = Double.NaN;
    int k = 0;
    for (; k <= steps; k++) {
      double loss = ws.valueAndGradient(theta, g);
      double gnorm = org.knotwork.common.math.Vectors.sqrtSumOfSquares(g);
      initial = k == 0 ? loss : initial;
      if (!Double.isFinite(loss) || !Double.isFinite(gnorm) || loss > 1e10 * initial) {
        break;
      }
      Progress row = rec.progress.get(k);
      assertThat(row.step()).isEqualTo(k);
      assertThat(Double.doubleToRawLongBits(row.loss())).isEqualTo(Double.doubleToRawLongBits(loss));
      assertThat(Double.doubleToRawLongBits(row.gradientNorm()))
          .isEqualTo(Double.doubleToRawLongBits(gnorm));
      prev = theta.clone();
      rule.apply(theta, g, new double[0][], k);
    }
    if (k > steps) {
      assertThat(r.reason()).isEqualTo(StopReason.STEP_BUDGET);
      assertThat(r.last().theta()).containsExactly(prev);
    } else {
      assertThat(r.reason()).isEqualTo(StopReason.DIVERGED);
      assertThat(r.message()).startsWith("diverged at step " + k + ":");
      assertThat(r.last().step()).isEqualTo(k - 1);
      assertThat(r.last().theta()).containsExactly(prev);
    }
  }

  /** A parameter that overflows is reported by index at the next step, as before the fusion. */
  @Test
  void anOverflowingParameterIsNamed() {
    org.knotwork.objective.DifferentiableObjective flat =
        new org.knotwork.objective.DifferentiableObjective() {
          @Override
          public int dimension() {
            return 3;
          }

          @Override
          public double valueAndGradient(double[] theta, double[] gradient) {
            Arrays.fill(gradient, 0.0);
            gradient[1] = 1e150;
            return 1.0;
          }
        };
    TrainResult r = Trainer.descend(flat, new double[] {1, 2, 3},
        spec(new UpdateRule.GradientDescent(1e200), 0, 10), TrainingListener.none());
    assertThat(r.reason()).isEqualTo(StopReason.DIVERGED);
    assertThat(r.message()).contains("step 1: parameter 1 is -Infinity");
    assertThat(r.last().step()).isZero();
    assertThat(r.last().theta()).containsExactly(1, 2, 3);
  }

  /** S14: one GD step changes δ_i by exactly η²(g_w² + g_b² − g_v²). */
  @Test
  void oneGradientStepChangesEachBalanceByEtaSquaredTimesTheGradientForm() {
    double eta = 0.3;
    TrainResult r = Trainer.run(ShallowProblem.of(DATA, NET, Coordinates.NETWORK),
        spec(new UpdateRule.GradientDescent(eta), 0, 1), TrainingListener.none());
    double[] g = new NaiveLoss(DATA, LossNormalization.MEAN).gradient(NET);
    double[] before = NET.balance();
    double[] after = NetworkParams.fromVector(r.last().theta()).balance();
    int h = NET.width();
    for (int i = 0; i < h; i++) {
      double predicted = eta * eta * (g[i] * g[i] + g[h + i] * g[h + i] - g[2 * h + i] * g[2 * h + i]);
      assertThat(after[i] - before[i]).isCloseTo(predicted,
          within(1e-14 * (1 + Math.abs(before[i])) + 1e-12 * Math.abs(predicted)));
    }
  }

  static Stream<Arguments> everyMethod() {
    TrainMethod flow = TrainMethod.Flow.withDefaults();
    return Stream.of(Coordinates.values()).flatMap(c -> Stream.of(
        Arguments.of(c, new TrainMethod.Descent(new UpdateRule.GradientDescent(0.05), 0)),
        Arguments.of(c, new TrainMethod.Descent(new UpdateRule.GradientDescent(0.05), 3)),
        Arguments.of(c, new TrainMethod.Descent(new UpdateRule.HeavyBall(0.05, 0.9), 0)),
        Arguments.of(c, new TrainMethod.Descent(UpdateRule.Adam.withDefaults(0.01), 4)),
        Arguments.of(c, flow)));
  }

  /** Notes check 8 / E7: neurons without active data keep bit-identical parameters. */
  @ParameterizedTest
  @MethodSource("everyMethod")
  void deadNeuronsKeepTheirBits(Coordinates coords, TrainMethod method) {
    NetworkParams init = Nets.withDeadNeurons(NET);
    ShallowProblem p = ShallowProblem.of(DATA, init, coords);
    StopCriteria stop = method instanceof TrainMethod.Flow ? StopCriteria.time(20)
        : StopCriteria.steps(400);
    TrainResult r = Trainer.run(p, TrainSpec.of(method, stop), TrainingListener.none());
    double[] start = p.initialTheta();
    double[] end = r.last().theta();
    int h = init.width();
    int blocks = coords.blocksPerNeuron();
    boolean moved = false;
    for (int i = 0; i < h; i++) {
      for (int b = 0; b < blocks; b++) {
        int k = b * h + i;
        if (i >= h - 2) {
          assertThat(Double.doubleToRawLongBits(end[k]))
              .as("dead neuron %d block %d", i, b)
              .isEqualTo(Double.doubleToRawLongBits(start[k]));
        } else {
          moved |= end[k] != start[k];
        }
      }
    }
    assertThat(moved).as("the live neurons trained").isTrue();
    assertThat(r.last().loss()).isLessThan(ShallowProblem.of(DATA, init, coords).objective()
        .value(start));
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() {
    ShallowProblem p = ShallowProblem.of(DATA, NET, Coordinates.NETWORK);
    TrainSpec s = spec(new UpdateRule.HeavyBall(0.05, 0.5), 3, 300)
        .withSnapshots(SnapshotSchedule.uniform(Unit.STEP, 300, 7)).withSeed(5);
    Recording a = new Recording();
    Recording b = new Recording();
    Recording c = new Recording();
    Trainer.run(p, s, a);
    Trainer.run(p, s, b);
    Trainer.run(p, s.withSeed(6), c);
    assertThat(b.all).isEqualTo(a.all);
    assertThat(c.result.last().theta()).isNotEqualTo(a.result.last().theta());
  }

  @Test
  void snapshotsArriveAtTheScheduledStepsPlusTheFinalState() {
    ShallowProblem p = ShallowProblem.of(DATA, NET, Coordinates.SPLINE);
    Recording rec = new Recording();
    TrainSpec s = TrainSpec.of(TrainMethod.Descent.fullBatch(new UpdateRule.GradientDescent(0.1)),
        StopCriteria.time(10.05))
        .withSnapshots(SnapshotSchedule.at(Unit.TIME, 0, 0.5, 2.0, 50.0)).withProgressEvery(10);
    Trainer.run(p, s, rec);
    assertThat(rec.snapshots.stream().mapToLong(Snapshot::step).toArray())
        .containsExactly(0, 5, 20, 101);
    assertThat(rec.progress.stream().mapToLong(Progress::step).toArray()).startsWith(0, 10, 20)
        .endsWith(100, 101);
    for (Snapshot snap : rec.snapshots) {
      double[] g = new double[p.objective().dimension()];
      double loss = p.objective().valueAndGradient(snap.theta(), g);
      assertThat(snap.loss()).isEqualTo(loss);
      assertThat(snap.gradientNorm()).isCloseTo(Math.sqrt(Arrays.stream(g).map(x -> x * x).sum()),
          within(1e-15));
      assertThat(snap.time()).isCloseTo(0.1 * snap.step(), within(1e-12));
    }
  }

  @Test
  void thresholdsStopTheRun() {
    ShallowProblem p = ShallowProblem.of(DATA, NET, Coordinates.NETWORK);
    TrainMethod gd = TrainMethod.Descent.fullBatch(new UpdateRule.GradientDescent(0.05));
    double l0 = p.objective().value(p.initialTheta());
    TrainResult byLoss = Trainer.run(p, TrainSpec.of(gd,
        StopCriteria.steps(20000).withLossThreshold(0.9 * l0)), TrainingListener.none());
    assertThat(byLoss.reason()).isEqualTo(StopReason.LOSS_THRESHOLD);
    assertThat(byLoss.last().loss()).isLessThanOrEqualTo(0.9 * l0);
    TrainResult prev = Trainer.run(p, TrainSpec.of(gd, StopCriteria.steps(byLoss.last().step() - 1)),
        TrainingListener.none());
    assertThat(prev.last().loss()).isGreaterThan(0.9 * l0);

    TrainResult byGrad = Trainer.run(p, TrainSpec.of(gd,
        StopCriteria.steps(20000).withGradientThreshold(0.05)), TrainingListener.none());
    assertThat(byGrad.reason()).isEqualTo(StopReason.GRADIENT_THRESHOLD);
    assertThat(byGrad.last().gradientNorm()).isLessThanOrEqualTo(0.05);
  }

  @Test
  void divergenceStopsWithTheLastFiniteState() {
    ShallowProblem p = ShallowProblem.of(DATA, NET, Coordinates.NETWORK);
    Recording rec = new Recording();
    TrainResult r = Trainer.run(p, spec(new UpdateRule.GradientDescent(50.0), 0, 1000), rec);
    assertThat(r.reason()).isEqualTo(StopReason.DIVERGED);
    assertThat(r.message()).contains("diverged at step");
    assertThat(Arrays.stream(r.last().theta()).allMatch(Double::isFinite)).isTrue();
    assertThat(Double.isFinite(r.last().loss())).isTrue();
    assertThat(rec.snapshots).last().isEqualTo(r.last());
    // the kept state is the iterate just before the failing one
    TrainResult before = Trainer.run(p, spec(new UpdateRule.GradientDescent(50.0), 0,
        r.last().step()), TrainingListener.none());
    assertThat(before.last().theta()).containsExactly(r.last().theta());
  }

  static Stream<Arguments> resumable() {
    return Stream.of(
        Arguments.of(new TrainMethod.Descent(new UpdateRule.GradientDescent(0.05), 0)),
        Arguments.of(new TrainMethod.Descent(new UpdateRule.GradientDescent(0.05), 3)),
        Arguments.of(new TrainMethod.Descent(new UpdateRule.HeavyBall(0.05, 0.8), 5)),
        Arguments.of(new TrainMethod.Descent(UpdateRule.Adam.withDefaults(0.01), 0)));
  }

  /** Resuming from any checkpoint delivers exactly what the uninterrupted run delivered after it. */
  @ParameterizedTest
  @MethodSource("resumable")
  void resumingFromACheckpointReplaysTheUninterruptedRun(TrainMethod method) {
    ShallowProblem p = ShallowProblem.of(DATA, NET, Coordinates.NETWORK);
    TrainSpec s = TrainSpec.of(method, StopCriteria.steps(240)).withSeed(3)
        .withCheckpointEvery(50).withProgressEvery(7)
        .withSnapshots(SnapshotSchedule.uniform(Unit.STEP, 240, 9));
    Recording full = new Recording();
    Trainer.run(p, s, full);
    assertThat(full.checkpoints).hasSize(5);
    for (Checkpoint c : full.checkpoints) {
      Recording tail = new Recording();
      Trainer.resume(p, s, c, tail);
      assertThat(tail.all).isEqualTo(full.after(c));
    }
  }
}
