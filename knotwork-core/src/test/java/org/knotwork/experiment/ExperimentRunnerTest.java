package org.knotwork.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.init.InitScheme;
import org.knotwork.init.InitSpec;
import org.knotwork.init.Initializer;
import org.knotwork.init.Interval;
import org.knotwork.common.linalg.SymmetricEigen;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.NaiveLoss;
import org.knotwork.net.Coordinates;
import org.knotwork.net.NetworkParams;
import org.knotwork.regime.RegimeExperiment;
import org.knotwork.regime.RegimeSpec;
import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;
import org.knotwork.train.StopReason;

/**
 * The runner against independent references: a hand-written gradient-descent loop on the O(NH)
 * reference loss, the tangent kernel built from the reference Jacobian, the reference Hessian.
 */
class ExperimentRunnerTest {
  static final Dataset DATA = Dataset.wiggly8();

  private static ExperimentSpec small(long steps, double eta) {
    return ExperimentSpec.builder().width(6).seed(3)
        .method(new Method.GradientDescent(StepSize.absolute(eta), 0))
        .budget(StopCriteria.steps(steps)).recording(Recording.every(5)).build();
  }

  @Test
  void gradientDescentMatchesAHandWrittenLoopOnTheReferenceLoss() {
    ExperimentResult r = ExperimentRunner.run(small(200, 0.05), DATA);
    NaiveLoss ref = new NaiveLoss(DATA, LossNormalization.MEAN);
    double[] theta = Initializer.initialize(InitSpec.of(InitScheme.PYTORCH_DEFAULT, 6, 3))
        .toVector();
    assertThat(r.initialNetwork().toVector()).containsExactly(theta);
    for (int k = 0; k < 200; k++) {
      double[] g = ref.gradient(NetworkParams.fromVector(theta));
      for (int i = 0; i < theta.length; i++) {
        theta[i] -= 0.05 * g[i];
      }
    }
    double[] got = r.finalNetwork().toVector();
    for (int i = 0; i < theta.length; i++) {
      assertThat(got[i]).as("theta[%d]", i).isCloseTo(theta[i], within(1e-12));
    }
    assertThat(r.metrics().steps()).isEqualTo(200);
    assertThat(r.metrics().stopReason()).isEqualTo(StopReason.STEP_BUDGET);
    assertThat(r.metrics().loss()).isCloseTo(ref.loss(NetworkParams.fromVector(theta)),
        within(1e-13));
    assertThat(r.metrics().learningRate()).isEqualTo(0.05);
    // progress every 5 steps: 0, 5, ..., 200
    assertThat(r.progress()).hasSize(41);
    assertThat(r.progress().get(0).loss()).isEqualTo(r.metrics().initialLoss());
  }

  @Test
  void theSameSpecGivesTheSameResult() {
    ExperimentSpec s = small(150, 0.05).toBuilder().recording(new Recording(3,
        new Snapshots.Uniform(SnapshotSchedule.Unit.STEP, 150, 4), true)).build();
    ExperimentResult a = ExperimentRunner.run(s, DATA);
    ExperimentResult b = ExperimentRunner.run(s, DATA);
    assertThat(b.snapshots()).isEqualTo(a.snapshots());
    assertThat(b.progress()).isEqualTo(a.progress());
    assertThat(b.metrics()).isEqualTo(a.metrics());
    assertThat(b.hessian()).isDeepEqualTo(a.hessian());
    assertThat(a.snapshots()).extracting(sn -> sn.step()).containsExactly(0L, 50L, 100L, 150L);
  }

  @Test
  void inverseNtkStepSizeIsTheFactorOverTheTopEigenvalueOfTheWeightedTangentKernel() {
    ExperimentSpec s = small(1, 1).toBuilder()
        .method(new Method.GradientDescent(StepSize.inverseNtk(0.5), 0)).build();
    ExperimentResult r = ExperimentRunner.run(s, DATA);
    double[][] j = new NaiveLoss(DATA, LossNormalization.MEAN).jacobian(r.initialNetwork());
    int n = j.length;
    double[][] k = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        for (int c = 0; c < j[a].length; c++) {
          k[a][b] += j[a][c] * j[b][c] / n;
        }
      }
    }
    double[] ev = SymmetricEigen.values(k).eigenvalues();
    double top = ev[n - 1];
    assertThat(r.metrics().ntkMax()).isCloseTo(top, within(1e-12 * top));
    assertThat(r.metrics().learningRate()).isCloseTo(0.5 / top, within(1e-12 / top));
  }

  @Test
  void antisymmetricPairsStartFromAConstantFunction() {
    ExperimentSpec s = ExperimentSpec.builder().width(40)
        .init(InitConfig.regime(new Interval(-2, 2), 0.5, 2))
        .budget(StopCriteria.steps(1)).build();
    NetworkParams p = s.init().draw(s.width(), s.seed());
    for (int i = 0; i < 20; i++) {
      assertThat(p.w(20 + i)).isEqualTo(p.w(i));
      assertThat(p.b(20 + i)).isEqualTo(p.b(i));
      assertThat(p.v(20 + i)).isEqualTo(-p.v(i));
      assertThat(Math.abs(p.w(i))).isEqualTo(0.5);
      double beta = -p.b(i) / p.w(i);
      assertThat(beta).isBetween(-2.0, 2.0);
    }
    for (double x = -3; x <= 3; x += 0.25) {
      assertThat(p.value(x)).isCloseTo(p.c(), within(1e-13));
    }
    // the unpaired half of the draw is the scheme's own draw at the full width
    NetworkParams plain = s.init().withAntisymmetric(false).draw(40, s.seed());
    assertThat(java.util.Arrays.copyOf(p.v(), 20))
        .containsExactly(java.util.Arrays.copyOf(plain.v(), 20));
  }

  /**
   * An experiment spec with the regime set-up and {@code knotwork regime} start from the same
   * network and resolve the same step size (one definition of notes &sect;6's initialisation).
   */
  @Test
  void theRegimeSetUpIsTheRegimeExperimentsNetworkAndStepSize() {
    RegimeSpec point = RegimeSpec.notes(0.5, 2, 7).withWidth(60);
    ExperimentSpec s = ExperimentSpec.builder().width(60).seed(7)
        .init(InitConfig.regime(new Interval(-2, 2), 0.5, 2))
        .method(new Method.GradientDescent(StepSize.inverseNtk(0.5), 0))
        .budget(StopCriteria.steps(1)).build();
    NetworkParams regime = RegimeExperiment.initialNetwork(point);
    assertThat(s.init().draw(60, 7)).isEqualTo(regime);
    ExperimentResult r = ExperimentRunner.run(s, DATA);
    assertThat(r.metrics().learningRate())
        .isEqualTo(RegimeExperiment.learningRate(DATA, regime, 0.5, 7));
  }

  @Test
  void theRecordedHessianIsTheReferenceHessianAtTheFinalState() {
    ExperimentSpec s = small(30, 0.05).toBuilder().recording(new Recording(1,
        new Snapshots.None(), true)).build();
    ExperimentResult r = ExperimentRunner.run(s, DATA);
    double[][] ref = new NaiveLoss(DATA, LossNormalization.MEAN).hessian(r.finalNetwork());
    for (int i = 0; i < ref.length; i++) {
      for (int k = 0; k < ref.length; k++) {
        assertThat(r.hessian()[i][k]).isCloseTo(ref[i][k], within(1e-12));
      }
    }
    assertThat(r.snapshots()).hasSize(1);
  }

  @Test
  void splineCoordinatesAndTheFlowRun() {
    ExperimentSpec s = small(20, 0.05).toBuilder()
        .training(new Training(Coordinates.SPLINE, LossNormalization.SUM,
            Method.Flow.withDefaults()))
        .budget(StopCriteria.time(0.5)).build();
    ExperimentResult r = ExperimentRunner.run(s, DATA);
    assertThat(r.metrics().time()).isEqualTo(0.5);
    assertThat(r.metrics().learningRate()).isNaN();
    assertThat(Double.isNaN(r.metrics().balanceDrift())).isTrue();
    assertThat(r.metrics().loss()).isLessThan(r.metrics().initialLoss());
  }

  @Test
  void aBatchLargerThanTheDataIsRejected() {
    ExperimentSpec s = small(5, 0.1).toBuilder()
        .method(new Method.GradientDescent(StepSize.absolute(0.1), 9)).build();
    assertThatThrownBy(() -> ExperimentRunner.run(s, DATA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batchSize must be <= N = 8, got 9");
  }
}
