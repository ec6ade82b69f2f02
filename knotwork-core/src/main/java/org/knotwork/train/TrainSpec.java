package org.knotwork.train;

/**
 * Everything that determines a training run besides the problem itself. Two runs with equal specs on
 * equal problems produce identical bytes.
 *
 * @param method discrete descent or exact gradient flow
 * @param stop stopping rules; descent needs a finite step or time budget, the flow a finite time
 * @param snapshots when to deliver snapshots; the flow accepts only {@link SnapshotSchedule.Unit#TIME}
 * @param seed seed of every random stream of the run (minibatches)
 * @param checkpointEvery emit a {@link Checkpoint} every this many steps (descent) or accepted
 *     integrator steps (flow); 0 for never
 * @param progressEvery emit a {@link Progress} row every this many steps (flow: accepted integrator
 *     steps; the flow also reports at the start and after every batch of events), &ge; 1; the last
 *     state is always reported
 */
public record TrainSpec(TrainMethod method, StopCriteria stop, SnapshotSchedule snapshots,
    long seed, long checkpointEvery, long progressEvery) {

  /** Validates every field and their combination. */
  public TrainSpec {
    if (method == null || stop == null || snapshots == null) {
      throw new IllegalArgumentException("method, stop and snapshots are all required");
    }
    if (checkpointEvery < 0) {
      throw new IllegalArgumentException(
          "checkpointEvery must be >= 0 (0 = never), got " + checkpointEvery);
    }
    if (progressEvery < 1) {
      throw new IllegalArgumentException("progressEvery must be >= 1, got " + progressEvery);
    }
    if (method instanceof TrainMethod.Flow) {
      if (!Double.isFinite(stop.maxTime())) {
        throw new IllegalArgumentException("the flow needs a finite time budget (maxTime)");
      }
      if (snapshots.unit() != SnapshotSchedule.Unit.TIME) {
        throw new IllegalArgumentException("flow snapshots must be scheduled in TIME, not STEP");
      }
    } else if (stop.maxSteps() == Long.MAX_VALUE && !Double.isFinite(stop.maxTime())) {
      throw new IllegalArgumentException("descent needs a step budget (maxSteps) or a finite "
          + "time budget (maxTime)");
    }
  }

  /** A spec with no snapshots, seed 0, no checkpoints and a progress row every step. */
  public static TrainSpec of(TrainMethod method, StopCriteria stop) {
    return new TrainSpec(method, stop, SnapshotSchedule.none(), 0L, 0L, 1L);
  }

  /** The same spec with another snapshot schedule. */
  public TrainSpec withSnapshots(SnapshotSchedule schedule) {
    return new TrainSpec(method, stop, schedule, seed, checkpointEvery, progressEvery);
  }

  /** The same spec with another seed. */
  public TrainSpec withSeed(long newSeed) {
    return new TrainSpec(method, stop, snapshots, newSeed, checkpointEvery, progressEvery);
  }

  /** The same spec with another checkpoint cadence. */
  public TrainSpec withCheckpointEvery(long every) {
    return new TrainSpec(method, stop, snapshots, seed, every, progressEvery);
  }

  /** The same spec with another progress cadence. */
  public TrainSpec withProgressEvery(long every) {
    return new TrainSpec(method, stop, snapshots, seed, checkpointEvery, every);
  }
}
