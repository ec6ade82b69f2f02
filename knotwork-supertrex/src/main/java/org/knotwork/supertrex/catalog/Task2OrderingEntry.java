package org.knotwork.supertrex.catalog;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.common.catalog.Measurement;
import org.knotwork.common.catalog.Variant;
import org.knotwork.supertrex.model.Rule;
import org.knotwork.supertrex.model.Task;
import org.knotwork.supertrex.model.TrialResult;
import org.knotwork.supertrex.study.SupertrexStudy;

/**
 * Task 2 (two-segment arm in joint angles): SUPERTREX learns, RMHL fails, and the mastery weights
 * grow (spiking.md checks 15 and 16). Quick: one seed at N = {@link SupertrexEntries#QUICK_NEURONS}
 * (SUPERTREX &lt; 0.05, RMHL &gt; 0.5, ‖W_mst‖_F after period 10 above that after period 1). Full:
 * 11 seeds at N = 1000, the means inside the ranges of check 16, RMHL satisfactory in at most 1 of
 * 11 runs, SUPERTREX in all 11.
 */
final class Task2OrderingEntry extends OrderingEntry {

  Task2OrderingEntry(SupertrexStudy kind) {
    super(kind, Task.ARM, List.of(Rule.SUPERTREX, Rule.RMHL), 2);
  }

  @Override
  public String title() {
    return "SUPERTREX: Task 2, the arm is learned by SUPERTREX, not by RMHL";
  }

  @Override
  public String claim() {
    return "With joint angles as output (target angles unknown, so FORCE cannot be used), SUPERTREX "
        + "draws the butterfly and RMHL fails; the mastery pathway's weights grow over training "
        + "(Pyle & Rosenbaum 2019, Fig. 4)";
  }

  @Override
  public String tolerance() {
    return "quick: per run SUPERTREX < 0.05, RMHL > 0.5, |W_mst| grows from period 1 to 10; full: "
        + "means RMHL in [0.475, 1.102], SUPERTREX in [0.008, 0.017], satisfactory RMHL <= 1/11, "
        + "SUPERTREX 11/11";
  }

  @Override
  public String protocol(Variant variant) {
    return variant == Variant.QUICK
        ? "seed 1, N = " + SupertrexEntries.QUICK_NEURONS + ", arm 1.8 + 1.8, T_p = 5e4 steps, "
            + "10 + 5 periods, the authors' test protocol"
        : SupertrexEntries.FULL_SEEDS + " seeds, N = 1000, arm 1.8 + 1.8, T_p = 5e4 steps, 10 + 5 "
            + "periods, the authors' test protocol";
  }

  @Override
  List<Measurement> measurements(List<TrialResult> results, boolean full) {
    double[] st = SupertrexEntries.deviations(results, Rule.SUPERTREX);
    double[] rmhl = SupertrexEntries.deviations(results, Rule.RMHL);
    double minGrowth = Double.POSITIVE_INFINITY;
    for (TrialResult r : results) {
      if (r.config().rule() == Rule.SUPERTREX && !r.diverged()) {
        minGrowth = Math.min(minGrowth, r.masteryNorm(r.config().trainPeriods())
            - r.masteryNorm(1));
      }
    }
    List<Measurement> m = new ArrayList<>();
    if (!full) {
      m.add(Measurement.below("largest SUPERTREX deviation", SupertrexEntries.max(st), 0.05));
      m.add(Measurement.above("smallest RMHL deviation", SupertrexEntries.min(rmhl), 0.5));
    } else {
      m.add(Measurement.within("mean SUPERTREX deviation", SupertrexEntries.mean(st), 0.008,
          0.017));
      m.add(Measurement.within("mean RMHL deviation", SupertrexEntries.mean(rmhl), 0.475, 1.102));
      m.add(Measurement.atMost("satisfactory RMHL runs",
          SupertrexEntries.satisfactory(results, Rule.RMHL), 1));
      m.add(Measurement.atLeast("satisfactory SUPERTREX runs",
          SupertrexEntries.satisfactory(results, Rule.SUPERTREX), st.length));
    }
    m.add(Measurement.above("smallest growth of |W_mst| from period 1 to 10", minGrowth, 0));
    return m;
  }
}
