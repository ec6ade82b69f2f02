package org.knotwork.spiking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The LIF form of (P1) (&Delta;_T = 0) against its closed-form inter-spike interval
 * &tau;_ref + &tau;_m ln((E' &minus; V_re)/(E' &minus; V_th)), E' = E_L + &mu;&tau;_m.
 */
class LifNeuronTest {

  @Test
  void intervalMatchesTheClosedForm() {
    NeuronModel lif = NeuronModel.lif(1, 1.0 / 20, -70, -50, -60, 2, -100);
    assertThat(lif.exponential()).isFalse();
    assertThat(lif.rheobase()).isCloseTo(1.0, within(1e-12));
    for (double mu : new double[] {1.2, 1.5, 2.5}) {
      double eff = -70 + mu * 20;
      double exact = 2 + 20 * Math.log((eff + 60) / (eff + 50));
      for (double dt : new double[] {0.01, 0.001}) {
        double isi = EifNeuronTest.isiSteps(lif, mu, dt, Population.DriveForm.CURRENT) * dt;
        // forward Euler: an O(dt) error plus at most one step of threshold crossing; bound 6 dt
        assertThat(isi).as("mu=" + mu + " dt=" + dt).isCloseTo(exact, within(6 * dt));
      }
    }
  }

  @Test
  void belowRheobaseItNeverFires() {
    NeuronModel lif = NeuronModel.lif(1, 1.0 / 20, -70, -50, -60, 2, -100);
    Population p = new Population("L", 1, lif, java.util.List.of(), 0.9,
        Population.DriveForm.LEAK_SHIFT);
    SpikeRecord rec = new SpikeRecord(10);
    try (Simulator s = new Simulator(new Network(java.util.List.of(p), java.util.List.of(),
        java.util.List.of()), 0.05, 1, true, rec)) {
      s.run(100_000, null);
    }
    assertThat(rec.size()).isZero();
    assertThat(p.v[0]).isCloseTo(-70 + 0.9 * 20, within(1e-9));
  }
}
