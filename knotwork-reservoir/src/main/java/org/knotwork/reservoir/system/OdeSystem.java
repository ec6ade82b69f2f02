package org.knotwork.reservoir.system;

/** An autonomous ODE dx/dt = f(x) with an allocation-free right-hand side. */
public interface OdeSystem {

  /** State dimension. */
  int dimension();

  /** Writes f(x) into {@code dx} (both of length {@link #dimension()}; they must not alias). */
  void derivative(double[] x, double[] dx);

  /** A short description with the parameters. */
  String describe();
}
