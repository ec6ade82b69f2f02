package org.knotwork.train;

import java.util.Arrays;

/**
 * The flow's activation pattern between events, as stored in a {@link Checkpoint}. The distinct data
 * inputs, sorted, are the "sites" 0..S&minus;1. For neuron i with side +1 the active sites are those
 * above {@code edge[i]} (edge in [&minus;1, S&minus;1]); with side &minus;1 those below it (edge in
 * [0, S]). A pinned neuron's knot is held at site {@code edge[i]}, which then counts as inactive.
 * {@code fresh[i]} is the site whose switching function was just reset by an event and is not yet
 * armed, or &minus;1.
 *
 * @param side per-neuron active side, &plusmn;1
 * @param edge per-neuron edge site
 * @param pinned per-neuron sliding flag
 * @param fresh per-neuron unarmed site or &minus;1
 */
public record FlowMode(int[] side, int[] edge, boolean[] pinned, int[] fresh) {

  /** Validates lengths and sides, and copies. */
  public FlowMode {
    if (side == null || edge == null || pinned == null || fresh == null) {
      throw new IllegalArgumentException("side, edge, pinned and fresh are all required");
    }
    int h = side.length;
    if (edge.length != h || pinned.length != h || fresh.length != h) {
      throw new IllegalArgumentException("side, edge, pinned and fresh must have equal lengths");
    }
    for (int i = 0; i < h; i++) {
      if (side[i] != 1 && side[i] != -1) {
        throw new IllegalArgumentException("side[" + i + "] must be +1 or -1, got " + side[i]);
      }
    }
    side = side.clone();
    edge = edge.clone();
    pinned = pinned.clone();
    fresh = fresh.clone();
  }

  /** Number of neurons. */
  public int width() {
    return side.length;
  }

  @Override
  public int[] side() {
    return side.clone();
  }

  @Override
  public int[] edge() {
    return edge.clone();
  }

  @Override
  public boolean[] pinned() {
    return pinned.clone();
  }

  @Override
  public int[] fresh() {
    return fresh.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FlowMode m && Arrays.equals(side, m.side) && Arrays.equals(edge, m.edge)
        && Arrays.equals(pinned, m.pinned) && Arrays.equals(fresh, m.fresh);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(side) + 31 * Arrays.hashCode(edge);
  }

  @Override
  public String toString() {
    return "FlowMode[side=" + Arrays.toString(side) + ", edge=" + Arrays.toString(edge)
        + ", pinned=" + Arrays.toString(pinned) + ", fresh=" + Arrays.toString(fresh) + "]";
  }
}
