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

  /**
   * Teacher-forced ("TF") one-step predictions over a window: prediction i estimates u(s + 1 + i) from
   * the true samples up to u(s + i). The default slides the history window over the truth and calls
   * {@link #forecast} for one step each time; stateful models override it to carry their state.
   *
   * @param history {@code historyLength()} rows ending at u(s)
   * @param truth L rows u(s + 1) &hellip; u(s + L); row i is fed only after prediction i
   * @param out L rows to fill
   */
  default void teacherForced(double[][] history, double[][] truth, double[][] out) {
    int h = historyLength();
    double[][] window = history.clone();
    double[][] one = new double[1][];
    for (int i = 0; i < out.length; i++) {
      one[0] = out[i];
      forecast(window, one);
      System.arraycopy(window, 1, window, 0, h - 1);
      window[h - 1] = truth[i];
    }
  }
}
