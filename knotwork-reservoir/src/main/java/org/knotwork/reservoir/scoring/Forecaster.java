package org.knotwork.reservoir.scoring;

/**
 * A closed-loop forecaster as the scoring harness sees every model (notes &sect;5, &sect;11): given the
 * {@link #historyLength()} most recent samples up to and including u(s), it returns predictions of
 * u(s + 1) &hellip; u(s + L). The harness hands it a copy of the history only, so no model can read the
 * values it is scored against. Implementations must be safe to call from several threads at once.
 */
public interface Forecaster {

  /** Number of components K. */
  int dimension();

  /** Number of past samples read, &ge; 1 (1 for D2R2; the warm-up length for an ESN). */
  int historyLength();

  /**
   * Forecasts {@code out.length} steps.
   *
   * @param history {@code historyLength()} rows of K values, oldest first; the last row is u(s)
   * @param out L rows of K values to fill with predictions of u(s + 1) &hellip; u(s + L)
   */
  void forecast(double[][] history, double[][] out);
}
