package org.knotwork.pathways.train;

import java.util.List;
import org.knotwork.pathways.model.LossConvention;

/**
 * Settings of a gradient-descent run.
 *
 * @param lr learning rate, positive and finite
 * @param steps number of gradient steps, &ge; 0
 * @param loss loss convention (the authors' code uses {@link LossConvention#SUM})
 * @param recordEvery record loss and mode strengths every this many steps (and at the last step),
 *     &ge; 1
 * @param snapshotSteps steps at which the full K matrices are kept, each in 0..steps
 */
public record TrainOptions(double lr, int steps, LossConvention loss, int recordEvery,
    List<Integer> snapshotSteps) {
  /** Validates the fields. */
  public TrainOptions {
    if (!(lr > 0) || !Double.isFinite(lr)) {
      throw new IllegalArgumentException("lr must be positive and finite, got " + lr);
    }
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0, got " + steps);
    }
    if (loss == null) {
      throw new IllegalArgumentException("loss is missing (SUM or HALF_SUM)");
    }
    if (recordEvery < 1) {
      throw new IllegalArgumentException("recordEvery must be >= 1, got " + recordEvery);
    }
    if (snapshotSteps == null) {
      snapshotSteps = List.of();
    }
    for (Integer s : snapshotSteps) {
      if (s == null || s < 0 || s > steps) {
        throw new IllegalArgumentException(
            "snapshotSteps entries must be in 0.." + steps + ", got " + s);
      }
    }
    snapshotSteps = List.copyOf(snapshotSteps);
  }
}
