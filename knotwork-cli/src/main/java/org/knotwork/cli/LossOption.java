package org.knotwork.cli;

import org.knotwork.data.Dataset;
import org.knotwork.loss.LossNormalization;
import org.knotwork.loss.SweepLoss;
import picocli.CommandLine.Option;

/** The {@code --sum-loss} switch shared by the commands that evaluate a loss (picocli mixin). */
final class LossOption {
  @Option(names = "--sum-loss",
      description = "Use L = 1/2 sum r^2 (the notes' fixtures) instead of the default 1/(2N) sum r^2.")
  boolean sum;

  /** The production loss of {@code d} under {@link #normalization()}. */
  SweepLoss loss(Dataset d) {
    return SweepLoss.of(d, normalization());
  }

  /** The loss normalisation {@code --sum-loss} selects. */
  LossNormalization normalization() {
    return sum ? LossNormalization.SUM : LossNormalization.MEAN;
  }
}
