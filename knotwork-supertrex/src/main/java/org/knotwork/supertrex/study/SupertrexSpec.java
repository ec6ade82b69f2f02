package org.knotwork.supertrex.study;

import org.knotwork.supertrex.model.Rule;
import org.knotwork.supertrex.model.Task;
import org.knotwork.supertrex.model.TestFeedback;
import org.knotwork.supertrex.model.TrialConfig;

/**
 * The spec of one {@code supertrex} run: a {@link TrialConfig} plus the recording stride.
 *
 * @param seed master seed
 * @param task pen (Task 1), arm (Task 2), arm-cost (Task 3)
 * @param segments arm segments (Task 2: 2 or more; Task 3: 3; Task 1: 2, ignored)
 * @param rule force, rmhl or supertrex
 * @param neurons N
 * @param periodSteps T_p (the authors: 50000)
 * @param trainPeriods training periods (10)
 * @param testPeriods test periods (5)
 * @param scriptQuirks the authors' script behaviour (supertrex.md (ST15))
 * @param testFeedback script (the authors' replayed feedback) or closed (a true closed loop)
 * @param rescience the ReScience modifications (ST12)
 * @param betaCosts Task 3's cost variant (0.1, 0.01, 0)
 * @param lesionPeriod 0, or the training period from which SUPERTREX's exploratory pathway is removed
 * @param stride record every this many steps
 */
public record SupertrexSpec(long seed, Task task, int segments, Rule rule, int neurons,
    int periodSteps, int trainPeriods, int testPeriods, boolean scriptQuirks,
    TestFeedback testFeedback, boolean rescience, boolean betaCosts, int lesionPeriod, int stride) {

  /** The authors' protocol for SUPERTREX on Task 1 at N = 1000, recorded every 50 steps. */
  public static final SupertrexSpec DEFAULTS = new SupertrexSpec(1, Task.PEN, 2, Rule.SUPERTREX,
      1000, 50_000, 10, 5, true, TestFeedback.SCRIPT, false, false, 0, 50);

  /** Validates (through {@link TrialConfig}). */
  public SupertrexSpec {
    config(seed, task, segments, rule, neurons, periodSteps, trainPeriods, testPeriods,
        scriptQuirks, testFeedback, rescience, betaCosts, lesionPeriod);
    if (stride < 1 || stride > periodSteps) {
      throw new IllegalArgumentException("stride must be in [1, periodSteps = " + periodSteps
          + "], got " + stride);
    }
  }

  private static TrialConfig config(long seed, Task task, int segments, Rule rule, int neurons,
      int periodSteps, int trainPeriods, int testPeriods, boolean scriptQuirks,
      TestFeedback testFeedback, boolean rescience, boolean betaCosts, int lesionPeriod) {
    return new TrialConfig(task, segments, rule, neurons, periodSteps, trainPeriods, testPeriods,
        seed, scriptQuirks, testFeedback, rescience, betaCosts, lesionPeriod);
  }

  /** The run's configuration. */
  public TrialConfig config() {
    return config(seed, task, segments, rule, neurons, periodSteps, trainPeriods, testPeriods,
        scriptQuirks, testFeedback, rescience, betaCosts, lesionPeriod);
  }

  /** The spec of a configuration. */
  public static SupertrexSpec of(TrialConfig c, int stride) {
    return new SupertrexSpec(c.seed(), c.task(), c.segments(), c.rule(), c.neurons(),
        c.periodSteps(), c.trainPeriods(), c.testPeriods(), c.scriptQuirks(), c.testFeedback(),
        c.rescience(), c.betaCosts(), c.lesionPeriod(), stride);
  }
}
