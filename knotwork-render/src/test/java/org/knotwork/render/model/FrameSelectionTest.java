package org.knotwork.render.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.render.SyntheticTrajectories;

class FrameSelectionTest {

  private static Trajectory at(double... times) {
    return SyntheticTrajectories.interpolation(SyntheticTrajectories.randomNet(5, 1, 1, 1),
        SyntheticTrajectories.randomNet(5, 2, 1, 1), times);
  }

  @Test
  void uniformRecordingWithinBudgetShowsEveryFrameOnce() {
    double[] times = IntStream.range(0, 21).mapToDouble(k -> 0.5 * k).toArray();
    FrameSelection s = FrameSelection.uniformInTime(at(times), 40);
    assertThat(s.size()).isEqualTo(21);
    assertThat(s.indices()).containsExactly(IntStream.range(0, 21).toArray());
    for (int k = 0; k < 21; k++) {
      assertThat(s.targetTime(k)).isCloseTo(times[k], org.assertj.core.data.Offset.offset(1e-12));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 5, 13, 40})
  void framesAreAtUniformTimeAndShowTheNearestRecording(int budget) {
    // geometric recording times: dense early, sparse late
    double[] times = IntStream.range(0, 30).mapToDouble(k -> Math.pow(1.2, k) - 1).toArray();
    FrameSelection s = FrameSelection.uniformInTime(at(times), budget);
    int m = Math.min(budget, times.length);
    assertThat(s.size()).isEqualTo(m);
    double t0 = times[0];
    double t1 = times[times.length - 1];
    for (int k = 0; k < m; k++) {
      double tau = t0 + (t1 - t0) * k / (m - 1);
      assertThat(s.targetTime(k)).isCloseTo(tau, org.assertj.core.data.Offset.offset(1e-9 * t1));
      // brute force: no recorded frame is strictly nearer to the target
      double chosen = Math.abs(times[s.index(k)] - s.targetTime(k));
      for (double t : times) {
        assertThat(Math.abs(t - s.targetTime(k))).isGreaterThanOrEqualTo(chosen);
      }
    }
    assertThat(s.index(0)).isZero();
    assertThat(s.index(m - 1)).isEqualTo(times.length - 1);
  }

  @Test
  void aSingleOrInstantRecordingGivesOneFrame() {
    assertThat(FrameSelection.uniformInTime(at(3.0), 10).indices()).containsExactly(0);
    assertThat(FrameSelection.uniformInTime(at(1.0, 1.0, 1.0), 10).indices()).containsExactly(2);
  }

  @Test
  void rejectsAnEmptyBudget() {
    assertThatThrownBy(() -> FrameSelection.uniformInTime(at(0, 1), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFrames");
  }
}
