package org.knotwork.experiment.sweep;

import java.util.List;
import org.knotwork.common.study.Study;

/**
 * One grid point of a sweep.
 *
 * @param index position in the plan (0-based, first axis outermost)
 * @param name the run directory's name under {@code runs/}, e.g. {@code r0007}
 * @param values the grid values of this point, one per axis, as written
 * @param study the base study with those values set
 */
public record SweepRun(int index, String name, List<String> values, Study<?> study) {

  /** Copies the values. */
  public SweepRun {
    values = List.copyOf(values);
  }
}
