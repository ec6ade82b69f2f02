package org.knotwork.pathways.experiment;

import java.util.List;

/**
 * The results of an {@link ExperimentSpec}, one per run in the spec's order.
 *
 * @param spec what was run
 * @param runs one result per run
 */
public record ExperimentResult(ExperimentSpec spec, List<NetworkRunResult> runs) {
  /** Validates the fields. */
  public ExperimentResult {
    if (spec == null || runs == null || runs.size() != spec.runs().size()) {
      throw new IllegalArgumentException("runs must hold one result per run of the spec");
    }
    runs = List.copyOf(runs);
  }

  /** The result of the run with this name. */
  public NetworkRunResult run(String name) {
    for (NetworkRunResult r : runs) {
      if (r.spec().name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no run named '" + name + "' in experiment "
        + spec.name());
  }
}
