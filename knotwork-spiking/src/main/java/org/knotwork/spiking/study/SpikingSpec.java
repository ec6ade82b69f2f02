package org.knotwork.spiking.study;

import org.knotwork.spiking.engine.SynapseKernel;
import org.knotwork.spiking.network.SheetModel;

/**
 * The spec of a {@code spiking} run: one two-layer spatial network of Huang et al. (docs/spiking.md
 * &sect;2) simulated for {@code duration} ms, of which the first {@code burnIn} are left out of every
 * measurement.
 *
 * @param seed master seed: wiring, V(0), Poisson input and the cell sample derive from it
 * @param dt time step (ms)
 * @param duration simulated time (ms)
 * @param burnIn discarded initial time (ms), &lt; duration
 * @param strictExp StrictMath.exp (bit-identical across machines) or Math.exp
 * @param model the network
 * @param recording the measurements
 */
public record SpikingSpec(long seed, double dt, double duration, double burnIn, boolean strictExp,
    SheetModel model, Recording recording) {

  /**
   * The reduced scale of docs/spiking.md &sect;2.9: X 25&sup2;, E 100&sup2;, I 50&sup2;, dt 0.05,
   * 6 s, 1 s burn-in.
   */
  public static final SpikingSpec DEFAULTS = new SpikingSpec(1, 0.05, 6000, 1000, true,
      SheetModel.HUANG_LAYER2.resized(25, 100, 50), Recording.DEFAULTS);

  /**
   * The example (seconds): X 6&sup2;, E 24&sup2;, I 12&sup2; (N_X/N = 0.05 as at every scale), dt 0.05,
   * 300 ms with 50 ms burn-in, slow inhibition (1, 15).
   */
  public static final SpikingSpec EXAMPLE = new SpikingSpec(3, 0.05, 300, 50, true,
      SheetModel.HUANG_LAYER2.resized(6, 24, 12).withInhibition(new SynapseKernel(1, 15)),
      Recording.DEFAULTS);

  /** Validates. */
  public SpikingSpec {
    if (!(dt > 0) || dt > 1 || !Double.isFinite(dt)) {
      throw new IllegalArgumentException("dt must be in (0, 1] ms, got " + dt);
    }
    if (!(duration > 0) || !Double.isFinite(duration) || duration / dt > 1e9) {
      throw new IllegalArgumentException("duration must be positive and at most 1e9 steps, got "
          + duration);
    }
    if (!(burnIn >= 0) || !(burnIn < duration)) {
      throw new IllegalArgumentException("burnIn must be in [0, duration), got " + burnIn);
    }
    if (model == null || recording == null) {
      throw new IllegalArgumentException("model and recording are required");
    }
  }

  /** The number of steps, round(duration/dt). */
  public long steps() {
    return Math.round(duration / dt);
  }

  /** The first measured step, round(burnIn/dt) + 1. */
  public long firstMeasuredStep() {
    return Math.round(burnIn / dt) + 1;
  }

  /** A copy with another seed. */
  public SpikingSpec withSeed(long s) {
    return new SpikingSpec(s, dt, duration, burnIn, strictExp, model, recording);
  }

  /** A copy with another model. */
  public SpikingSpec withModel(SheetModel m) {
    return new SpikingSpec(seed, dt, duration, burnIn, strictExp, m, recording);
  }

  /** A copy with another duration and burn-in. */
  public SpikingSpec withDuration(double d, double b) {
    return new SpikingSpec(seed, dt, d, b, strictExp, model, recording);
  }
}
