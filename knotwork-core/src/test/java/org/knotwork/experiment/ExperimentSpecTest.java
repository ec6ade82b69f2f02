package org.knotwork.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.knotwork.data.DataSpec;
import org.knotwork.data.Target;
import org.knotwork.init.InitScheme;
import org.knotwork.init.Interval;
import org.knotwork.init.Scales;
import org.knotwork.train.SnapshotSchedule;
import org.knotwork.train.StopCriteria;

/** Validation of experiment specs: every message names the field and the allowed range. */
class ExperimentSpecTest {

  private static ExperimentSpec.Builder ok() {
    return ExperimentSpec.builder();
  }

  @Test
  void defaultsAreAValidSpec() {
    ExperimentSpec s = ok().build();
    assertThat(s.width()).isEqualTo(100);
    assertThat(s.data()).isEqualTo(new DataSource.Builtin("wiggly8"));
    assertThat(s.training().method().rule()).isEqualTo("gd");
    assertThat(s.toBuilder().build()).isEqualTo(s);
    assertThat(s.withSeed(7).seed()).isEqualTo(7);
  }

  @Test
  void widthOutOfRange() {
    assertThatThrownBy(() -> ok().width(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("width must be in [1, ").hasMessageContaining("got 0");
  }

  @Test
  void antisymmetricPairingNeedsAnEvenWidth() {
    assertThatThrownBy(() -> ok().width(7)
        .init(InitConfig.of(InitScheme.LECUN_NORMAL).withAntisymmetric(true)).build())
        .hasMessageContaining("width must be even").hasMessageContaining("antisymmetric")
        .hasMessageContaining("got 7");
  }

  @Test
  void theFlowNeedsAFiniteTimeBudgetAndTimeSnapshots() {
    ExperimentSpec.Builder flow = ok().method(Method.Flow.withDefaults());
    assertThatThrownBy(() -> flow.budget(StopCriteria.steps(10)).build())
        .hasMessageContaining("maxTime");
    assertThatThrownBy(() -> flow.budget(StopCriteria.time(1)).recording(new Recording(1,
        new Snapshots.Uniform(SnapshotSchedule.Unit.STEP, 10, 3), false)).build())
        .hasMessageContaining("TIME");
    assertThat(flow.budget(StopCriteria.time(1)).recording(new Recording(1,
        new Snapshots.Uniform(SnapshotSchedule.Unit.TIME, 1, 3), false)).build().budget()
        .maxTime()).isEqualTo(1.0);
  }

  @Test
  void descentNeedsABudget() {
    assertThatThrownBy(() -> ok().budget(StopCriteria.steps(Long.MAX_VALUE)).build())
        .hasMessageContaining("maxSteps").hasMessageContaining("maxTime");
  }

  @Test
  void methodFieldsAreValidated() {
    assertThatThrownBy(() -> StepSize.absolute(-1))
        .hasMessage("learningRate must be positive and finite, got -1.0");
    assertThatThrownBy(() -> new Method.GradientDescent(StepSize.absolute(0.1), -2))
        .hasMessageContaining("batchSize must be >= 0");
    assertThatThrownBy(() -> new Method.HeavyBall(StepSize.absolute(0.1), 1.0, 0))
        .hasMessageContaining("momentum must be in [0, 1)");
    assertThatThrownBy(() -> new Method.Adam(StepSize.absolute(0.1), 0.9, 1.5, 1e-8, 0))
        .hasMessageContaining("beta2 must be in [0, 1)");
    assertThatThrownBy(() -> StepSize.Unit.parse("ntk"))
        .hasMessageContaining("learningRateUnit must be 'absolute' or 'inverse-ntk'");
  }

  @Test
  void initFieldsAreValidated() {
    assertThatThrownBy(() -> new InitConfig(InitScheme.SPREAD, Scales.UNIT, null, null, false))
        .hasMessageContaining("range");
    assertThatThrownBy(() -> new InitConfig(InitScheme.GAUSSIAN, Scales.UNIT, null, null, false))
        .hasMessageContaining("sigmas are required");
    assertThatThrownBy(() -> new InitConfig(InitScheme.HE_NORMAL, Scales.UNIT, null,
        new Interval(-1, 1), false)).hasMessageContaining("range applies only to scheme spread");
  }

  @Test
  void dataSourcesAreValidated() {
    assertThatThrownBy(() -> new DataSource.Builtin("nine"))
        .hasMessageContaining("builtin data set must be one of [wiggly8]");
    assertThatThrownBy(() -> new DataSource.CsvFile(" "))
        .hasMessageContaining("path of the data file must be non-blank");
    assertThatThrownBy(() -> new DataSource.CsvFile("d.csv").dataset())
        .hasMessageContaining("I/O module");
    DataSource g = new DataSource.Generated(new DataSpec(Target.SIN, 5, -1, 1, false, 0, 0));
    assertThat(g.dataset().size()).isEqualTo(5);
  }

  @Test
  void recordingAndSnapshotsAreValidated() {
    assertThatThrownBy(() -> Recording.every(0)).hasMessageContaining("progressEvery must be >= 1");
    assertThatThrownBy(() -> new Snapshots.Uniform(SnapshotSchedule.Unit.STEP, 10, 1))
        .hasMessageContaining("count must be at least 2");
    assertThatThrownBy(() -> new Snapshots.Points(SnapshotSchedule.Unit.STEP,
        new double[] {3, 2})).hasMessageContaining("strictly increasing");
    assertThat(new Snapshots.Points(SnapshotSchedule.Unit.STEP, new double[] {1, 2}))
        .isEqualTo(new Snapshots.Points(SnapshotSchedule.Unit.STEP, new double[] {1, 2}));
  }
}
