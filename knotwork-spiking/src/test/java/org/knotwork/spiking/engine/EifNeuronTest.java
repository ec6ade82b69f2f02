package org.knotwork.spiking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Check 5 of the spiking notes: one EIF neuron against closed forms (rest, rheobase) and a
 * fine-quadrature reference of the continuous inter-spike interval.
 */
class EifNeuronTest {

  /** The rest potential: the root of the EIF drift below V_T, by bisection. */
  static double rest(NeuronModel m) {
    double a = -80;
    double b = m.vT() - m.deltaT();
    for (int k = 0; k < 200; k++) {
      double c = 0.5 * (a + b);
      if (m.drift(c, m.eL(), 0, true) > 0) {
        a = c;
      } else {
        b = c;
      }
    }
    return 0.5 * (a + b);
  }

  static Population single(NeuronModel m, double mu, Population.DriveForm form) {
    return new Population("N", 1, m, List.of(), mu, form);
  }

  /** The steady inter-spike interval in steps: the gap between the second and third spikes. */
  static long isiSteps(NeuronModel m, double mu, double dt, Population.DriveForm form) {
    Population p = single(m, mu, form);
    p.v[0] = m.vRe();
    SpikeRecord rec = new SpikeRecord(10);
    try (Simulator s = new Simulator(new Network(List.of(p), List.of(), List.of()), dt, 1, true,
        rec)) {
      while (rec.size() < 3 && s.currentStep() < 10_000_000) {
        s.advance();
      }
    }
    return rec.step(2) - rec.step(1);
  }

  /**
   * Continuous-time ISI: &tau;_ref plus &int; C dV / F(V) from V_re to V_th, F the drift at leak
   * E_L + &mu;&tau;_m (composite Simpson on 2e6 panels, an independent reference).
   */
  static double isiContinuous(NeuronModel m, double mu) {
    double el = m.eL() + mu * m.tauM();
    int n = 2_000_000;
    double a = m.vRe();
    double b = m.vTh();
    double h = (b - a) / n;
    double sum = 0;
    for (int k = 0; k <= n; k++) {
      double v = a + k * h;
      double f = -m.gL() * (v - el) + m.gL() * m.deltaT() * Math.exp((v - m.vT()) / m.deltaT());
      double w = k == 0 || k == n ? 1 : (k % 2 == 1 ? 4 : 2);
      sum += w * m.c() / f;
    }
    return m.tauRef() + sum * h / 3;
  }

  @Test
  void restAndRheobase() {
    assertThat(rest(NeuronModel.EIF_E)).isCloseTo(-59.98643, within(1e-5));
    assertThat(rest(NeuronModel.EIF_I)).isCloseTo(-60.00000, within(1e-5));
    assertThat(NeuronModel.EIF_E.rheobase()).isCloseTo(0.53333, within(1e-5));
    assertThat(NeuronModel.EIF_I.rheobase()).isCloseTo(0.95, within(1e-12));
    // the engine settles at the rest potential without input (the Euler fixed point is the root)
    for (NeuronModel m : List.of(NeuronModel.EIF_E, NeuronModel.EIF_I)) {
      Population p = single(m, 0, Population.DriveForm.LEAK_SHIFT);
      p.v[0] = -70;
      try (Simulator s = new Simulator(new Network(List.of(p), List.of(), List.of()), 0.05, 1,
          true, null)) {
        s.run(40_000, null);
      }
      assertThat(p.v[0]).isCloseTo(rest(m), within(1e-5));
    }
  }

  @Test
  void interSpikeIntervalsInStepsAreTheNotesIntegers() {
    Population.DriveForm[] forms = Population.DriveForm.values();
    for (Population.DriveForm form : forms) {
      NeuronModel e = NeuronModel.EIF_E;
      NeuronModel i = NeuronModel.EIF_I;
      assertThat(isiSteps(e, 0.6, 0.01, form)).as(form.name()).isEqualTo(9293);
      assertThat(isiSteps(e, 1.0, 0.01, form)).isEqualTo(2995);
      assertThat(isiSteps(e, 2.0, 0.01, form)).isEqualTo(1371);
      assertThat(isiSteps(i, 1.2, 0.01, form)).isEqualTo(2613);
      assertThat(isiSteps(i, 2.0, 0.01, form)).isEqualTo(1128);
      assertThat(isiSteps(e, 0.6, 0.05, form)).isEqualTo(1862);
      assertThat(isiSteps(e, 1.0, 0.05, form)).isEqualTo(602);
      assertThat(isiSteps(e, 2.0, 0.05, form)).isEqualTo(277);
      assertThat(isiSteps(i, 1.2, 0.05, form)).isEqualTo(525);
      assertThat(isiSteps(i, 2.0, 0.05, form)).isEqualTo(228);
    }
  }

  @Test
  void discreteIntervalsAgreeWithTheContinuousReference() {
    Object[][] cases = {
        {NeuronModel.EIF_E, 0.6, 92.887}, {NeuronModel.EIF_E, 1.0, 29.907},
        {NeuronModel.EIF_E, 2.0, 13.668}, {NeuronModel.EIF_I, 1.2, 26.093},
        {NeuronModel.EIF_I, 2.0, 11.244}};
    for (Object[] c : cases) {
      NeuronModel m = (NeuronModel) c[0];
      double mu = (double) c[1];
      double ref = isiContinuous(m, mu);
      assertThat(ref).as("quadrature for mu=" + mu).isCloseTo((double) c[2], within(1e-3));
      double discrete = isiSteps(m, mu, 0.01, Population.DriveForm.LEAK_SHIFT) * 0.01;
      assertThat(Math.abs(discrete - ref) / ref).as("mu=" + mu).isLessThan(0.005);
    }
  }

  @Test
  void noNanOrInfinityOverTheWholeRange() {
    for (NeuronModel m : List.of(NeuronModel.EIF_E, NeuronModel.EIF_I)) {
      for (double v = m.vLb(); v <= m.vTh(); v += 0.01) {
        for (boolean strict : new boolean[] {true, false}) {
          double f = m.drift(v, m.eL(), 0, strict);
          assertThat(Double.isFinite(f)).isTrue();
        }
      }
      Population p = single(m, 0, Population.DriveForm.LEAK_SHIFT);
      p.v[0] = m.vTh() - 1e-9;
      try (Simulator s = new Simulator(new Network(List.of(p), List.of(), List.of()), 0.05, 1,
          false, null)) {
        s.run(100, st -> assertThat(Double.isFinite(p.v[0])).isTrue());
      }
    }
  }
}
