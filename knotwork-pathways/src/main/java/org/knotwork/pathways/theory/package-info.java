/**
 * Exact and reduced theory of the learning dynamics, in the theory's time units (gradient flow on
 * the &frac12;-loss with whitened inputs, notes &sect;2).
 *
 * <p>{@link org.knotwork.pathways.theory.SaxeSigmoid}: the two-layer logistic solution (&sect;2.2).
 * {@link org.knotwork.pathways.theory.DeepBalancedLaw}: du/dt = D u<sup>2&minus;2/D</sup>(s &minus; u) for
 * balanced, aligned chains of D layers. {@link org.knotwork.pathways.theory.ReducedModel}: the
 * multi-pathway scalar model of Shi et al. (&sect;2.3), its conserved quantities
 * ({@link org.knotwork.pathways.theory.ReducedInvariant}, &sect;2.4) and the root-finding end-state
 * solver.
 */
package org.knotwork.pathways.theory;
