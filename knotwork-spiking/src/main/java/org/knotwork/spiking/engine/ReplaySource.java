package org.knotwork.spiking.engine;

/**
 * A frozen spike train replayed step by step (docs/spiking.md (P7)): records (step, id) sorted by
 * step then id, e.g. a recorded layer or Poisson input fed again with the same timing. A record of
 * step s is delivered in phase (b) of step s, which has the same effect on the targets as delivery in
 * phase (d) of the step s of the run that recorded it.
 */
public final class ReplaySource implements Source {
  private final String name;
  private final int size;
  private final long[] steps;
  private final int[] ids;
  private int cursor;
  private final SpikeBuffer spikes = new SpikeBuffer();

  /**
   * A replay.
   *
   * @param name the layer's name
   * @param size number of cells (ids in [0, size))
   * @param steps the steps of the records, non-decreasing
   * @param ids the ids, ascending within a step
   */
  public ReplaySource(String name, int size, long[] steps, int[] ids) {
    if (steps.length != ids.length) {
      throw new IllegalArgumentException("steps and ids must have the same length");
    }
    for (int k = 0; k < steps.length; k++) {
      if (ids[k] < 0 || ids[k] >= size) {
        throw new IllegalArgumentException("replay id " + ids[k] + " outside [0, " + size + ")");
      }
      if (k > 0 && (steps[k] < steps[k - 1] || steps[k] == steps[k - 1] && ids[k] < ids[k - 1])) {
        throw new IllegalArgumentException("replay records must be sorted by step then id");
      }
    }
    this.name = name;
    this.size = size;
    this.steps = steps.clone();
    this.ids = ids.clone();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public SpikeBuffer spikes() {
    return spikes;
  }

  @Override
  public void emit(long step, double dt) {
    spikes.clear();
    boolean late = false;
    while (cursor < steps.length && steps[cursor] <= step) {
      late |= steps[cursor] < step;
      spikes.add(ids[cursor++]);
    }
    if (late) {
      spikes.sort();
    }
  }
}
