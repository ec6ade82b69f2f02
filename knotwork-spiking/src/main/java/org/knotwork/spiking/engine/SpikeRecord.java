package org.knotwork.spiking.engine;

import java.util.Arrays;

/**
 * The spikes of a run as (step, id) pairs in the order of the engine contract (docs/spiking.md
 * &sect;5): steps ascending, ids ascending within a step; ids are global (populations in network
 * order). A cap on the number of spikes makes a runaway network fail loudly.
 */
public final class SpikeRecord {
  private long[] steps = new long[1024];
  private int[] ids = new int[1024];
  private int count;
  private final long cap;

  /** An empty record holding at most {@code cap} spikes. */
  public SpikeRecord(long cap) {
    if (cap < 1 || cap > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("spike cap must be in [1, 2^31 - 9], got " + cap);
    }
    this.cap = cap;
  }

  /** Appends a spike. */
  public void add(long step, int id) {
    if (count >= cap) {
      throw new IllegalStateException("spike record cap of " + cap + " spikes exceeded at step "
          + step + " (raise recording.maxSpikes or check the network for runaway activity)");
    }
    if (count == ids.length) {
      int n = (int) Math.min(cap, 2L * ids.length);
      steps = Arrays.copyOf(steps, n);
      ids = Arrays.copyOf(ids, n);
    }
    steps[count] = step;
    ids[count++] = id;
  }

  /** The number of spikes. */
  public int size() {
    return count;
  }

  /** The step of spike k. */
  public long step(int k) {
    return steps[k];
  }

  /** The id of spike k. */
  public int id(int k) {
    return ids[k];
  }

  /** A copy of the steps. */
  public long[] steps() {
    return Arrays.copyOf(steps, count);
  }

  /** A copy of the ids. */
  public int[] ids() {
    return Arrays.copyOf(ids, count);
  }
}
