package org.knotwork.reservoir.system;

/** Periodic boundary convention of the Y and Z tiers of the three-tier Lorenz 96 (notes &sect;2). */
public enum RingConvention {
  /**
   * Each column Y_{&middot;,k} is its own ring of length J, each Z_{&middot;,j,k} its own ring of length I
   * (Chattopadhyay's generator, which produced the paper's data). The default.
   */
  PER_COLUMN,
  /**
   * All J&middot;K Y's form one ring (Y_{J+1,k} = Y_{1,k+1}) and all I&middot;J&middot;K Z's another
   * (Lorenz's original two-tier convention, the Oxford Fortran code).
   */
  CHAINED
}
