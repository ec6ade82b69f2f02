package org.knotwork.pathways.experiment;

/** How a run's weights are initialised. */
public enum InitKind {
  /** Every weight i.i.d. N(0, eps<sup>2</sup>) (the authors' initialisation). */
  GAUSSIAN,
  /** SVD-aligned, balanced layers, every mode of pathway j starting at strength k0[j]. */
  ALIGNED_BALANCED,
  /**
   * SVD-aligned scalar chains with first layer p ~ N(0, spread<sup>2</sup>) per mode and pathway and
   * the other layers (p<sup>2</sup> + imbalance)<sup>1/2</sup> (the reduced model's setting).
   */
  ALIGNED_IMBALANCED
}
