package org.knotwork.supertrex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loop of {@link Trial} against {@link NaiveLoop} (every step's output and error and the
 * deviation, on small networks with short periods, for every rule, task, quirk setting, test
 * feedback and a lesion), and determinism from a seed (spiking.md check 11).
 */
class TrialTest {

  static Stream<TrialConfig> configs() {
    return Stream.of(
        new TrialConfig(Task.PEN, 2, Rule.FORCE, 12, 60, 3, 2, 1, true, TestFeedback.SCRIPT, false,
            false, 0),
        new TrialConfig(Task.PEN, 2, Rule.FORCE, 12, 60, 3, 2, 1, false, TestFeedback.CLOSED,
            false, false, 0),
        new TrialConfig(Task.PEN, 2, Rule.RMHL, 12, 60, 3, 2, 2, true, TestFeedback.SCRIPT, false,
            false, 0),
        new TrialConfig(Task.PEN, 2, Rule.SUPERTREX, 12, 60, 3, 2, 3, true, TestFeedback.SCRIPT,
            false, false, 0),
        new TrialConfig(Task.ARM, 2, Rule.SUPERTREX, 12, 60, 3, 2, 4, true, TestFeedback.SCRIPT,
            true, false, 0),
        new TrialConfig(Task.ARM, 3, Rule.RMHL, 12, 60, 3, 2, 5, true, TestFeedback.SCRIPT, true,
            false, 0),
        new TrialConfig(Task.ARM_COST, 3, Rule.SUPERTREX, 12, 60, 3, 2, 6, true,
            TestFeedback.SCRIPT, false, false, 0),
        new TrialConfig(Task.ARM_COST, 3, Rule.SUPERTREX, 12, 60, 3, 2, 6, false,
            TestFeedback.CLOSED, false, true, 0),
        new TrialConfig(Task.ARM_COST, 3, Rule.RMHL, 12, 60, 3, 2, 7, true, TestFeedback.SCRIPT,
            false, false, 0),
        new TrialConfig(Task.ARM, 2, Rule.SUPERTREX, 12, 60, 3, 2, 8, true, TestFeedback.SCRIPT,
            false, false, 2));
  }

  @ParameterizedTest
  @MethodSource("configs")
  void everyStepMatchesThePlainImplementation(TrialConfig c) {
    TrialResult r = Trial.run(c, 1);
    NaiveLoop naive = new NaiveLoop(c);
    Trace t = r.trace();
    int m = c.outputs();
    assertThat(t.rows()).isEqualTo(c.totalSteps());
    double[] errors = t.column(1 + 3 * m + 4);
    for (int n = 1; n <= c.totalSteps(); n++) {
      assertThat(errors[n - 1]).as("error at step %d", n)
          .isCloseTo(naive.errors[n], org.assertj.core.data.Offset.offset(
              1e-12 * (1 + Math.abs(naive.errors[n]))));
      for (int k = 0; k < m; k++) {
        assertThat(t.column(1 + k)[n - 1]).as("z%d at step %d", k, n)
            .isCloseTo(naive.outputs[n][k], org.assertj.core.data.Offset.offset(1e-12));
      }
    }
    assertThat(r.deviation()).isCloseTo(naive.deviation,
        org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void sameSeedSameTraceOtherSeedOtherTrace() {
    TrialConfig c = new TrialConfig(Task.ARM, 2, Rule.SUPERTREX, 30, 100, 2, 1, 11, true,
        TestFeedback.SCRIPT, false, false, 0);
    TrialResult a = Trial.run(c, 7);
    TrialResult b = Trial.run(c, 7);
    TrialResult other = Trial.run(c.withSeed(12), 7);
    assertThat(a.trace().samples()).isEqualTo(b.trace().samples());
    assertThat(a.trace().periods()).isEqualTo(b.trace().periods());
    assertThat(Double.doubleToRawLongBits(a.deviation()))
        .isEqualTo(Double.doubleToRawLongBits(b.deviation()));
    assertThat(other.trace().samples()).isNotEqualTo(a.trace().samples());
    assertThat(a.trace().rows()).isEqualTo(300 / 7);
    assertThat(a.trace().periodRows()).isEqualTo(3);
  }

  @Test
  void supertrexTestPhaseRemovesTheExploratoryPathway() {
    TrialConfig c = new TrialConfig(Task.PEN, 2, Rule.SUPERTREX, 20, 100, 2, 1, 3, true,
        TestFeedback.SCRIPT, false, false, 0);
    Trace t = Trial.run(c, 1).trace();
    double[] zExp = t.column(3);
    double[] normExp = t.column(t.width() - 2);
    for (int n = 201; n <= 300; n++) {
      assertThat(zExp[n - 1]).isZero();
      assertThat(normExp[n - 1]).isZero();
    }
    assertThat(normExp[199]).isPositive();
  }

  @Test
  void badConfigurationsNameTheirField() {
    assertThatThrownBy(() -> new TrialConfig(Task.ARM, 2, Rule.FORCE, 10, 100, 2, 1, 1, true,
        TestFeedback.SCRIPT, false, false, 0)).hasMessageStartingWith("rule force needs task pen");
    assertThatThrownBy(() -> new TrialConfig(Task.ARM, 2, Rule.SUPERTREX, 10, 100, 1, 2, 1, true,
        TestFeedback.SCRIPT, false, false, 0)).hasMessageStartingWith("testPeriods");
    assertThatThrownBy(() -> new TrialConfig(Task.ARM, 2, Rule.RMHL, 10, 100, 2, 1, 1, true,
        TestFeedback.SCRIPT, false, false, 1)).hasMessageStartingWith("lesionPeriod");
    assertThatThrownBy(() -> new TrialConfig(Task.ARM_COST, 2, Rule.RMHL, 10, 100, 2, 1, 1, true,
        TestFeedback.SCRIPT, false, false, 0)).hasMessageStartingWith("segments");
  }
}
