package org.knotwork.reservoir.scoring;

import java.util.Arrays;

/**
 * Horizons and error curves of one model over all test windows (notes &sect;5).
 *
 * @param threshold failure threshold on e(t)
 * @param length window length L
 * @param origins origin of each window
 * @param horizons per window: leading steps with e &le; threshold (L when it never fails: censored)
 * @param meanHorizon mean of {@code horizons}
 * @param stdHorizon sample standard deviation (n &minus; 1) of {@code horizons}, 0 for one window
 * @param medianHorizon median of {@code horizons}
 * @param meanCurveHorizon leading steps with mean error &le; threshold
 * @param censored windows that never exceeded the threshold
 * @param immediateFailures windows whose first step already exceeded the threshold
 * @param meanCurve mean of e(t) over windows, t = 1 &hellip; L (+&infin; once any window diverged)
 * @param stdCurve sample standard deviation of e(t) over windows
 * @param medianCurve median of e(t) over windows (robust to diverged windows)
 */
public record ScoreSummary(double threshold, int length, int[] origins, int[] horizons,
    double meanHorizon, double stdHorizon, double medianHorizon, int meanCurveHorizon, int censored,
    int immediateFailures, double[] meanCurve, double[] stdCurve, double[] medianCurve) {

  /** Summarises per-window errors {@code errors[q][t]}. */
  public static ScoreSummary of(double threshold, int[] origins, double[][] errors) {
    int w = errors.length;
    int len = errors[0].length;
    int[] h = new int[w];
    int censored = 0;
    int immediate = 0;
    for (int q = 0; q < w; q++) {
      h[q] = ScoringHarness.horizon(errors[q], threshold);
      if (h[q] == len) {
        censored++;
      }
      if (h[q] == 0) {
        immediate++;
      }
    }
    double mean = 0;
    for (int x : h) {
      mean += x;
    }
    mean /= w;
    double var = 0;
    for (int x : h) {
      var += (x - mean) * (x - mean);
    }
    double std = w > 1 ? Math.sqrt(var / (w - 1)) : 0.0;
    double[] hs = new double[w];
    for (int q = 0; q < w; q++) {
      hs[q] = h[q];
    }
    double[] meanCurve = new double[len];
    double[] stdCurve = new double[len];
    double[] medianCurve = new double[len];
    double[] col = new double[w];
    for (int t = 0; t < len; t++) {
      double m = 0;
      for (int q = 0; q < w; q++) {
        col[q] = errors[q][t];
        m += col[q];
      }
      m /= w;
      double v = 0;
      if (Double.isFinite(m)) {
        for (int q = 0; q < w; q++) {
          v += (col[q] - m) * (col[q] - m);
        }
      } else {
        v = Double.POSITIVE_INFINITY;
      }
      meanCurve[t] = m;
      stdCurve[t] = w > 1 ? Math.sqrt(v / (w - 1)) : 0.0;
      medianCurve[t] = median(col);
    }
    return new ScoreSummary(threshold, len, origins.clone(), h, mean, std, median(hs),
        ScoringHarness.horizon(meanCurve, threshold), censored, immediate, meanCurve, stdCurve,
        medianCurve);
  }

  /** Number of windows. */
  public int windows() {
    return horizons.length;
  }

  /** Standard error of the mean horizon, std / &radic;n. */
  public double standardError() {
    return stdHorizon / Math.sqrt(horizons.length);
  }

  private static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }
}
