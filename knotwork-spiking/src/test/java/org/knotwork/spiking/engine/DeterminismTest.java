package org.knotwork.spiking.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.spiking.network.SheetModel;
import org.knotwork.spiking.network.SheetNetwork;

/**
 * Check 11 of the spiking notes: the CI network (40&times;40 E, 20&times;20 I, 10&times;10 X, dt 0.05,
 * 250 ms) gives byte-identical spike records at 1, 2 and 4 threads, and another seed changes them.
 */
class DeterminismTest {

  static SpikeRecord run(long seed, int threads) {
    SheetNetwork net = SheetNetwork.build(SheetModel.HUANG_LAYER2.resized(10, 40, 20), seed);
    SpikeRecord rec = new SpikeRecord(10_000_000);
    try (Simulator s = new Simulator(net.network(), 0.05, threads, true, rec, 128)) {
      s.run(5_000, null);
    }
    return rec;
  }

  @Test
  void sameSeedSameSpikesAtAnyThreadCount() {
    SpikeRecord one = run(1, 1);
    assertThat(one.size()).isGreaterThan(1000);
    for (int threads : new int[] {2, 4}) {
      SpikeRecord other = run(1, threads);
      assertThat(other.steps()).as(threads + " threads").isEqualTo(one.steps());
      assertThat(other.ids()).as(threads + " threads").isEqualTo(one.ids());
    }
    SpikeRecord seed2 = run(2, 2);
    assertThat(seed2.size() == one.size() && java.util.Arrays.equals(seed2.ids(), one.ids()))
        .isFalse();
  }
}
