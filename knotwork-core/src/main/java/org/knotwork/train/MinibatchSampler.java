package org.knotwork.train;

import org.knotwork.common.random.Rng;

/**
 * Draws step k's minibatch: B distinct indices of [0, N), uniform over subsets, from the stream
 * {@code Rng.of(seed, "minibatch/" + k)} alone, so a resumed run needs no generator state. Partial
 * Fisher&ndash;Yates on a pool that is restored after every draw: O(B) per step.
 */
final class MinibatchSampler {
  private final long seed;
  private final int[] pool;
  private final int[] swaps;
  private final int[] batch;

  MinibatchSampler(long seed, int n, int b) {
    this.seed = seed;
    this.pool = new int[n];
    for (int i = 0; i < n; i++) {
      pool[i] = i;
    }
    this.swaps = new int[b];
    this.batch = new int[b];
  }

  /** The batch of step {@code step} (the returned array is reused by the next call). */
  int[] batch(long step) {
    Rng rng = Rng.of(seed, "minibatch/" + step);
    int n = pool.length;
    int b = batch.length;
    for (int k = 0; k < b; k++) {
      int j = k + rng.nextInt(n - k);
      swaps[k] = j;
      int t = pool[k];
      pool[k] = pool[j];
      pool[j] = t;
      batch[k] = pool[k];
    }
    for (int k = b - 1; k >= 0; k--) {
      int j = swaps[k];
      int t = pool[k];
      pool[k] = pool[j];
      pool[j] = t;
    }
    return batch;
  }
}
