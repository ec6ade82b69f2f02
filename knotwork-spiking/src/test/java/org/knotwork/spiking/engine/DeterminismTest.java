package org.knotwork.spiking.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knotwork.spiking.network.SheetModel;
import org.knotwork.spiking.network.SheetNetwork;

/**
 * Check 11 of the spiking notes: the CI network (40&times;40 E, 20&times;20 I, 10&times;10 X, dt 0.05,
 * 200 ms) gives byte-identical spike records at 1, 2 and 4 threads, and another seed changes them.
 */
class DeterminismTest {

  static SpikeRecord run(long seed, int threads, int steps) {
    SheetNetwork net = SheetNetwork.build(SheetModel.HUANG_LAYER2.resized(10, 40, 20), seed);
    SpikeRecord rec = new SpikeRecord(10_000_000);
    try (Simulator s = new Simulator(net.network(), 0.05, threads, true, rec, 128)) {
      s.run(steps, null);
    }
    return rec;
  }

  @Test
  void sameSeedSameSpikesAtAnyThreadCount() {
    SpikeRecord one = run(1, 1, 4000);
    assertThat(one.size()).isGreaterThan(1000);
    for (int threads : new int[] {2, 4}) {
      SpikeRecord other = run(1, threads, 4000);
      assertThat(other.steps()).as(threads + " threads").isEqualTo(one.steps());
      assertThat(other.ids()).as(threads + " threads").isEqualTo(one.ids());
    }
    SpikeRecord seed2 = run(2, 2, 4000);
    assertThat(seed2.size() == one.size() && java.util.Arrays.equals(seed2.ids(), one.ids()))
        .isFalse();
  }
}
