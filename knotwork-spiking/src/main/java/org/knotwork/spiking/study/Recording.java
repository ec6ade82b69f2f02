package org.knotwork.spiking.study;

/**
 * What a spiking run measures and records (docs/spiking.md (P14), (P15)).
 *
 * @param maxSpikes the run fails loudly beyond this many recorded spikes
 * @param countBin bin of the per-cell counts written for the sampled cells (ms)
 * @param sampleCells E cells sampled from the centre square [0.25, 0.75]&sup2; for correlations
 * @param minRate cells below this rate (Hz) are dropped from correlations
 * @param window boxcar smoothing of the 1 ms counts (ms)
 * @param distanceBin width of the distance bins
 * @param faCells cells per factor-analysis sample
 * @param faBin count bin of factor analysis (ms)
 */
public record Recording(long maxSpikes, double countBin, int sampleCells, double minRate,
    double window, double distanceBin, int faCells, double faBin) {

  /** The measurement settings of (P14), (P15): 500 cells, 2 Hz, 200 ms boxcar, 0.025 bins, FA on 50 cells of 140 ms. */
  public static final Recording DEFAULTS =
      new Recording(200_000_000L, 10, 500, 2, 200, 0.025, 50, 140);

  /** Validates. */
  public Recording {
    if (maxSpikes < 1 || maxSpikes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxSpikes must be in [1, 2147483639], got " + maxSpikes);
    }
    if (!(countBin > 0) || !Double.isFinite(countBin)) {
      throw new IllegalArgumentException("countBin must be positive, got " + countBin);
    }
    if (sampleCells < 2) {
      throw new IllegalArgumentException("sampleCells must be >= 2, got " + sampleCells);
    }
    if (!(minRate >= 0) || !Double.isFinite(minRate)) {
      throw new IllegalArgumentException("minRate must be >= 0, got " + minRate);
    }
    if (!(window >= 1) || !Double.isFinite(window)) {
      throw new IllegalArgumentException("window must be >= 1 ms, got " + window);
    }
    if (!(distanceBin > 0) || distanceBin > 0.5) {
      throw new IllegalArgumentException("distanceBin must be in (0, 0.5], got " + distanceBin);
    }
    if (faCells < 3) {
      throw new IllegalArgumentException("faCells must be >= 3, got " + faCells);
    }
    if (!(faBin > 0) || !Double.isFinite(faBin)) {
      throw new IllegalArgumentException("faBin must be positive, got " + faBin);
    }
  }
}
