package org.knotwork.spiking.analysis;

/**
 * Spike counts of a block of cells in consecutive bins (docs/spiking.md (P14)), from a spike record
 * given as parallel (step, id) arrays.
 */
public final class SpikeCounts {
  private SpikeCounts() {}

  /**
   * Counts of cells {@code cells[c]} (global ids) in bins of {@code binSteps} steps starting at step
   * {@code firstStep} (inclusive), {@code bins} of them: counts[c][b] = number of spikes of cell
   * cells[c] with firstStep + b&middot;binSteps &le; step &lt; firstStep + (b+1)&middot;binSteps.
   */
  public static double[][] counts(long[] steps, int[] ids, int[] cells, long firstStep,
      int binSteps, int bins, int idLimit) {
    if (binSteps < 1 || bins < 0) {
      throw new IllegalArgumentException("binSteps must be >= 1 and bins >= 0");
    }
    int[] row = new int[idLimit];
    java.util.Arrays.fill(row, -1);
    for (int c = 0; c < cells.length; c++) {
      row[cells[c]] = c;
    }
    double[][] out = new double[cells.length][bins];
    long end = firstStep + (long) binSteps * bins;
    for (int k = 0; k < steps.length; k++) {
      long s = steps[k];
      if (s < firstStep || s >= end) {
        continue;
      }
      int r = ids[k] < idLimit ? row[ids[k]] : -1;
      if (r >= 0) {
        out[r][(int) ((s - firstStep) / binSteps)]++;
      }
    }
    return out;
  }

  /** Cells lo, lo+1, ..., hi&minus;1. */
  public static int[] range(int lo, int hi) {
    int[] c = new int[hi - lo];
    for (int k = 0; k < c.length; k++) {
      c[k] = lo + k;
    }
    return c;
  }

  /**
   * Moving sums over {@code window} consecutive bins ('valid' part: length bins &minus; window + 1),
   * the boxcar smoothing of (P14) up to the factor 1/window.
   */
  public static double[] movingSum(double[] x, int window) {
    if (window < 1 || window > x.length) {
      throw new IllegalArgumentException("window must be in [1, " + x.length + "], got " + window);
    }
    double[] out = new double[x.length - window + 1];
    double s = 0;
    for (int k = 0; k < window; k++) {
      s += x[k];
    }
    out[0] = s;
    for (int k = window; k < x.length; k++) {
      s += x[k] - x[k - window];
      out[k - window + 1] = s;
    }
    return out;
  }

  /** Mean of x. */
  public static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  /** Unbiased variance of x. */
  public static double variance(double[] x) {
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return s / (x.length - 1);
  }

  /** The Fano factor var/mean of a count series (NaN for a zero mean). */
  public static double fano(double[] counts) {
    double m = mean(counts);
    return m > 0 ? variance(counts) / m : Double.NaN;
  }

  /** Pearson correlation of two series of equal length (NaN when either is constant). */
  public static double pearson(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int k = 0; k < x.length; k++) {
      double a = x[k] - mx;
      double b = y[k] - my;
      sxy += a * b;
      sxx += a * a;
      syy += b * b;
    }
    return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
  }
}
