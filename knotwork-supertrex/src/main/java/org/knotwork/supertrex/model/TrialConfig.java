package org.knotwork.supertrex.model;

/**
 * Everything one training-and-test run depends on (supertrex.md &sect;2&ndash;&sect;5).
 *
 * @param task the task
 * @param segments arm segments for Tasks 2 and 3 (Task 3: 3; Task 1: ignored, use 2)
 * @param rule the learning rule (FORCE only on Task 1: the target angles are unknown)
 * @param neurons N
 * @param periodSteps T_p, Euler steps per period of the target (the authors: 1e4 / 0.2 = 5e4)
 * @param trainPeriods training periods (10)
 * @param testPeriods test periods (5)
 * @param seed the master seed of the run's streams
 * @param scriptQuirks the authors' script behaviour of (ST15): FORCE records its Task-1 training
 *     error only every tenth step, and Task 3's z&#772; decays to zero in the test phase
 * @param testFeedback the test protocol
 * @param rescience the ReScience modifications (ST12)
 * @param betaCosts Task 3's "beta" cost variant (0.1, 0.01, 0)
 * @param lesionPeriod 0, or the training period (1-based) from whose start SUPERTREX's exploratory
 *     pathway is removed (W_exp = 0, no exploration, no RMHL updates) [inferred protocol]
 */
public record TrialConfig(Task task, int segments, Rule rule, int neurons, int periodSteps,
    int trainPeriods, int testPeriods, long seed, boolean scriptQuirks, TestFeedback testFeedback,
    boolean rescience, boolean betaCosts, int lesionPeriod) {

  /** Connection probability p of J. */
  public static final double DENSITY = 0.1;
  /** &lambda; of J. */
  public static final double LAMBDA = 1.5;
  /** Euler step dt. */
  public static final double DT = 0.2;
  /** Time constant &tau;. */
  public static final double TAU = 10.0;
  /** State-noise amplitude &alpha;. */
  public static final double ALPHA = 0.025;
  /** Initial exploration amplitude &beta;(1). */
  public static final double BETA0 = 0.01;
  /** RLS regulariser &gamma;, P(0) = I/&gamma;. */
  public static final double GAMMA = 10.0;

  /** Validates. */
  public TrialConfig {
    if (task == null || rule == null || testFeedback == null) {
      throw new IllegalArgumentException("task, rule and testFeedback are required");
    }
    if (rule == Rule.FORCE && task != Task.PEN) {
      throw new IllegalArgumentException("rule force needs task pen (the target angles of the arm"
          + " are unknown), got task " + task.id());
    }
    if (task == Task.ARM && (segments < 2 || segments > 64)) {
      throw new IllegalArgumentException("segments must be in [2, 64] for task arm, got "
          + segments);
    }
    if (task == Task.ARM_COST && segments != 3) {
      throw new IllegalArgumentException("segments must be 3 for task arm-cost, got " + segments);
    }
    if (neurons < 2 || neurons > 20000) {
      throw new IllegalArgumentException("neurons must be in [2, 20000], got " + neurons);
    }
    if (periodSteps < 10) {
      throw new IllegalArgumentException("periodSteps must be >= 10, got " + periodSteps);
    }
    if (trainPeriods < 1 || testPeriods < 1) {
      throw new IllegalArgumentException("trainPeriods and testPeriods must be >= 1, got "
          + trainPeriods + ", " + testPeriods);
    }
    if ((long) periodSteps * (trainPeriods + testPeriods) > 2_000_000_000L) {
      throw new IllegalArgumentException("periodSteps * (trainPeriods + testPeriods) must stay "
          + "below 2e9 steps");
    }
    if (testFeedback == TestFeedback.SCRIPT && task != Task.PEN && testPeriods > trainPeriods) {
      throw new IllegalArgumentException("testPeriods must be <= trainPeriods for the script test "
          + "feedback (it replays the last testPeriods training periods), got " + testPeriods);
    }
    if (lesionPeriod < 0 || lesionPeriod > trainPeriods) {
      throw new IllegalArgumentException("lesionPeriod must be 0 (none) or a training period in [1, "
          + trainPeriods + "], got " + lesionPeriod);
    }
    if (lesionPeriod > 0 && rule != Rule.SUPERTREX) {
      throw new IllegalArgumentException("lesionPeriod needs rule supertrex, got rule "
          + rule.id());
    }
  }

  /**
   * The authors' protocol for a task and rule: T_p = 5e4, 10 + 5 periods, script quirks on,
   * script test feedback, no ReScience changes, standard costs, no lesion.
   */
  public static TrialConfig paper(Task task, Rule rule, int neurons, long seed) {
    return new TrialConfig(task, task == Task.ARM_COST ? 3 : 2, rule, neurons, 50_000, 10, 5,
        seed, true, TestFeedback.SCRIPT, false, false, 0);
  }

  /** M, the output dimension: 2 for Task 1, the number of joints otherwise. */
  public int outputs() {
    return task == Task.PEN ? 2 : segments;
  }

  /** Training steps. */
  public long trainSteps() {
    return (long) periodSteps * trainPeriods;
  }

  /** All steps. */
  public long totalSteps() {
    return (long) periodSteps * (trainPeriods + testPeriods);
  }

  /** The per-task constants. */
  public TaskConstants constants() {
    return TaskConstants.of(task, rule, outputs(), betaCosts, rescience);
  }

  /** This configuration with another seed. */
  public TrialConfig withSeed(long s) {
    return new TrialConfig(task, segments, rule, neurons, periodSteps, trainPeriods, testPeriods, s,
        scriptQuirks, testFeedback, rescience, betaCosts, lesionPeriod);
  }

  /** This configuration with another N. */
  public TrialConfig withNeurons(int n) {
    return new TrialConfig(task, segments, rule, n, periodSteps, trainPeriods, testPeriods, seed,
        scriptQuirks, testFeedback, rescience, betaCosts, lesionPeriod);
  }
}
