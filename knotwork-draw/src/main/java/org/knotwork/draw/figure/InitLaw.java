package org.knotwork.draw.figure;

import java.util.function.DoubleUnaryOperator;

/**
 * An initialisation law against Monte Carlo, the input of {@link InitLawFigure}: samples of a
 * quantity (e.g. knots &beta; or delta-slopes &mu; at initialisation, notes &sect;5, S21, S22) and
 * the density the theory predicts.
 *
 * @param title figure title
 * @param quantity axis label of the quantity, e.g. "knot \u03b2"
 * @param samples Monte Carlo samples, at least one, finite
 * @param density the predicted probability density
 * @param densityLabel legend label of the density, e.g. "Cauchy(0, 0.25), S21"
 * @param lo left end of the histogram range
 * @param hi right end, &gt; lo
 * @param bins number of histogram bins, &ge; 1
 */
public record InitLaw(String title, String quantity, double[] samples,
    DoubleUnaryOperator density, String densityLabel, double lo, double hi, int bins) {

  /** Validates and copies. */
  public InitLaw {
    if (samples == null || samples.length == 0) {
      throw new IllegalArgumentException("samples must be non-empty");
    }
    samples = samples.clone();
    for (int k = 0; k < samples.length; k++) {
      if (!Double.isFinite(samples[k])) {
        throw new IllegalArgumentException("samples[" + k + "] must be finite, got " + samples[k]);
      }
    }
    if (density == null) {
      throw new IllegalArgumentException("density is required");
    }
    if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
      throw new IllegalArgumentException("range must be finite with hi > lo, got [" + lo + ", "
          + hi + "]");
    }
    if (bins < 1 || bins > 10_000) {
      throw new IllegalArgumentException("bins must be between 1 and 10000, got " + bins);
    }
  }

  @Override
  public double[] samples() {
    return samples.clone();
  }

  /**
   * Histogram as densities: count in bin j divided by (total samples &times; bin width), so it
   * estimates the density and integrates to the fraction of samples inside the range.
   */
  public double[] histogram() {
    double[] h = new double[bins];
    double w = (hi - lo) / bins;
    for (double x : samples) {
      if (x >= lo && x <= hi) {
        h[Math.min(bins - 1, (int) ((x - lo) / w))] += 1;
      }
    }
    for (int j = 0; j < bins; j++) {
      h[j] /= samples.length * w;
    }
    return h;
  }

  /**
   * Standard error of each histogram density: &radic;(p(1&minus;p)/M)/w with p the bin's sample
   * fraction (binomial counts).
   */
  public double[] standardErrors() {
    double[] h = histogram();
    double w = (hi - lo) / bins;
    double[] se = new double[bins];
    for (int j = 0; j < bins; j++) {
      double p = h[j] * w;
      se[j] = Math.sqrt(p * (1 - p) / samples.length) / w;
    }
    return se;
  }

  /** Fraction of samples outside [lo, hi]. */
  public double outsideFraction() {
    int out = 0;
    for (double x : samples) {
      if (x < lo || x > hi) {
        out++;
      }
    }
    return (double) out / samples.length;
  }
}
