package org.knotwork.spiking.network;

/**
 * One number per postsynaptic type (E, I): feedforward probabilities, weights, widths, drives.
 *
 * @param e the value for excitatory cells
 * @param i the value for inhibitory cells
 */
public record Pair(double e, double i) {
  /** Validates. */
  public Pair {
    if (!Double.isFinite(e) || !Double.isFinite(i)) {
      throw new IllegalArgumentException("e and i must be finite, got " + e + ", " + i);
    }
  }
}
