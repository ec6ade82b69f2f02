package org.knotwork.objective;

/** A scalar function of a flat parameter vector with its gradient. */
public interface DifferentiableObjective {

  /** Length of the parameter vector. */
  int dimension();

  /**
   * Evaluates the function and writes its gradient.
   *
   * @param theta parameters (not modified)
   * @param gradient output, length {@link #dimension()} (overwritten)
   * @return the function value
   */
  double valueAndGradient(double[] theta, double[] gradient);

  /** The function value alone. */
  default double value(double[] theta) {
    return valueAndGradient(theta, new double[dimension()]);
  }

  /**
   * An evaluator of this objective for repeated calls from one thread, bit-identical to this one
   * ({@link #valueAndGradient}, {@link #value}) but free to reuse scratch memory between calls: what
   * iterative methods call every step. This object itself unless the implementation says otherwise.
   */
  default DifferentiableObjective evaluator() {
    return this;
  }
}
