package org.knotwork.supertrex.model;

/**
 * The outcome of one run.
 *
 * @param config the configuration
 * @param deviation the deviation of (ST13) over the test window (+&infin; if the run diverged)
 * @param satisfactory deviation &lt; 0.5
 * @param diverged whether a non-finite output or error ended the run early
 * @param steps steps simulated
 * @param trace the recorded samples and period rows
 */
public record TrialResult(TrialConfig config, double deviation, boolean satisfactory,
    boolean diverged, long steps, Trace trace) {

  /** ‖W_exp‖_F at the end of training period {@code p} (1-based). */
  public double explorationNorm(int p) {
    return trace.periodColumn(1)[p - 1];
  }

  /** ‖W_mst‖_F (FORCE: ‖W‖_F) at the end of period {@code p} (1-based). */
  public double masteryNorm(int p) {
    return trace.periodColumn(2)[p - 1];
  }
}
