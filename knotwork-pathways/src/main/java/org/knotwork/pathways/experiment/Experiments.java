package org.knotwork.pathways.experiment;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.pathways.data.Hierarchy;
import org.knotwork.pathways.data.IoData;

/** Runs an {@link ExperimentSpec}: its runs one after another on the hierarchical data set. */
public final class Experiments {
  private Experiments() {}

  /**
   * @param threads worker threads per run, &ge; 1 (results do not depend on it)
   * @param listener progress callback, or {@link ExperimentListener#NONE}
   */
  public static ExperimentResult run(ExperimentSpec spec, int threads,
      ExperimentListener listener) {
    if (spec == null || listener == null) {
      throw new IllegalArgumentException("spec and listener are required");
    }
    IoData data = Hierarchy.binaryTree(spec.treeLevels());
    List<NetworkRunResult> out = new ArrayList<>();
    int n = spec.runs().size();
    for (int i = 0; i < n; i++) {
      NetworkRunSpec run = spec.runs().get(i);
      int index = i;
      out.add(NetworkRun.run(run, data, threads,
          (step, steps, loss) -> listener.progress(run.name(), index, n, step, steps, loss)));
    }
    return new ExperimentResult(spec, out);
  }
}
