package org.knotwork.objective;

/**
 * An objective that is a normalised sum over samples, so that it can be estimated on a subset: the
 * contract stochastic optimizers need. For a subset B of size |B| drawn uniformly without
 * replacement, {@link #valueAndGradient(double[], int[], int, double[])} returns an unbiased
 * estimate of the full value and gradient (for a mean loss: the mean over B).
 */
public interface MinibatchObjective extends DifferentiableObjective {

  /** Number of samples N in the full objective. */
  int sampleCount();

  /**
   * Evaluates the estimate on the samples {@code samples[0..count)} and writes its gradient.
   *
   * @param theta parameters (not modified)
   * @param samples sample indices in [0, N), distinct (only the first {@code count} are read; not
   *     modified)
   * @param count number of samples used, 1 &le; count &le; N
   * @param gradient output, length {@link #dimension()} (overwritten)
   * @return the value estimate
   */
  double valueAndGradient(double[] theta, int[] samples, int count, double[] gradient);
}
