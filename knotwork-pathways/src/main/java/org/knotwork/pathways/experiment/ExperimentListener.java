package org.knotwork.pathways.experiment;

/** Progress of an experiment: called at every recorded step of every run. */
@FunctionalInterface
public interface ExperimentListener {
  /** A listener that ignores every call. */
  ExperimentListener NONE = (run, index, runs, step, steps, loss) -> { };

  /**
   * @param run name of the current run
   * @param index its index (0-based)
   * @param runs number of runs
   * @param step step just recorded
   * @param steps steps of this run
   * @param loss loss at that step
   */
  void progress(String run, int index, int runs, int step, int steps, double loss);
}
