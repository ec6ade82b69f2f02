package org.knotwork.spiking.engine;

/**
 * A feedforward layer of given spike trains (Poisson, replayed): phase (b) of the step
 * (docs/spiking.md (P3)) asks it for the spikes of times &le; t_i not yet delivered.
 */
public interface Source extends Presynaptic {

  /**
   * Fills {@link #spikes()} with the spikes due at step {@code step} (time {@code step * dt}, ms),
   * ids ascending. Called once per step, for steps 1, 2, ... in order.
   */
  void emit(long step, double dt);
}
