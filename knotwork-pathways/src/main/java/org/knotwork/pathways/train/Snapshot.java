package org.knotwork.pathways.train;

/**
 * The full mode-coordinate matrices K<sub>j</sub> = U<sup>T</sup>&Omega;<sub>j</sub>V of every pathway
 * at one step.
 *
 * @param step the step
 * @param k k[j] is pathway j's K as [row][col] (n<sub>out</sub> &times; n<sub>in</sub>); exposed as
 *     stored, treat as read-only
 */
public record Snapshot(int step, double[][][] k) {
  /** Validates the fields. */
  public Snapshot {
    if (step < 0) {
      throw new IllegalArgumentException("step must be >= 0, got " + step);
    }
    if (k == null || k.length == 0) {
      throw new IllegalArgumentException("k must hold one matrix per pathway");
    }
  }
}
