package org.knotwork.landscape;

/**
 * How the atlas trains and groups its runs.
 *
 * @param width hidden width H &ge; 1
 * @param seeds number of runs (seeds firstSeed, firstSeed+1, &hellip;), &ge; 1
 * @param firstSeed first seed
 * @param learningRate gradient-descent step &eta; &gt; 0
 * @param maxSteps gradient-descent step cap &ge; 1
 * @param polishBelow when the descent ends with &Vert;&nabla;L&Vert; (spline coordinates) below this, a
 *     Newton polish takes it to the critical point it was approaching; 0 disables the polish
 * @param snapDistance before the polish, a knot within snapDistance&middot;(x<sub>max</sub> &minus;
 *     x<sub>min</sub>) of a data point where it is trapped (one-sided derivatives pointing at the point)
 *     is placed exactly on it and held there; in [0, 0.5), 0 disables snapping
 * @param tolerances classification thresholds
 * @param clusterTolerance two endpoints are the same place when their outputs on the data differ by at
 *     most clusterTolerance&middot;(1 + max|y|) and their types agree; in (0, 1)
 */
public record AtlasOptions(int width, int seeds, long firstSeed, double learningRate, int maxSteps,
    double polishBelow, double snapDistance, ClassificationTolerances tolerances,
    double clusterTolerance) {

  /** Validates each field. */
  public AtlasOptions {
    if (width < 1) {
      throw new IllegalArgumentException("width must be >= 1, got " + width);
    }
    if (seeds < 1) {
      throw new IllegalArgumentException("seeds must be >= 1, got " + seeds);
    }
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException("learningRate must be finite and > 0, got "
          + learningRate);
    }
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps must be >= 1, got " + maxSteps);
    }
    if (!(polishBelow >= 0) || !Double.isFinite(polishBelow)) {
      throw new IllegalArgumentException("polishBelow must be finite and >= 0, got "
          + polishBelow);
    }
    if (!(snapDistance >= 0 && snapDistance < 0.5)) {
      throw new IllegalArgumentException("snapDistance must be in [0, 0.5), got " + snapDistance);
    }
    if (tolerances == null) {
      throw new IllegalArgumentException("tolerances are required");
    }
    if (!(clusterTolerance > 0 && clusterTolerance < 1)) {
      throw new IllegalArgumentException("clusterTolerance must be in (0, 1), got "
          + clusterTolerance);
    }
  }

  /**
   * Defaults for a width: 20 seeds from 0, &eta; = 0.1, 20000 steps, polish below 10<sup>&minus;2</sup>,
   * snap distance 10<sup>&minus;3</sup>, default tolerances, cluster tolerance 10<sup>&minus;6</sup>.
   */
  public static AtlasOptions defaults(int width) {
    return new AtlasOptions(width, 20, 0, 0.1, 20_000, 1e-2, 1e-3,
        ClassificationTolerances.defaults(), 1e-6);
  }
}
