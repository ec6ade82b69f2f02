package org.knotwork.spiking.engine;

/**
 * Anything that spikes into projections: a {@link Population} of neurons or a {@link Source} of
 * given spike trains. Its spikes of the current step are held in {@link #spikes()}, sorted by id.
 */
public interface Presynaptic {

  /** The name, unique in its network. */
  String name();

  /** The number of cells. */
  int size();

  /** The spikes of the current step, ids ascending (repeats allowed for sources). */
  SpikeBuffer spikes();
}
