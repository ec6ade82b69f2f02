package org.knotwork.spiking.engine;

/**
 * Connectivity in compressed sparse rows by presynaptic cell (docs/spiking.md &sect;5): the targets
 * of presynaptic cell j are {@code target[rowStart[j]] ... target[rowStart[j+1] - 1]}, ascending
 * (repeats are multiple synapses). No per-synapse weights: a projection has one weight.
 *
 * @param rowStart row offsets, length n_pre + 1, non-decreasing from 0
 * @param target target ids, ascending within each row
 */
public record Csr(int[] rowStart, int[] target) {

  /** Validates the shape and the order within rows. */
  public Csr {
    if (rowStart.length < 1 || rowStart[0] != 0 || rowStart[rowStart.length - 1] != target.length) {
      throw new IllegalArgumentException("rowStart must run from 0 to the number of targets");
    }
    for (int j = 0; j + 1 < rowStart.length; j++) {
      if (rowStart[j + 1] < rowStart[j]) {
        throw new IllegalArgumentException("rowStart must be non-decreasing at row " + j);
      }
      for (int s = rowStart[j] + 1; s < rowStart[j + 1]; s++) {
        if (target[s] < target[s - 1]) {
          throw new IllegalArgumentException("targets of row " + j + " must be ascending");
        }
      }
    }
  }

  /** The number of presynaptic cells. */
  public int rows() {
    return rowStart.length - 1;
  }

  /** The number of synapses. */
  public int synapses() {
    return target.length;
  }

  /** The out-degree of presynaptic cell j. */
  public int degree(int j) {
    return rowStart[j + 1] - rowStart[j];
  }

  /** In-degrees of the targets, for a target population of {@code n} cells. */
  public int[] inDegrees(int n) {
    int[] d = new int[n];
    for (int t : target) {
      d[t]++;
    }
    return d;
  }

  /** The first position in row j whose target is &ge; lo (binary search). */
  public int lowerBound(int j, int lo) {
    int a = rowStart[j];
    int b = rowStart[j + 1];
    while (a < b) {
      int m = (a + b) >>> 1;
      if (target[m] < lo) {
        a = m + 1;
      } else {
        b = m;
      }
    }
    return a;
  }
}
