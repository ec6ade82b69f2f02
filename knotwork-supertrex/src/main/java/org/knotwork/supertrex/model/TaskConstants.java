package org.knotwork.supertrex.model;

/**
 * The per-task constants of the learning rules (supertrex.md &sect;3, table T; spiking.md &sect;1.3),
 * including those the paper omits and the authors' scripts use.
 *
 * @param filter a_f of the exploratory low-pass z&#772; (ST3): 0.8, 0.9 for SUPERTREX on Task 2
 * @param halfWave Task 1's reward sign: update only when &delta; &ge; 0 (else sign(&delta;)) (ST5)
 * @param taskGain k_T, the Task-3 halving of the exploratory learning rate (absent from the paper)
 * @param explorationScale the factor of &Psi;(&ebar;) = scale (10 &ebar;)^exponent (ST4)
 * @param explorationExponent the exponent of &Psi; (1/4 or 1/5)
 * @param threshold &theta; of the gate (ST7)
 * @param masteryRate a of the mastery update (ST7)
 * @param filteredTeacher whether the mastery teacher &zcirc; is z&#772; (Tasks 2, 3) or z_exp (Task 1)
 * @param costs the movement costs c_j of (ST11), one per output (zeros outside Task 3)
 * @param rescienceFactor the ReScience change (i): exploratory update &times; 0.1/n_seg (Task 2) or
 *     0.5/n_seg (Task 3) when n_seg &gt; 2, else 1 (ST12)
 */
public record TaskConstants(double filter, boolean halfWave, double taskGain, double explorationScale,
    double explorationExponent, double threshold, double masteryRate, boolean filteredTeacher,
    double[] costs, double rescienceFactor) {

  /** Learning rate &eta;_L of the exploratory readout (ST5). */
  public static final double LEARNING_RATE = 5e-4;
  /** The factor 5 of the reward term 5 |&delta;|^{1/4} (ST5). */
  public static final double REWARD_GAIN = 5.0;
  /** The factor of the fast error filter &ebar; (ST3): &ebar; &larr; 0.8 &ebar; + 0.2 e. */
  public static final double ERROR_FILTER = 0.8;
  /** The steepness 5e5 of the gate (ST7). */
  public static final double GATE_STEEPNESS = 5e5;
  /** RLS updates happen every this many steps (ST6). */
  public static final int RLS_INTERVAL = 10;

  /** Copies the costs. */
  public TaskConstants {
    costs = costs.clone();
  }

  @Override
  public double[] costs() {
    return costs.clone();
  }

  /**
   * The constants of a task and rule.
   *
   * @param task the task
   * @param rule the rule
   * @param segments arm segments (outputs) of Tasks 2 and 3
   * @param betaCosts Task 3's "beta" variant, costs (0.1, 0.01, 0) instead of (0.1, 0.05, 0)
   * @param rescience the ReScience modifications (i) and (ii) of (ST12)
   */
  public static TaskConstants of(Task task, Rule rule, int segments, boolean betaCosts,
      boolean rescience) {
    switch (task) {
      case PEN:
        return new TaskConstants(0.8, true, 1.0, 0.025, 0.25, 1.5e-3, 0.5, false, new double[2],
            1.0);
      case ARM: {
        double factor = rescience && segments > 2 ? 0.1 / segments : 1.0;
        return new TaskConstants(rule == Rule.SUPERTREX ? 0.9 : 0.8, false, 1.0, 0.01, 0.2,
            rescience ? 1.5e-2 : 1.5e-3, 0.5, true, new double[segments], factor);
      }
      case ARM_COST: {
        double[] c = new double[segments];
        c[0] = 0.1;
        if (segments > 1) {
          c[1] = betaCosts ? 0.01 : 0.05;
        }
        double factor = rescience && segments > 2 ? 0.5 / segments : 1.0;
        return new TaskConstants(0.8, false, 0.5, 0.005, 0.25, 1.5e-2, 0.9, true, c, factor);
      }
      default:
        throw new IllegalArgumentException("unknown task " + task);
    }
  }

  /** The exploration amplitude &beta; = &Psi;(&ebar;) of (ST4). */
  public double exploration(double filteredError) {
    return explorationScale * StrictMath.pow(10 * filteredError, explorationExponent);
  }

  /** The gate g(&ebar;) = 0.5 &minus; 0.5 tanh(5e5 (&ebar; &minus; &theta;)) of (ST7). */
  public double gate(double filteredError) {
    return gate(filteredError, threshold);
  }

  /** The gate of (ST7) at threshold &theta;. */
  public static double gate(double filteredError, double theta) {
    return 0.5 - 0.5 * StrictMath.tanh(GATE_STEEPNESS * (Math.abs(filteredError) - theta));
  }

  /**
   * The scalar factor of the exploratory update (ST5), s(&delta;) k_T f_R &eta;_L 5 |&delta;|^{1/4}:
   * zero when Task 1's half-wave sign suppresses the update.
   */
  public double rewardFactor(double delta) {
    double s;
    if (halfWave) {
      s = delta >= 0 ? 1 : 0;
    } else {
      s = Math.signum(delta);
    }
    if (s == 0) {
      return 0;
    }
    return s * taskGain * rescienceFactor * LEARNING_RATE * REWARD_GAIN
        * StrictMath.pow(Math.abs(delta), 0.25);
  }
}
