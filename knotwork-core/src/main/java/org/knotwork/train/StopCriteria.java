package org.knotwork.train;

/**
 * When a run stops: a step budget and a time budget (whichever comes first), a loss threshold, a
 * gradient-norm threshold, and a divergence guard. For descent, step k sits at time k&middot;&eta;; for
 * the flow, "steps" counts accepted integrator steps.
 *
 * @param maxSteps largest number of steps, &ge; 0 ({@link Long#MAX_VALUE} for none)
 * @param maxTime largest (flow or nominal) time, &ge; 0 (+&infin; for none; the flow needs a finite
 *     one)
 * @param lossThreshold stop once L &le; this, &ge; 0 (0: only at an exact fit)
 * @param gradientThreshold stop once &Vert;&nabla;L&Vert; (for the flow &Vert;d&theta;/dt&Vert;) &le; this,
 *     &ge; 0 (0: only at an exact critical point)
 * @param divergenceFactor declare divergence once L &gt; this times the initial loss (or on any
 *     NaN/&infin;), &gt; 1
 */
public record StopCriteria(long maxSteps, double maxTime, double lossThreshold,
    double gradientThreshold, double divergenceFactor) {

  /** The default divergence factor, 1e10. */
  public static final double DEFAULT_DIVERGENCE_FACTOR = 1e10;

  /** Validates every field; messages name the field and the allowed range. */
  public StopCriteria {
    if (maxSteps < 0) {
      throw new IllegalArgumentException("maxSteps must be >= 0, got " + maxSteps);
    }
    if (!(maxTime >= 0)) {
      throw new IllegalArgumentException("maxTime must be >= 0, got " + maxTime);
    }
    if (!(lossThreshold >= 0) || !Double.isFinite(lossThreshold)) {
      throw new IllegalArgumentException(
          "lossThreshold must be finite and >= 0, got " + lossThreshold);
    }
    if (!(gradientThreshold >= 0) || !Double.isFinite(gradientThreshold)) {
      throw new IllegalArgumentException(
          "gradientThreshold must be finite and >= 0, got " + gradientThreshold);
    }
    if (!(divergenceFactor > 1)) {
      throw new IllegalArgumentException(
          "divergenceFactor must be greater than 1, got " + divergenceFactor);
    }
  }

  /**
   * The step budget of a descent run with learning rate {@code lr}: min(maxSteps, the smallest k
   * with k&middot;&eta; &ge; maxTime, up to a relative rounding of 1e-9 in maxTime/&eta;).
   */
  public long stepBudget(double lr) {
    if (!Double.isFinite(maxTime)) {
      return maxSteps;
    }
    double q = maxTime / lr;
    if (q >= Long.MAX_VALUE) {
      return maxSteps;
    }
    long k = (long) Math.floor(q);
    if (q - k > 1e-9 * Math.max(1.0, q)) {
      k++;
    }
    return Math.min(maxSteps, k);
  }

  /** Stop after {@code steps} steps. */
  public static StopCriteria steps(long steps) {
    return new StopCriteria(steps, Double.POSITIVE_INFINITY, 0, 0, DEFAULT_DIVERGENCE_FACTOR);
  }

  /** Stop at time {@code time}. */
  public static StopCriteria time(double time) {
    return new StopCriteria(Long.MAX_VALUE, time, 0, 0, DEFAULT_DIVERGENCE_FACTOR);
  }

  /** The same criteria with a step budget. */
  public StopCriteria withMaxSteps(long steps) {
    return new StopCriteria(steps, maxTime, lossThreshold, gradientThreshold, divergenceFactor);
  }

  /** The same criteria with a time budget. */
  public StopCriteria withMaxTime(double time) {
    return new StopCriteria(maxSteps, time, lossThreshold, gradientThreshold, divergenceFactor);
  }

  /** The same criteria with a loss threshold. */
  public StopCriteria withLossThreshold(double threshold) {
    return new StopCriteria(maxSteps, maxTime, threshold, gradientThreshold, divergenceFactor);
  }

  /** The same criteria with a gradient-norm threshold. */
  public StopCriteria withGradientThreshold(double threshold) {
    return new StopCriteria(maxSteps, maxTime, lossThreshold, threshold, divergenceFactor);
  }

  /** The same criteria with another divergence factor. */
  public StopCriteria withDivergenceFactor(double factor) {
    return new StopCriteria(maxSteps, maxTime, lossThreshold, gradientThreshold, factor);
  }
}
