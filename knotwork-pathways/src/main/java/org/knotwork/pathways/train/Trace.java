package org.knotwork.pathways.train;

import java.util.List;
import org.knotwork.pathways.analysis.PathwayShares;

/**
 * What a gradient-descent run recorded. Arrays are exposed as stored; treat them as read-only.
 *
 * @param steps recorded steps, increasing
 * @param times the theory's time at each recorded step (steps &times;
 *     {@link org.knotwork.pathways.model.LossConvention#timePerStep(double)})
 * @param loss loss at each recorded step, in the run's convention
 * @param strengths strengths[t][j][&alpha;] = K<sub>j,&alpha;&alpha;</sub> at recorded step t
 * @param specialization specialisation index at each recorded step (two pathways only, NaN where
 *     the loss is not finite; empty for other pathway counts); meaningful near convergence
 * @param snapshots full K matrices at the requested steps
 * @param finalShares basis-invariant shares at the last recorded step with a finite loss
 * @param finalMaps pathway maps &Omega;<sub>j</sub> at the last recorded step (row-major)
 * @param diverged true if the loss became non-finite; the run stopped at the last recorded step
 */
public record Trace(int[] steps, double[] times, double[] loss, double[][][] strengths,
    double[] specialization, List<Snapshot> snapshots, PathwayShares finalShares,
    double[][] finalMaps, boolean diverged) {
  /** Validates shapes. */
  public Trace {
    if (steps == null || times == null || loss == null || strengths == null
        || specialization == null || snapshots == null || finalShares == null
        || finalMaps == null) {
      throw new IllegalArgumentException("every trace field is required");
    }
    int n = steps.length;
    if (n == 0 || times.length != n || loss.length != n || strengths.length != n
        || (specialization.length != 0 && specialization.length != n)) {
      throw new IllegalArgumentException("trace series must have the same non-zero length");
    }
    snapshots = List.copyOf(snapshots);
  }

  /** Number of recorded points. */
  public int size() {
    return steps.length;
  }

  /** Loss at the last recorded step. */
  public double finalLoss() {
    return loss[loss.length - 1];
  }

  /** Last recorded step. */
  public int lastStep() {
    return steps[steps.length - 1];
  }
}
