package org.knotwork.spiking.engine;

import java.util.Arrays;

/** A growable list of the cell ids that spiked in one step, in the order they were added. */
public final class SpikeBuffer {
  private int[] ids = new int[64];
  private int count;

  /** Empties the buffer. */
  public void clear() {
    count = 0;
  }

  /** Appends an id. */
  public void add(int id) {
    if (count == ids.length) {
      ids = Arrays.copyOf(ids, 2 * ids.length);
    }
    ids[count++] = id;
  }

  /** Appends every id of another buffer. */
  public void addAll(SpikeBuffer other) {
    for (int k = 0; k < other.count; k++) {
      add(other.ids[k]);
    }
  }

  /** The number of ids. */
  public int size() {
    return count;
  }

  /** The k-th id. */
  public int get(int k) {
    return ids[k];
  }

  /** Sorts the ids ascending. */
  public void sort() {
    Arrays.sort(ids, 0, count);
  }

  /** A copy of the ids. */
  public int[] toArray() {
    return Arrays.copyOf(ids, count);
  }
}
