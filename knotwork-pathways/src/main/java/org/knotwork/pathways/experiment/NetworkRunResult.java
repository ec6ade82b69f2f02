package org.knotwork.pathways.experiment;

import java.util.List;
import org.knotwork.pathways.data.ModeBlock;
import org.knotwork.pathways.train.Trace;

/**
 * The result of one {@link NetworkRun}. Arrays are exposed as stored; treat them as read-only.
 *
 * @param spec what was run
 * @param singularValues singular values of the data's &Sigma;<sub>yx</sub> (the mode targets under
 *     the &frac12;-loss; summed correlation, notes &sect;3.1)
 * @param blocks blocks of equal singular values
 * @param trace the recorded training history (loss, K<sub>j,&alpha;&alpha;</sub>, SI, K snapshots,
 *     final shares)
 */
public record NetworkRunResult(NetworkRunSpec spec, double[] singularValues,
    List<ModeBlock> blocks, Trace trace) {
  /** Validates the fields. */
  public NetworkRunResult {
    if (spec == null || singularValues == null || blocks == null || trace == null) {
      throw new IllegalArgumentException("spec, singularValues, blocks and trace are required");
    }
    blocks = List.copyOf(blocks);
  }

  /** Loss at the last recorded step. */
  public double finalLoss() {
    return trace.finalLoss();
  }

  /**
   * The specialisation index at the end of the run (notes &sect;3.4).
   *
   * @throws IllegalStateException unless the run has two pathways
   */
  public double specializationIndex() {
    return trace.finalShares().specializationIndex();
  }

  /**
   * The first recorded step at which the summed strength &sum;<sub>j</sub> K<sub>j,&alpha;&alpha;</sub>
   * exceeds s<sub>&alpha;</sub>/2 (the speed measure of notes &sect;3.4), or &minus;1 if never.
   */
  public int halfLearnedStep(int mode) {
    if (mode < 0 || mode >= trace.strengths()[0][0].length) {
      throw new IllegalArgumentException("mode must be in 0.."
          + (trace.strengths()[0][0].length - 1) + ", got " + mode);
    }
    double half = singularValues[mode] / 2;
    for (int t = 0; t < trace.size(); t++) {
      double sum = 0;
      for (double[] k : trace.strengths()[t]) {
        sum += k[mode];
      }
      if (sum > half) {
        return trace.steps()[t];
      }
    }
    return -1;
  }
}
