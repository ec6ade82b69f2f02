package org.knotwork.experiment.sweep;

import java.util.List;
import org.knotwork.experiment.ExperimentSpec;

/**
 * One point of a sweep, fully determined.
 *
 * @param index position in the Cartesian product (first axis outermost)
 * @param name the run directory's name, e.g. {@code r0007}
 * @param values the axis values of this point, in axis order
 * @param spec the spec of this run
 */
public record SweepRun(int index, String name, List<String> values, ExperimentSpec spec) {

  /** Copies the values. */
  public SweepRun {
    values = List.copyOf(values);
  }
}
