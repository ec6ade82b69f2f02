package org.knotwork.reservoir.series;

import java.util.Arrays;

/**
 * A fitted affine normalisation {@code (u_k - shift_k) / scale_k} (notes &sect;1&ndash;2, &sect;11).
 *
 * @param scaling the rule that produced it
 * @param shift per-component shift (zero for {@link Scaling#STD_PER_COMPONENT})
 * @param scale per-component divisor, &gt; 0
 */
public record Scaler(Scaling scaling, double[] shift, double[] scale) {

  /** Validates the arrays. */
  public Scaler {
    if (scaling == null || shift == null || scale == null) {
      throw new IllegalArgumentException("scaling, shift and scale are required");
    }
    if (shift.length != scale.length || shift.length == 0) {
      throw new IllegalArgumentException("shift and scale must have the same non-zero length, got "
          + shift.length + " and " + scale.length);
    }
    for (double s : scale) {
      if (!(s > 0) || !Double.isFinite(s)) {
        throw new IllegalArgumentException("scale entries must be finite and > 0, got " + s);
      }
    }
    shift = shift.clone();
    scale = scale.clone();
  }

  /** The identity scaler for K components. */
  public static Scaler identity(int dimension) {
    double[] one = new double[dimension];
    Arrays.fill(one, 1.0);
    return new Scaler(Scaling.NONE, new double[dimension], one);
  }

  /**
   * Fits {@code scaling} on samples [from, to) of {@code series} only.
   *
   * @throws IllegalArgumentException if the segment is empty or a standard deviation is zero
   */
  public static Scaler fit(TimeSeries series, Scaling scaling, int from, int to) {
    if (series == null || scaling == null) {
      throw new IllegalArgumentException("series and scaling are required");
    }
    if (from < 0 || to > series.length() || to - from < 2) {
      throw new IllegalArgumentException("fit segment must satisfy 0 <= from, from + 2 <= to <= "
          + series.length() + ", got [" + from + ", " + to + ")");
    }
    int k = series.dimension();
    if (scaling == Scaling.NONE) {
      return identity(k);
    }
    int n = to - from;
    double[] mean = new double[k];
    for (int t = from; t < to; t++) {
      for (int c = 0; c < k; c++) {
        mean[c] += series.get(t, c);
      }
    }
    double globalMean = 0;
    for (int c = 0; c < k; c++) {
      globalMean += mean[c];
      mean[c] /= n;
    }
    globalMean /= (double) n * k;
    double[] var = new double[k];
    double globalVar = 0;
    for (int t = from; t < to; t++) {
      for (int c = 0; c < k; c++) {
        double d = series.get(t, c) - mean[c];
        var[c] += d * d;
        double g = series.get(t, c) - globalMean;
        globalVar += g * g;
      }
    }
    double[] shift = new double[k];
    double[] scale = new double[k];
    for (int c = 0; c < k; c++) {
      switch (scaling) {
        case STD_PER_COMPONENT -> scale[c] = Math.sqrt(var[c] / n);
        case ZSCORE_PER_COMPONENT -> {
          shift[c] = mean[c];
          scale[c] = Math.sqrt(var[c] / n);
        }
        case ZSCORE_GLOBAL -> {
          shift[c] = globalMean;
          scale[c] = Math.sqrt(globalVar / ((double) n * k));
        }
        default -> throw new IllegalStateException("unreachable");
      }
      if (!(scale[c] > 0)) {
        throw new IllegalArgumentException("component " + c
            + " is constant on the fit segment; it cannot be scaled with " + scaling);
      }
    }
    return new Scaler(scaling, shift, scale);
  }

  /** Number of components. */
  public int dimension() {
    return scale.length;
  }

  /** The scaled series. */
  public TimeSeries apply(TimeSeries series) {
    if (series.dimension() != dimension()) {
      throw new IllegalArgumentException("series has " + series.dimension()
          + " components, scaler has " + dimension());
    }
    return series.map((k, v) -> (v - shift[k]) / scale[k]);
  }

  /** Maps a scaled sample back to raw units, in place. */
  public void invert(double[] sample) {
    for (int k = 0; k < scale.length; k++) {
      sample[k] = sample[k] * scale[k] + shift[k];
    }
  }

  @Override
  public double[] shift() {
    return shift.clone();
  }

  @Override
  public double[] scale() {
    return scale.clone();
  }
}
