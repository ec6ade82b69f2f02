package org.knotwork.experiment.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knotwork.common.io.InputException;
import org.knotwork.common.study.Studies;
import org.knotwork.common.study.Study;

/** Expands a {@link SweepSpec} into its runs, validating every point before anything runs. */
public final class SweepPlan {
  /** Largest number of runs in one sweep. */
  public static final long MAX_RUNS = 1_000_000;

  private SweepPlan() {}

  /**
   * The runs of {@code sweep} in Cartesian order.
   *
   * @throws InputException naming the point and the field if some point is not a valid spec
   */
  public static List<SweepRun> of(SweepSpec sweep) {
    long n = sweep.size();
    if (n > MAX_RUNS) {
      throw new InputException("the grid has " + n + " points; at most " + MAX_RUNS
          + " are allowed in one sweep");
    }
    List<GridAxis> axes = sweep.axes();
    int digits = Math.max(4, Long.toString(n - 1).length());
    List<SweepRun> runs = new ArrayList<>();
    int[] at = new int[axes.size()];
    for (int index = 0; index < n; index++) {
      List<String> values = new ArrayList<>();
      ObjectNode tree = sweep.base().tree();
      for (int a = 0; a < axes.size(); a++) {
        String v = axes.get(a).values().get(at[a]);
        values.add(v);
      }
      Study<?> study;
      try {
        for (int a = 0; a < axes.size(); a++) {
          Studies.set(tree, null, axes.get(a).path(), values.get(a));
        }
        study = Studies.read(tree, null);
      } catch (IllegalArgumentException e) {
        throw new InputException("grid point " + index + " " + describe(axes, values) + ": "
            + e.getMessage());
      }
      runs.add(new SweepRun(index, String.format(Locale.ROOT, "r%0" + digits + "d", index),
          values, study));
      for (int a = axes.size() - 1; a >= 0; a--) {
        if (++at[a] < axes.get(a).values().size()) {
          break;
        }
        at[a] = 0;
      }
    }
    return runs;
  }

  static String describe(List<GridAxis> axes, List<String> values) {
    StringBuilder sb = new StringBuilder("(");
    for (int a = 0; a < axes.size(); a++) {
      sb.append(a == 0 ? "" : ", ").append(axes.get(a).path()).append('=').append(values.get(a));
    }
    return sb.append(')').toString();
  }
}
