package org.knotwork.landscape;

/** The role a neuron plays at a point (spline-lens.md &sect;2-3). */
public enum NeuronState {
  /** Non-zero delta-slope and at least one active data point. */
  ALIVE,
  /** Zero delta-slope (v = 0) with active data points: it changes f only once &mu; moves. */
  SILENT,
  /** No active data point: every derivative of the neuron vanishes and it is frozen. */
  DEAD,
  /** w = 0: no knot; a constant unit folded into c. */
  KNOTLESS
}
