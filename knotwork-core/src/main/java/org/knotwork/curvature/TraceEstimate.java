package org.knotwork.curvature;

/**
 * A Monte Carlo trace estimate.
 *
 * @param estimate the mean of the probes' quadratic forms
 * @param standardError sample standard deviation of the quadratic forms / &radic;probes
 * @param probes number of probes
 */
public record TraceEstimate(double estimate, double standardError, int probes) {

  /** The error against the exact trace (the sum of {@code exact}), relative to P times its spectral radius. */
  public EstimatorError errorAgainst(Spectrum exact) {
    double scale = Math.max(Math.abs(exact.min()), Math.abs(exact.max())) * exact.dimension();
    double err = Math.abs(estimate - exact.trace());
    return new EstimatorError(err, scale == 0 ? 0 : err / scale, standardError);
  }
}
