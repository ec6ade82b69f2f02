package org.knotwork.reservoir.experiment;

import org.knotwork.reservoir.scoring.ScoreSummary;

/** Paired comparison of two models scored on the same test windows. */
final class Paired {
  private Paired() {}

  /** Mean over windows of horizon(a) - horizon(b), divided by its standard error. */
  static double tStatistic(ScoreSummary a, ScoreSummary b) {
    int n = a.windows();
    double[] d = new double[n];
    double mean = 0;
    for (int q = 0; q < n; q++) {
      d[q] = a.horizons()[q] - b.horizons()[q];
      mean += d[q];
    }
    mean /= n;
    double var = 0;
    for (double x : d) {
      var += (x - mean) * (x - mean);
    }
    double se = Math.sqrt(var / (n - 1) / n);
    return se == 0 ? Math.signum(mean) * Double.POSITIVE_INFINITY : mean / se;
  }

  /** Mean horizon pooled over several models' summaries. */
  static double pooledMean(ScoreSummary... s) {
    double sum = 0;
    int n = 0;
    for (ScoreSummary x : s) {
      for (int h : x.horizons()) {
        sum += h;
        n++;
      }
    }
    return sum / n;
  }
}
