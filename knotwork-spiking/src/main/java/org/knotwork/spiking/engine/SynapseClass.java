package org.knotwork.spiking.engine;

/**
 * One synapse class of a population: a kernel and the fraction P_k with which its current enters
 * the membrane equation (docs/spiking.md (P1), (P4)); e.g. a 20% fast plus 80% slow mix of one
 * presynaptic type is two classes fed by the same projection.
 *
 * @param name a label (the presynaptic type, e.g. "X", "E", "I")
 * @param kernel the kernel
 * @param fraction P_k, finite
 */
public record SynapseClass(String name, SynapseKernel kernel, double fraction) {

  /** Validates. */
  public SynapseClass {
    if (name == null || kernel == null) {
      throw new IllegalArgumentException("name and kernel are required");
    }
    if (!Double.isFinite(fraction)) {
      throw new IllegalArgumentException("fraction must be finite, got " + fraction);
    }
  }
}
