package org.knotwork.supertrex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Gate and reward arithmetic by hand (spiking.md check 4). */
class TaskConstantsTest {

  private static void relative(double actual, double expected, double tol) {
    assertThat(Math.abs(actual - expected)).isLessThanOrEqualTo(tol * Math.abs(expected));
  }

  @Test
  void gateAroundItsThreshold() {
    for (double theta : new double[] {1.5e-3, 1.5e-2}) {
      assertThat(TaskConstants.gate(theta, theta)).isEqualTo(0.5);
      // 0.5 - 0.5 tanh(u) = 1 / (1 + exp(2u)): u = -5 and +5
      relative(TaskConstants.gate(theta - 1e-5, theta), 1 / (1 + Math.exp(-10)), 1e-7);
      relative(TaskConstants.gate(theta + 1e-5, theta), 1 / (1 + Math.exp(10)), 1e-7);
      relative(TaskConstants.gate(theta - 1e-5, theta), 0.99995460, 1e-7);
      relative(TaskConstants.gate(theta + 1e-5, theta), 4.5398e-5, 1e-4);
    }
  }

  @Test
  void oneRewardStepByHand() {
    double eBarOld = 0.01;
    double e = 0.006;
    double eBar = TaskConstants.ERROR_FILTER * eBarOld + (1 - TaskConstants.ERROR_FILTER) * e;
    assertThat(eBar).isCloseTo(0.0092, within(1e-15));
    double delta = eBar - e;
    assertThat(delta).isCloseTo(0.0032, within(1e-15));
    relative(TaskConstants.REWARD_GAIN * Math.pow(delta, 0.25), 1.189207, 1e-6);
    TaskConstants t1 = TaskConstants.of(Task.PEN, Rule.SUPERTREX, 2, false, false);
    TaskConstants t2 = TaskConstants.of(Task.ARM, Rule.SUPERTREX, 2, false, false);
    TaskConstants t3 = TaskConstants.of(Task.ARM_COST, Rule.SUPERTREX, 3, false, false);
    // the notes' rounded values, and the values computed independently (CPython, float64)
    relative(t1.exploration(eBar), 0.0137685, 1e-5);
    relative(t2.exploration(eBar), 0.0062052, 1e-5);
    relative(t3.exploration(eBar), 0.0027537, 1e-5);
    relative(t1.exploration(eBar), 0.013768510671139737, 1e-12);
    relative(t2.exploration(eBar), 0.006205225456260894, 1e-12);
    relative(t3.exploration(eBar), 0.002753702134227947, 1e-12);
    // the update factor: s k_T eta 5 |delta|^(1/4)
    relative(t1.rewardFactor(delta), 5e-4 * 1.189207, 1e-6);
    relative(t3.rewardFactor(delta), 0.5 * 5e-4 * 1.189207, 1e-6);
    relative(t2.rewardFactor(-delta), -5e-4 * 1.189207, 1e-6);
    // Task 1 is half-wave: a worse-than-average step changes nothing
    assertThat(t1.rewardFactor(-delta)).isZero();
    assertThat(t1.rewardFactor(0)).isZero();
    assertThat(t2.rewardFactor(0)).isZero();
  }

  @Test
  void perTaskTableAndReScienceChanges() {
    TaskConstants st2 = TaskConstants.of(Task.ARM, Rule.SUPERTREX, 2, false, false);
    assertThat(st2.filter()).isEqualTo(0.9);
    assertThat(TaskConstants.of(Task.ARM, Rule.RMHL, 2, false, false).filter()).isEqualTo(0.8);
    assertThat(st2.threshold()).isEqualTo(1.5e-3);
    assertThat(st2.filteredTeacher()).isTrue();
    TaskConstants st1 = TaskConstants.of(Task.PEN, Rule.SUPERTREX, 2, false, false);
    assertThat(st1.filteredTeacher()).isFalse();
    assertThat(st1.masteryRate()).isEqualTo(0.5);
    TaskConstants st3 = TaskConstants.of(Task.ARM_COST, Rule.SUPERTREX, 3, false, false);
    assertThat(st3.costs()).containsExactly(0.1, 0.05, 0.0);
    assertThat(st3.masteryRate()).isEqualTo(0.9);
    assertThat(st3.threshold()).isEqualTo(1.5e-2);
    assertThat(TaskConstants.of(Task.ARM_COST, Rule.SUPERTREX, 3, true, false).costs())
        .containsExactly(0.1, 0.01, 0.0);
    // ReScience: theta of Task 2 raised, exploratory update x 0.1/n (Task 2) or 0.5/n (Task 3)
    assertThat(TaskConstants.of(Task.ARM, Rule.SUPERTREX, 2, false, true).threshold())
        .isEqualTo(1.5e-2);
    assertThat(TaskConstants.of(Task.ARM, Rule.SUPERTREX, 2, false, true).rescienceFactor())
        .isEqualTo(1.0);
    assertThat(TaskConstants.of(Task.ARM, Rule.SUPERTREX, 5, false, true).rescienceFactor())
        .isCloseTo(0.02, within(1e-15));
    assertThat(TaskConstants.of(Task.ARM_COST, Rule.SUPERTREX, 3, false, true).rescienceFactor())
        .isCloseTo(0.5 / 3, within(1e-15));
  }
}
