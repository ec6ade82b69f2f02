package org.knotwork.experiment;

/**
 * What a run records besides its final state.
 *
 * @param progressEvery one metrics row (step, time, loss, gradient norm) every this many steps, &ge; 1;
 *     the first and the last state always get a row
 * @param snapshots when to record full parameter snapshots
 * @param hessian whether to record the exact Hessian (in the training coordinates) at the final
 *     state; it has (3H+1)<sup>2</sup> or (2H+1)<sup>2</sup> entries
 */
public record Recording(long progressEvery, Snapshots snapshots, boolean hessian) {

  /** Validates the fields. */
  public Recording {
    if (progressEvery < 1) {
      throw new IllegalArgumentException("progressEvery must be >= 1, got " + progressEvery);
    }
    if (snapshots == null) {
      throw new IllegalArgumentException("snapshots are required (use Snapshots.None)");
    }
  }

  /** A metrics row every {@code every} steps, no snapshots, no Hessian. */
  public static Recording every(long every) {
    return new Recording(every, new Snapshots.None(), false);
  }
}
