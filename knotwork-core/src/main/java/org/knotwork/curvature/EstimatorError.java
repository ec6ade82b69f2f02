package org.knotwork.curvature;

/**
 * How far an estimate is from the exact dense answer, next to the bound the estimator states for
 * itself.
 *
 * @param absolute the largest absolute error
 * @param relative {@code absolute} divided by the natural scale of the quantity (the spectral radius
 *     for eigenvalues, P times the spectral radius for traces, the peak of the exact density for
 *     densities)
 * @param statedBound the estimator's own bound or uncertainty at the same point: the largest Ritz
 *     residual for Lanczos, the standard error for Monte Carlo estimates
 */
public record EstimatorError(double absolute, double relative, double statedBound) {

  /** absolute / statedBound: the error in units of the stated bound (infinite if the bound is 0). */
  public double ratio() {
    return statedBound == 0 ? (absolute == 0 ? 0 : Double.POSITIVE_INFINITY) : absolute / statedBound;
  }
}
