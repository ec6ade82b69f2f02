package org.knotwork.spiking.analysis;

import org.knotwork.spiking.network.TorusWiring;

/**
 * Pairwise spike-count correlations against periodic distance (docs/spiking.md (P14)): 1 ms counts
 * smoothed by a boxcar of {@code window} bins, cells below {@code minRate} dropped, Pearson
 * correlations of every pair binned by distance in bins of {@code binWidth} up to {@code maxDistance}.
 *
 * @param binCentres centre of each distance bin
 * @param meanCorrelation mean correlation of the pairs in each bin (NaN for an empty bin)
 * @param pairs number of pairs in each bin
 * @param mean mean correlation over all pairs with distance &le; maxDistance
 * @param cellsKept cells above the rate threshold
 */
public record DistanceCorrelation(double[] binCentres, double[] meanCorrelation, long[] pairs,
    double mean, int cellsKept) {

  /**
   * The correlation profile.
   *
   * @param counts counts[c][b] of each cell in bins of {@code binMs} ms
   * @param x sheet x position of each cell
   * @param y sheet y position of each cell
   * @param binMs bin width (ms)
   * @param window boxcar length in bins
   * @param minRate rate threshold (Hz)
   * @param binWidth distance bin width
   * @param maxDistance largest distance
   */
  public static DistanceCorrelation of(double[][] counts, double[] x, double[] y, double binMs,
      int window, double minRate, double binWidth, double maxDistance) {
    int n = counts.length;
    int nb = (int) Math.round(maxDistance / binWidth);
    double[] sum = new double[nb];
    long[] pairs = new long[nb];
    // standardised smoothed series of the kept cells
    java.util.List<double[]> z = new java.util.ArrayList<>();
    java.util.List<Integer> kept = new java.util.ArrayList<>();
    for (int c = 0; c < n; c++) {
      double rate = SpikeCounts.mean(counts[c]) * 1000 / binMs;
      if (rate < minRate) {
        continue;
      }
      double[] s = SpikeCounts.movingSum(counts[c], window);
      double m = SpikeCounts.mean(s);
      double ss = 0;
      for (int k = 0; k < s.length; k++) {
        s[k] -= m;
        ss += s[k] * s[k];
      }
      if (ss == 0) {
        continue;
      }
      double inv = 1 / Math.sqrt(ss);
      for (int k = 0; k < s.length; k++) {
        s[k] *= inv;
      }
      z.add(s);
      kept.add(c);
    }
    double total = 0;
    long totalPairs = 0;
    for (int a = 0; a < z.size(); a++) {
      double[] za = z.get(a);
      int ca = kept.get(a);
      for (int b = a + 1; b < z.size(); b++) {
        int cb = kept.get(b);
        double d = TorusWiring.distance(x[ca], y[ca], x[cb], y[cb]);
        if (d > maxDistance) {
          continue;
        }
        double r = dot(za, z.get(b));
        int bin = Math.min(nb - 1, (int) (d / binWidth));
        sum[bin] += r;
        pairs[bin]++;
        total += r;
        totalPairs++;
      }
    }
    double[] centres = new double[nb];
    double[] means = new double[nb];
    for (int k = 0; k < nb; k++) {
      centres[k] = (k + 0.5) * binWidth;
      means[k] = pairs[k] > 0 ? sum[k] / pairs[k] : Double.NaN;
    }
    return new DistanceCorrelation(centres, means, pairs,
        totalPairs > 0 ? total / totalPairs : Double.NaN, z.size());
  }

  /** The dot product with four partial sums (a fixed order, so the same bytes every run). */
  static double dot(double[] a, double[] b) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int n = a.length;
    int k = 0;
    for (; k + 3 < n; k += 4) {
      s0 += a[k] * b[k];
      s1 += a[k + 1] * b[k + 1];
      s2 += a[k + 2] * b[k + 2];
      s3 += a[k + 3] * b[k + 3];
    }
    for (; k < n; k++) {
      s0 += a[k] * b[k];
    }
    return (s0 + s1) + (s2 + s3);
  }
}
