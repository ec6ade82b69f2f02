package org.knotwork.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MinibatchSamplerTest {

  @Test
  void batchesAreDistinctIndicesAndDependOnlyOnSeedAndStep() {
    MinibatchSampler a = new MinibatchSampler(42, 20, 7);
    MinibatchSampler b = new MinibatchSampler(42, 20, 7);
    int[] late = b.batch(99).clone();
    for (long k = 0; k < 200; k++) {
      int[] batch = a.batch(k).clone();
      assertThat(Arrays.stream(batch).distinct().count()).isEqualTo(7);
      assertThat(Arrays.stream(batch).allMatch(i -> i >= 0 && i < 20)).isTrue();
      if (k == 99) {
        assertThat(batch).containsExactly(late);
      }
    }
    assertThat(new MinibatchSampler(43, 20, 7).batch(99)).isNotEqualTo(late);
  }

  /** Each index is included with probability B/N; 20000 draws give a standard error of 0.0032. */
  @Test
  void inclusionFrequenciesMatchBOverN() {
    int n = 10;
    int b = 3;
    int draws = 20000;
    int[] count = new int[n];
    MinibatchSampler s = new MinibatchSampler(7, n, b);
    for (long k = 0; k < draws; k++) {
      for (int i : s.batch(k)) {
        count[i]++;
      }
    }
    double p = (double) b / n;
    double se = Math.sqrt(p * (1 - p) / draws);
    for (int i = 0; i < n; i++) {
      assertThat(Math.abs((double) count[i] / draws - p)).isLessThan(4.5 * se);
    }
  }
}
