package org.knotwork.spiking.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.spiking.network.Pair;
import org.knotwork.spiking.network.SheetModel;
import org.knotwork.spiking.network.SheetNetwork;

/** Check 10 of the spiking notes: CSR delivery against a dense reference, zero delay, refractoriness. */
class EngineSemanticsTest {

  /** A frozen Poisson train of {@code n} sources at 10 Hz for {@code steps} steps. */
  static long[][] poissonTrain(int n, long seed, int steps, double dt) {
    PoissonSource p = new PoissonSource("X", n, 10, seed, "poisson/X");
    List<long[]> rows = new java.util.ArrayList<>();
    for (int s = 1; s <= steps; s++) {
      p.emit(s, dt);
      for (int k = 0; k < p.spikes().size(); k++) {
        rows.add(new long[] {s, p.spikes().get(k)});
      }
    }
    long[] st = new long[rows.size()];
    long[] id = new long[rows.size()];
    for (int k = 0; k < rows.size(); k++) {
      st[k] = rows.get(k)[0];
      id[k] = rows.get(k)[1];
    }
    return new long[][] {st, id};
  }

  static int[] ints(long[] a) {
    int[] out = new int[a.length];
    for (int k = 0; k < a.length; k++) {
      out[k] = (int) a[k];
    }
    return out;
  }

  @Test
  void csrDeliveryEqualsTheDenseReferenceSpikeForSpike() {
    double dt = 0.05;
    int steps = 2000; // 100 ms
    SheetModel m = SheetModel.HUANG_LAYER2.resized(5, 12, 8).withDrive(new Pair(1.0, 1.0));
    long[][] train = poissonTrain(25, 5, steps, dt);
    for (int threads : new int[] {1, 3}) {
      ReplaySource x = new ReplaySource("X", 25, train[0], ints(train[1]));
      SheetNetwork net = SheetNetwork.build(m, 5, x);
      DenseReference dense = new DenseReference(net.network(), dt, new long[][] {train[0]},
          new int[][] {ints(train[1])});
      SpikeRecord rec = new SpikeRecord(1_000_000);
      try (Simulator s = new Simulator(net.network(), dt, threads, true, rec, 16)) {
        s.run(steps, null);
      }
      dense.run(steps);
      assertThat(rec.size()).isGreaterThan(100);
      assertThat(rec.size()).isEqualTo(dense.spikes.size());
      for (int k = 0; k < rec.size(); k++) {
        assertThat(new long[] {rec.step(k), rec.id(k)}).isEqualTo(dense.spikes.get(k));
      }
      assertThat(net.excitatory().v).isEqualTo(dense.v[0]);
      assertThat(net.inhibitory().v).isEqualTo(dense.v[1]);
    }
  }

  private static double[] trace(long[] spikeSteps, int steps) {
    Population p = new Population("N", 1, NeuronModel.EIF_E,
        List.of(new SynapseClass("X", new SynapseKernel(1, 5), 1)), 0.5,
        Population.DriveForm.LEAK_SHIFT);
    ReplaySource x = new ReplaySource("X", 1, spikeSteps, new int[spikeSteps.length]);
    Projection pr = Projection.of(x, p, new Csr(new int[] {0, 1}, new int[] {0}), 5.0, "X");
    double[] v = new double[steps + 1];
    try (Simulator s = new Simulator(new Network(List.of(p), List.of(x), List.of(pr)), 0.05, 1,
        true, null)) {
      s.run(steps, st -> v[(int) st] = p.v[0]);
    }
    return v;
  }

  @Test
  void anInjectedSpikeActsFromTheNextStep() {
    int i = 100;
    double[] without = trace(new long[0], 300);
    double[] with = trace(new long[] {i}, 300);
    for (int s = 1; s <= i; s++) {
      assertThat(with[s]).as("step " + s).isEqualTo(without[s]);
    }
    assertThat(with[i + 1]).isGreaterThan(without[i + 1]);
  }

  @Test
  void refractoryCountdownAtTheThreshold() {
    double dt = 0.01;
    Population p = new Population("E", 1, NeuronModel.EIF_E, List.of(), 3.0,
        Population.DriveForm.LEAK_SHIFT);
    SpikeRecord rec = new SpikeRecord(100);
    double[] v = new double[20_000];
    try (Simulator s = new Simulator(new Network(List.of(p), List.of(), List.of()), dt, 1, true,
        rec)) {
      s.run(v.length - 1, st -> v[(int) st] = p.v[0]);
    }
    int i = (int) rec.step(0);
    assertThat(NeuronModel.EIF_E.refractorySteps(dt)).isEqualTo(150);
    for (int s = i; s <= i + 149; s++) {
      assertThat(v[s]).as("step " + s).isEqualTo(-10.0);
    }
    assertThat(v[i + 150]).isEqualTo(-65.0);
    assertThat(v[i + 151]).isNotEqualTo(-65.0).isGreaterThan(-65.0);
    double eL = -60 + 3.0 * 15;
    double f = -(1.0 / 15) * (-65 - eL) + (1.0 / 15) * 2 * StrictMath.exp((-65 + 50) / 2.0);
    assertThat(v[i + 151]).isEqualTo(-65 + Math.max(dt * f / 1, -100 + 65));
  }
}
