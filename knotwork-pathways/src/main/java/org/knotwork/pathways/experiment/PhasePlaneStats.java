package org.knotwork.pathways.experiment;

/**
 * Statistics of one phase-plane panel (the columns of notes &sect;3.3). The winner share of a start
 * is max(K<sub>a</sub>, K<sub>b</sub>)/S at the end of the integration.
 *
 * @param meanWinnerShare mean winner share
 * @param medianWinnerShare median winner share
 * @param fractionAbove90 fraction of starts with winner share &gt; 0.9
 * @param fractionAbove75 fraction with winner share &gt; 0.75
 * @param largerPWins fraction of starts in which the pathway with the larger initial p ends with
 *     the larger K
 * @param maxSumError max |K<sub>a</sub> + K<sub>b</sub> &minus; S| at the end
 * @param maxEndStateGap max |K<sub>a</sub> &minus; K<sub>a</sub><sup>end state</sup>| / S (integrator
 *     against the exact invariant end state)
 */
public record PhasePlaneStats(double meanWinnerShare, double medianWinnerShare,
    double fractionAbove90, double fractionAbove75, double largerPWins, double maxSumError,
    double maxEndStateGap) {

  /** Computes the statistics from per-start values. */
  static PhasePlaneStats of(double[][] initialP, double[][] finalK, double[][] endStateK,
      double target) {
    int n = finalK.length;
    double[] win = new double[n];
    double sum = 0;
    int above90 = 0;
    int above75 = 0;
    int largerWins = 0;
    double maxSum = 0;
    double maxGap = 0;
    for (int i = 0; i < n; i++) {
      double ka = finalK[i][0];
      double kb = finalK[i][1];
      win[i] = Math.max(ka, kb) / target;
      sum += win[i];
      if (win[i] > 0.9) {
        above90++;
      }
      if (win[i] > 0.75) {
        above75++;
      }
      if ((initialP[i][0] > initialP[i][1]) == (ka > kb)) {
        largerWins++;
      }
      maxSum = Math.max(maxSum, Math.abs(ka + kb - target));
      maxGap = Math.max(maxGap, Math.abs(ka - endStateK[i][0]) / target);
    }
    double[] sorted = win.clone();
    java.util.Arrays.sort(sorted);
    double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    return new PhasePlaneStats(sum / n, median, (double) above90 / n, (double) above75 / n,
        (double) largerWins / n, maxSum, maxGap);
  }
}
