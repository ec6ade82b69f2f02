package org.knotwork.experiment;

/**
 * What a run records besides its final state.
 *
 * @param progressEvery one metrics row (step, time, loss, gradient norm) every this many steps, &ge; 1;
 *     the first and the last state always get a row
 * @param snapshots when to record full parameter snapshots
 * @param hessian whether to record the exact Hessian (in the training coordinates) at the final
 *     state; it has (3H+1)<sup>2</sup> or (2H+1)<sup>2</sup> entries
 * @param checkpointEvery a checkpoint of an unfinished run directory every this many steps (descent)
 *     or accepted integrator steps (flow), from which a killed run resumes; 0 for never. A descent
 *     run's results do not depend on it; the flow restarts its integrator at each checkpoint, so
 *     its bytes do, which is why the cadence is part of the spec.
 */
public record Recording(long progressEvery, Snapshots snapshots, boolean hessian,
    long checkpointEvery) {

  /** The default checkpoint cadence. */
  public static final long DEFAULT_CHECKPOINT_EVERY = 1000;

  /** Validates the fields. */
  public Recording {
    if (progressEvery < 1) {
      throw new IllegalArgumentException("progressEvery must be >= 1, got " + progressEvery);
    }
    if (snapshots == null) {
      throw new IllegalArgumentException("snapshots are required (use Snapshots.None)");
    }
    if (checkpointEvery < 0) {
      throw new IllegalArgumentException(
          "checkpointEvery must be >= 0 (0 = never), got " + checkpointEvery);
    }
  }

  /** A recording without checkpoints (for runs kept in memory, such as the catalog's). */
  public Recording(long progressEvery, Snapshots snapshots, boolean hessian) {
    this(progressEvery, snapshots, hessian, 0);
  }

  /** A metrics row every {@code every} steps, no snapshots, no Hessian, no checkpoints. */
  public static Recording every(long every) {
    return new Recording(every, new Snapshots.None(), false);
  }

  /**
   * The default: a metrics row every step, {@link Snapshots.Auto} snapshots (about 100, log-spaced
   * over the budget), no Hessian, the default checkpoint cadence.
   */
  public static Recording defaults() {
    return new Recording(1, new Snapshots.Auto(Snapshots.Auto.DEFAULT_COUNT), false,
        DEFAULT_CHECKPOINT_EVERY);
  }

  /** This recording with another snapshot plan. */
  public Recording withSnapshots(Snapshots plan) {
    return new Recording(progressEvery, plan, hessian, checkpointEvery);
  }

  /** This recording with another checkpoint cadence. */
  public Recording withCheckpointEvery(long every) {
    return new Recording(progressEvery, snapshots, hessian, every);
  }
}
