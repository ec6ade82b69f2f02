package org.knotwork.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knotwork.train.SnapshotSchedule.Unit;

class SpecTest {

  @Test
  void uniformAndLogSchedulesHaveTheirHandComputedPoints() {
    assertThat(SnapshotSchedule.uniform(Unit.TIME, 2.0, 5).points())
        .containsExactly(0.0, 0.5, 1.0, 1.5, 2.0);
    assertThat(SnapshotSchedule.uniform(Unit.STEP, 10, 4).points())
        .containsExactly(0.0, 3.0, 7.0, 10.0);
    double[] log = SnapshotSchedule.logSpaced(Unit.TIME, 0.01, 100, 5).points();
    assertThat(log).hasSize(6);
    double[] expected = {0, 0.01, 0.1, 1, 10, 100};
    for (int k = 0; k < log.length; k++) {
      assertThat(log[k]).isCloseTo(expected[k], within(1e-12 * (1 + expected[k])));
    }
    // rounding to steps merges duplicates: 1, 1.78, 3.16, 5.6, 10 -> 1, 2, 3, 6, 10
    assertThat(SnapshotSchedule.logSpaced(Unit.STEP, 1, 10, 5).points())
        .containsExactly(0.0, 1.0, 2.0, 3.0, 6.0, 10.0);
  }

  @Test
  void timeSchedulesMapToRoundedStepsForDescent() {
    assertThat(SnapshotSchedule.at(Unit.TIME, 0, 0.25, 0.26, 1.0).steps(0.1))
        .containsExactly(0L, 3L, 10L);
  }

  @Test
  void timeBudgetsRoundUpToWholeSteps() {
    assertThat(StopCriteria.time(1.0).stepBudget(0.1)).isEqualTo(10);
    assertThat(StopCriteria.time(1.05).stepBudget(0.1)).isEqualTo(11);
    assertThat(StopCriteria.time(0.0).stepBudget(0.1)).isZero();
    assertThat(StopCriteria.time(5.0).withMaxSteps(7).stepBudget(0.1)).isEqualTo(7);
    assertThat(StopCriteria.steps(7).stepBudget(0.1)).isEqualTo(7);
  }

  @Test
  void invalidSpecsAreRejectedWithTheFieldNamed() {
    assertThatThrownBy(() -> SnapshotSchedule.at(Unit.TIME, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly increasing");
    assertThatThrownBy(() -> SnapshotSchedule.at(Unit.STEP, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole step");
    assertThatThrownBy(() -> SnapshotSchedule.logSpaced(Unit.TIME, 0, 1, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first");
    assertThatThrownBy(() -> StopCriteria.steps(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSteps");
    assertThatThrownBy(() -> StopCriteria.steps(1).withDivergenceFactor(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("divergenceFactor");
    assertThatThrownBy(() -> StopCriteria.steps(1).withLossThreshold(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lossThreshold");
    assertThatThrownBy(() -> TrainSpec.of(TrainMethod.Flow.withDefaults(), StopCriteria.steps(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTime");
    assertThatThrownBy(() -> TrainSpec.of(TrainMethod.Flow.withDefaults(), StopCriteria.time(1))
        .withSnapshots(SnapshotSchedule.at(Unit.STEP, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TIME");
    assertThatThrownBy(() -> TrainSpec.of(TrainMethod.Descent.fullBatch(
        new UpdateRule.GradientDescent(0.1)), new StopCriteria(Long.MAX_VALUE,
        Double.POSITIVE_INFINITY, 0, 0, 10)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budget");
    assertThatThrownBy(() -> TrainMethod.Flow.withDefaults().withTolerances(0, 1e-9))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relativeTolerance");
    assertThatThrownBy(() -> TrainMethod.Flow.withDefaults().withMaxEvents(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEvents");
    assertThatThrownBy(() -> TrainSpec.of(TrainMethod.Flow.withDefaults(), StopCriteria.time(1))
        .withProgressEvery(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("progressEvery");
  }
}
