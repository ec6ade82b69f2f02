package org.knotwork.pathways.train;

/** Receives a call at every recorded step of a run (for progress bars; must be cheap). */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores every call. */
  ProgressListener NONE = (step, steps, loss) -> { };

  /**
   * @param step the step just recorded
   * @param steps total steps of the run
   * @param loss loss at that step
   */
  void recorded(int step, int steps, double loss);
}
